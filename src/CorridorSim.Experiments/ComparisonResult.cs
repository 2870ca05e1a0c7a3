namespace CorridorSim.Experiments;

/// <summary>
/// Several scenarios run on common random numbers, and each KPI of each compared with the first
/// scenario's: the experiments (one sub-folder each) and the rows of <c>comparison.csv</c>.
/// </summary>
/// <param name="Scenarios">Each scenario's experiment, in the order given; the first is the reference.</param>
/// <param name="Rows">KPI by KPI (the first scenario's KPI order, then any only later scenarios report), scenario by scenario.</param>
public sealed record ComparisonResult(IReadOnlyList<ExperimentResult> Scenarios, IReadOnlyList<ComparisonRow> Rows)
{
    /// <summary>
    /// The paired 95% interval for scenario <paramref name="scenario"/>'s mean of <paramref name="kpi"/>
    /// minus the first scenario's (the interval in <see cref="Rows"/>).
    /// </summary>
    public ConfidenceInterval PairedDifference(string kpi, int scenario) =>
        ConfidenceInterval.ForPairedDifference(Values(kpi, 0), Values(kpi, scenario));

    /// <summary>
    /// The unpaired (Welch) 95% interval for the same difference, as if the scenarios had drawn
    /// independent random numbers: what the pairing is measured against.
    /// </summary>
    public ConfidenceInterval UnpairedDifference(string kpi, int scenario) =>
        ConfidenceInterval.ForWelchDifference(Values(kpi, 0), Values(kpi, scenario));

    internal static ComparisonResult Of(IReadOnlyList<ExperimentResult> scenarios)
    {
        var samples = scenarios.Select(s => KpiSample.Of(s.Replications).ToDictionary(k => k.Kpi, StringComparer.Ordinal)).ToArray();
        var kpis = scenarios
            .SelectMany(s => s.Summary.Select(k => k.Kpi))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        var rows = new List<ComparisonRow>();
        foreach (var kpi in kpis)
        {
            samples[0].TryGetValue(kpi, out var reference);
            for (var s = 0; s < scenarios.Count; s++)
            {
                if (!samples[s].TryGetValue(kpi, out var sample))
                {
                    // A KPI only the experiment summarises (saturation_day) has no pairs to difference.
                    if (scenarios[s].Summary.FirstOrDefault(k => k.Kpi == kpi) is { } across)
                    {
                        rows.Add(new ComparisonRow(kpi, across.Unit, scenarios[s].Spec.Name, across.Mean, across.Ci95Low, across.Ci95High,
                            s == 0 ? 0 : double.NaN, s == 0 ? 0 : double.NaN, s == 0 ? 0 : double.NaN, false));
                    }

                    continue;
                }

                var summary = sample.Summarise();
                var difference = s == 0
                    ? new ConfidenceInterval(0, 0, 0)
                    : reference is null
                        ? new ConfidenceInterval(double.NaN, double.NaN, double.NaN)
                        : ConfidenceInterval.ForPairedDifference(reference.Values, sample.Values);
                rows.Add(new ComparisonRow(
                    kpi,
                    summary.Unit,
                    scenarios[s].Spec.Name,
                    summary.Mean,
                    summary.Ci95Low,
                    summary.Ci95High,
                    difference.Estimate,
                    difference.Low,
                    difference.High,
                    difference.ExcludesZero));
            }
        }

        return new ComparisonResult(scenarios, rows);
    }

    private double[] Values(string kpi, int scenario)
    {
        if (scenario < 0 || scenario >= Scenarios.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(scenario), scenario, $"There are {Scenarios.Count} scenarios.");
        }

        var sample = KpiSample.Of(Scenarios[scenario].Replications).FirstOrDefault(k => k.Kpi == kpi);
        return sample?.Values
            ?? throw new ArgumentException($"Scenario '{Scenarios[scenario].Spec.Name}' reports no KPI '{kpi}'.", nameof(kpi));
    }
}
