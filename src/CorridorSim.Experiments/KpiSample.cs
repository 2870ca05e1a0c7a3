using CorridorSim.Corridor.Results;

namespace CorridorSim.Experiments;

/// <summary>One KPI's value in every replication of a scenario, in replication order.</summary>
internal sealed record KpiSample(string Kpi, string Unit, double[] Values)
{
    /// <summary>
    /// Every KPI's sample over <paramref name="replications"/>, in the order of the first replication's KPIs.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The replications disagree on which KPIs they report: the model promises a fixed list, so this is a bug.
    /// </exception>
    public static IReadOnlyList<KpiSample> Of(IReadOnlyList<ReplicationResult> replications)
    {
        if (replications.Count == 0) return [];
        var first = replications[0].Kpis;
        var samples = new KpiSample[first.Count];
        for (var k = 0; k < first.Count; k++)
        {
            samples[k] = new KpiSample(first[k].Name, first[k].Unit, new double[replications.Count]);
        }

        for (var r = 0; r < replications.Count; r++)
        {
            var kpis = replications[r].Kpis;
            for (var k = 0; k < samples.Length; k++)
            {
                if (kpis.Count != samples.Length || kpis[k].Name != samples[k].Kpi)
                {
                    throw new InvalidOperationException(
                        $"Replication {replications[r].Replication} reports KPIs [{string.Join(", ", kpis.Select(v => v.Name))}] "
                        + $"but replication {replications[0].Replication} reports [{string.Join(", ", first.Select(v => v.Name))}]; "
                        + "every replication must report the same KPIs in the same order.");
                }

                samples[k].Values[r] = kpis[k].Value;
            }
        }

        var duplicate = samples.GroupBy(s => s.Kpi, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"KPI '{duplicate.Key}' is reported more than once by each replication.");
        }

        return samples;
    }

    /// <summary>The summary row of this sample: mean, 95% interval, range and count.</summary>
    public KpiSummary Summarise() => KpiSummary.FromSample(Kpi, Unit, Values);
}
