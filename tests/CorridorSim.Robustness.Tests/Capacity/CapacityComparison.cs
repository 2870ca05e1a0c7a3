using CorridorSim.Corridor;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Robustness.Tests.Capacity;

/// <summary>
/// A corridor against the same corridor with one more unit of one capacity, on the same seeds (common random
/// numbers), and the verdict of the property "more capacity never makes it worse".
/// </summary>
/// <remarks>
/// Worse means a paired 95% interval wholly below −0.5% of demand in delivered tonnes, or wholly above
/// +0.25 days in mean time in system (both over cargo created in the window, see <see cref="WindowCohort"/>).
/// </remarks>
internal sealed record CapacityComparison(string Change, double DemandTonnes, PairedDifference Tonnes, PairedDifference Days)
{
    public const double TonnesTolerance = 0.005;
    public const double DaysTolerance = 0.25;

    public bool IsWorse => Tonnes.High < -TonnesTolerance * DemandTonnes || Days.Low > DaysTolerance;

    public static CapacityComparison Run(string change, CorridorSpec less, CorridorSpec more, int replications)
    {
        var tonnes = new double[replications];
        var days = new double[replications];
        var demand = 0.0;
        Parallel.For(0, replications, new ParallelOptions { MaxDegreeOfParallelism = 2 }, r =>
        {
            var a = Cohort(less, r);
            var b = Cohort(more, r);
            tonnes[r] = b.DeliveredTonnes - a.DeliveredTonnes;
            days[r] = b.MeanDaysInSystem - a.MeanDaysInSystem;
            if (r == 0)
            {
                demand = a.DemandTonnes;
            }
        });
        return new CapacityComparison(change, demand, PairedDifference.Of(tonnes), PairedDifference.Of(days));
    }

    public override string ToString() => $"{Change}: delivered {Tonnes} t of {DemandTonnes:F0} t demand; time in system {Days} days";

    private static WindowCohort Cohort(CorridorSpec spec, int replication)
    {
        var result = CorridorModel.RunReplication(spec, replication, new RunOptions(RecordConsignments: true));
        return WindowCohort.Of(result, spec.WarmupDays * 24, spec.HorizonDays * 24);
    }
}
