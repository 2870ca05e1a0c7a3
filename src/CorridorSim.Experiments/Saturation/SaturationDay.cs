using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Statistics;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Experiments.Saturation;

/// <summary>
/// The day from which a scenario's corridor stops keeping up, as one row of <c>summary.csv</c>: the change
/// point of a two-segment fit to each replication's daily tonnes held, with its interval across replications.
/// </summary>
/// <remarks>
/// It lives in the experiment because whether there is a saturation day at all is decided across replications:
/// each replication's fit gives a change day and a slope after it; the day is reported (the mean of the change
/// days, with their Student-t interval) only when the lower 95% bound of the slopes after it is above
/// <see cref="KeepUpRule.BacklogGrowthLimit"/> — significantly positive, and more than the growth a corridor
/// that keeps up may show. When the slopes before the change pass the same test too, the corridor does not
/// keep up from the start of the window, and the day is the end of the warm-up. Otherwise every value is NaN
/// (written empty). With one replication there is no interval, so no test and no day.
/// </remarks>
public static class SaturationDay
{
    /// <summary>The <c>saturation_day</c> row of a scenario's replications.</summary>
    public static KpiSummary Summarise(CorridorSpec spec, IReadOnlyList<ReplicationResult> replications)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(replications);
        var kpi = Kpis.SaturationDay;
        var none = new KpiSummary(kpi.Name, kpi.Unit, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, replications.Count);
        var fits = replications.Select(r => Fit(r.DailyHeldTonnes, spec.WarmupDays)).ToList();
        if (fits.Count < 2 || fits.Any(f => f is null)) return none;

        var demand = replications.Select(r => r.Kpis.FirstOrDefault(k => k.Name == Kpis.DemandTonnesPerYear.Name)?.Value ?? double.NaN).Average();
        var limit = KeepUpRule.BacklogGrowthLimit(demand);
        if (!double.IsFinite(limit)) return none;
        var after = ConfidenceInterval.ForMean([.. fits.Select(f => f!.SlopeAfter * BacklogSlope.DaysPerYear)]);
        if (!(after.Low > limit)) return none;

        var before = ConfidenceInterval.ForMean([.. fits.Select(f => f!.SlopeBefore * BacklogSlope.DaysPerYear)]);
        if (before.Low > limit)
        {
            return new KpiSummary(kpi.Name, kpi.Unit, spec.WarmupDays, spec.WarmupDays, spec.WarmupDays, spec.WarmupDays, spec.WarmupDays, replications.Count);
        }

        return KpiSummary.FromSample(kpi.Name, kpi.Unit, [.. fits.Select(f => f!.ChangeDay)]);
    }

    /// <summary>The best two-segment fit of one replication's tonnes held over the window (days from the start of the run).</summary>
    public static TwoSegmentFit? Fit(IReadOnlyList<double> dailyHeldTonnes, double warmupDays)
    {
        ArgumentNullException.ThrowIfNull(dailyHeldTonnes);
        var days = new List<double>();
        var held = new List<double>();
        for (var d = 0; d < dailyHeldTonnes.Count; d++)
        {
            if (d + 1 >= warmupDays - 1e-9)
            {
                days.Add(d + 1);
                held.Add(dailyHeldTonnes[d]);
            }
        }

        return TwoSegmentFit.Best(days, held, KeepUpRule.MinSegmentDays);
    }
}
