using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments.Tests;

/// <summary>Experiments on the real corridor model, on a small corridor built in code.</summary>
public sealed class CorridorExperimentTests
{
    [Fact]
    public void Run_TinyCorridorOnOneAndTwoThreads_IdenticalReplications()
    {
        // Given the tiny corridor and the real model
        var runner = new ExperimentRunner();
        var spec = TinyCorridor.FerryLine(replications: 4).Build();

        // When it runs on one thread and on two
        var one = runner.Run(spec, new ExperimentOptions(Threads: 1));
        var two = runner.Run(spec, new ExperimentOptions(Threads: 2));

        // Then every replication measured exactly the same, and so do the summaries
        Assert.Equal(4, two.Replications.Count);
        for (var i = 0; i < one.Replications.Count; i++)
        {
            var (a, b) = (one.Replications[i], two.Replications[i]);
            Assert.Equal((i, a.Seed), (b.Replication, b.Seed));
            Assert.Equal(a.Kpis, b.Kpis);
            Assert.Equal(a.TransitDays, b.TransitDays);
            Assert.Equal(a.Facilities, b.Facilities);
            Assert.Equal(a.Timeseries, b.Timeseries);
        }

        Assert.Equal(one.Summary, two.Summary);
    }

    [Fact]
    public void Compare_SecondFerryOnAFerryBoundLine_PairedDeliveredTonnesIntervalNarrowerAndSignificant()
    {
        // Given the tiny corridor at 70% of its demand with one ferry (which binds) and with two, same seeds.
        // Since berths hold only handling, two ferries carry the full demand with room to spare, so the line
        // is ferry-bound only with one. Its delivered tonnes are then set by the ferry's cycle, whose draws
        // pair only in part, so pairing narrows this interval about twofold (a demand-bound KPI, as in the
        // transit test below, narrows tens of times).
        var comparison = new ExperimentRunner().Compare([AtDemand(TinyCorridor.FerryLine(ferries: 1).Build(), 0.7), AtDemand(TinyCorridor.FerryLine(ferries: 2).Build(), 0.7)]);

        // When the second ferry's effect on delivered tonnes is estimated paired and unpaired
        var paired = comparison.PairedDifference("delivered_tonnes_per_year", 1);
        var unpaired = comparison.UnpairedDifference("delivered_tonnes_per_year", 1);

        // Then the shared demand cancels in the pairs: the paired interval is clearly narrower and finds the
        // gain the unpaired one cannot tell from zero
        Assert.True(paired.HalfWidth * 1.5 < unpaired.HalfWidth, $"paired ±{paired.HalfWidth:F0}, unpaired ±{unpaired.HalfWidth:F0} t/yr");
        Assert.True(paired.Low > 0, $"paired {paired}");
        Assert.False(unpaired.ExcludesZero, $"unpaired {unpaired}");
        Assert.True(comparison.Rows.Single(r => r.Kpi == "delivered_tonnes_per_year" && r.Scenario == "tiny_2_ferries").Significant);
    }

    private static CorridorSpec AtDemand(CorridorSpec spec, double factor) => spec with
    {
        Flows = [.. spec.Flows.Select(f => f with { AnnualTonnes = f.AnnualTonnes * factor, AnnualTonnesEnd = f.AnnualTonnesEnd * factor })],
    };

    [Fact]
    public void Compare_SlightlyFasterLastRailLeg_PairedTransitIntervalMuchNarrowerAndSignificant()
    {
        // Given the tiny corridor and a variant whose Alat–Poti line is about two hours faster
        var baseline = TinyCorridor.FerryLine().Build();
        var faster = baseline with
        {
            Name = "faster_alat_poti",
            RailLegs = [.. baseline.RailLegs.Select(l => l.Name == "alat_poti" ? l with { TravelHours = DistributionSpec.Triangular(18, 22, 33) } : l)],
        };

        // When they are compared on the same seeds
        var comparison = new ExperimentRunner().Compare([baseline, faster]);
        var paired = comparison.PairedDifference("transit_days_mean", 1);
        var unpaired = comparison.UnpairedDifference("transit_days_mean", 1);

        // Then the paired interval is tens of times narrower and shows the saving, which the unpaired cannot
        Assert.True(paired.HalfWidth * 20 < unpaired.HalfWidth, $"paired ±{paired.HalfWidth:F4}, unpaired ±{unpaired.HalfWidth:F4} days");
        Assert.True(paired.High < 0, $"paired {paired}");
        Assert.False(unpaired.ExcludesZero, $"unpaired {unpaired}");
    }

    [Fact]
    public void Run_FerryClosedDuringWarmup_KpisCountOnlyConsignmentsCreatedAfterWarmup()
    {
        // Given a ferry closed for the first fifteen days of a twenty-day warm-up, so early cargo waits long
        var spec = TinyCorridor.FerryLine(horizonDays: 120, warmupDays: 20).Build() with
        {
            Disruptions = [new DisruptionSpec("ferry_closed_at_start", "aktau_alat_ferry", StartDay: 0, DurationDays: 15)],
        };

        // When one replication runs with its consignment records
        var result = new ExperimentRunner().Run(spec, new ExperimentOptions(Replications: 1, Consignments: ConsignmentRecording.First));
        var replication = result.Replications[0];
        var kpi = replication.Kpis.ToDictionary(k => k.Name, k => k.Value);

        // Then the KPIs are those of the consignments created after the warm-up, and differ from all of them
        var records = replication.Consignments!;
        var window = records.Where(c => c.CreatedHours >= spec.WarmupDays * 24).ToArray();
        var windowYears = (spec.HorizonDays - spec.WarmupDays) / 365.0;
        Assert.Contains(records, c => c.CreatedHours < spec.WarmupDays * 24);
        Assert.Equal(window.Sum(c => c.Tonnes) / windowYears, kpi["demand_tonnes_per_year"], 6);
        Assert.Equal(window.Where(c => c.DeliveredHours is not null).Sum(c => c.Tonnes) / windowYears, kpi["delivered_tonnes_per_year"], 6);
        Assert.Equal(window.Where(c => c.TransitDays is not null).Average(c => c.TransitDays!.Value), kpi["transit_days_mean"], 9);
        var warmupTransit = records.Where(c => c.CreatedHours < spec.WarmupDays * 24 && c.TransitDays is not null).Average(c => c.TransitDays!.Value);
        Assert.True(warmupTransit > kpi["transit_days_mean"] + 2, $"warm-up {warmupTransit:F2} days, window {kpi["transit_days_mean"]:F2} days");
    }
}
