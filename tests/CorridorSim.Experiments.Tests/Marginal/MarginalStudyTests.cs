using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments.Marginal;
using CorridorSim.Testing;

namespace CorridorSim.Experiments.Tests.Marginal;

public sealed class MarginalStudyTests
{
    [Fact]
    public void Marginal_OneBindingFerry_RanksAnotherFerryFirstAndSignificant()
    {
        // Given the tiny line at 70% of its demand with one ferry: the fleet binds; its first line has one train
        // path a day, which its 0.4 trains a day use enough to queue now and then but not to bind
        var line = AtDemand(TinyCorridor.FerryLine(ferries: 1).Build(), 0.7);
        var spec = line with { RailLegs = [.. line.RailLegs.Select(l => l.Name == "khorgos_aktau" ? l with { TrainPathsPerDay = 1 } : l)] };

        // When the marginal study runs
        var study = new ExperimentRunner().Marginal(spec, c => CandidateSpecs.Apply(spec, c));

        // Then a second ferry ranks first with a significant gain, and every other tried change spans zero
        var first = study.Rows[0];
        Assert.Equal("aktau_alat_ferry.vessels+1", first.Candidate.Name);
        Assert.True(first.Significant, $"{first.DeliveredGain}");
        Assert.True(first.DeliveredGain.Low > 0);
        Assert.True(first.P95TransitChange.High < 0, $"{first.P95TransitChange}");
        Assert.Contains(study.Rows, r => r.Candidate.Name == "khorgos_aktau.train_paths_per_day+1");
        foreach (var other in study.Rows.Skip(1))
        {
            Assert.False(other.DeliveredGain.ExcludesZero, $"{other.Candidate.Name}: {other.DeliveredGain}");
            Assert.True(other.DeliveredGain.Low <= 0 && other.DeliveredGain.High >= 0, $"{other.Candidate.Name}: {other.DeliveredGain}");
        }
    }

    [Fact]
    public void Marginal_IdleRailLines_AreScreenedOutAndNotRun()
    {
        // Given the tiny line, whose rail legs use well under one of their twelve paths a day and make nobody wait
        var spec = AtDemand(TinyCorridor.FerryLine(ferries: 1).Build(), 0.7);

        // When the marginal study runs
        var study = new ExperimentRunner().Marginal(spec, c => CandidateSpecs.Apply(spec, c));

        // Then no train-path candidate was run, and each is listed as screened out
        Assert.DoesNotContain(study.Tried, t => t.Candidate.KeyPath.EndsWith(".train_paths_per_day", StringComparison.Ordinal));
        Assert.Equal(spec.RailLegs.Count, study.Screened.Count(c => c.KeyPath.EndsWith(".train_paths_per_day", StringComparison.Ordinal)));
        Assert.Equal(study.Tried.Count, study.Rows.Count);
    }

    [Fact]
    public void Marginal_BaseReplications_EqualAPlainRunOnTheSameSeeds()
    {
        // Given the tiny line
        var spec = AtDemand(TinyCorridor.FerryLine(ferries: 1, replications: 4).Build(), 0.7);
        var runner = new ExperimentRunner();

        // When it is run plainly and as the base of a marginal study on two threads
        var plain = runner.Run(spec, new ExperimentOptions(Threads: 1));
        var study = runner.Marginal(spec, c => CandidateSpecs.Apply(spec, c), new ExperimentOptions(Threads: 2));

        // Then the base measured exactly what the plain run did, and every candidate ran the same replications and seeds
        Assert.Equal(plain.Summary, study.Base.Summary);
        for (var i = 0; i < plain.Replications.Count; i++)
        {
            Assert.Equal(plain.Replications[i].Kpis, study.Base.Replications[i].Kpis);
        }

        Assert.All(study.Tried, t => Assert.Equal(plain.Replications.Select(r => r.Seed), t.Result.Replications.Select(r => r.Seed)));
    }

    [Fact]
    public void Marginal_DigitalRegime_GainsWhereThePostBindsAndNotWhereItIsIdle()
    {
        // Given the tiny line with two ferries (they do not bind) and paper customs at both landing ports, one
        // inspection lane each, 40% of wagons inspected for 4 h: Alat's lane is offered about 140% of what it can
        // do by the westbound wagons, Aktau's about 30% by the eastbound ones
        var corridor = TinyCorridor.FerryLine(ferries: 2);
        corridor.Regimes.Add(new CustomsRegimeSpec("paper", TinyCorridor.Hours(8), 0.4, TinyCorridor.Hours(4), PreArrival: false, MutualRecognition: false));
        corridor.Regimes.Add(new CustomsRegimeSpec("electronic_pre_arrival", TinyCorridor.Hours(0.5), 0.01, TinyCorridor.Hours(4), PreArrival: true, MutualRecognition: false));
        var built = corridor.Build();
        var post = new CustomsPostSpec("paper", DocumentOfficers: 4, InspectionLanes: 1);
        var spec = AtDemand(built with { Ports = [.. built.Ports.Select(p => p with { Customs = post })] }, 0.7);

        // When the marginal study runs
        var study = new ExperimentRunner().Marginal(spec, c => CandidateSpecs.Apply(spec, c));

        // Then Alat's move to electronic pre-arrival gains significantly and Aktau's gains next to nothing
        var alat = study.Rows.Single(r => r.Candidate.Name == "alat:electronic_pre_arrival");
        var aktau = study.Rows.Single(r => r.Candidate.Name == "aktau:electronic_pre_arrival");
        Assert.Equal(MarginalChange.DigitalRegime, alat.Candidate.Change);
        Assert.Equal("ports.alat.customs.regime=electronic_pre_arrival", alat.Candidate.Override);
        Assert.True(alat.Significant && alat.DeliveredGain.Low > 0, $"alat {alat.DeliveredGain}");
        Assert.True(Math.Abs(aktau.DeliveredGain.Estimate) < 0.05 * alat.DeliveredGain.Estimate, $"aktau {aktau.DeliveredGain}, alat {alat.DeliveredGain}");
        Assert.True(alat.Rank < aktau.Rank);
    }

    private static CorridorSpec AtDemand(CorridorSpec spec, double factor) => spec with
    {
        Flows = [.. spec.Flows.Select(f => f with { AnnualTonnes = f.AnnualTonnes * factor, AnnualTonnesEnd = f.AnnualTonnesEnd * factor })],
    };
}
