namespace CorridorSim.Experiments;

/// <summary>
/// One KPI summarised over a scenario's replications: the mean with its 95% Student-t confidence interval,
/// the range, and how many replications it rests on. One row of <c>summary.csv</c>.
/// </summary>
/// <remarks>With a single replication the interval is undefined and both bounds are NaN (written empty).</remarks>
public sealed record KpiSummary(
    string Kpi,
    string Unit,
    double Mean,
    double Ci95Low,
    double Ci95High,
    double Min,
    double Max,
    int Replications)
{
    /// <summary>The summary of one KPI's values, one per replication.</summary>
    public static KpiSummary FromSample(string kpi, string unit, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var interval = ConfidenceInterval.ForMean(values);
        var min = values.Count == 0 ? double.NaN : values.Min();
        var max = values.Count == 0 ? double.NaN : values.Max();
        return new KpiSummary(kpi, unit, interval.Estimate, interval.Low, interval.High, min, max, values.Count);
    }
}
