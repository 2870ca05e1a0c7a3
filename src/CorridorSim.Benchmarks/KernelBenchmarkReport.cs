using System.Globalization;
using System.Text;

namespace CorridorSim.Benchmarks;

/// <summary>
/// The medians of several benchmark rounds, with each workload's ratio to the floor measured in the same
/// process.
/// </summary>
/// <param name="Floor">The median floor run (by events per second).</param>
/// <param name="Timeouts">The median timeouts run.</param>
/// <param name="MM1">The median M/M/1 run.</param>
/// <param name="Rounds">Every run, in the order measured.</param>
public sealed record KernelBenchmarkReport(
    WorkloadResult Floor,
    WorkloadResult Timeouts,
    WorkloadResult MM1,
    IReadOnlyList<WorkloadResult> Rounds)
{
    /// <summary>Timeouts events per second over floor events per second (target ≥ 0.66).</summary>
    public double TimeoutsRatio => Timeouts.EventsPerSecond / Floor.EventsPerSecond;

    /// <summary>M/M/1 customers per second over floor events per second (target ≥ 0.19).</summary>
    public double MM1Ratio => MM1.UnitsPerSecond / Floor.EventsPerSecond;

    /// <summary>A plain-text table of the medians, ranges and ratios.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Kernel benchmark: median of {Rounds.Count / 3} runs [min-max]");
        text.AppendLine(c, $"  floor    {M(Floor.EventsPerSecond)} events/s {Range("floor", r => r.EventsPerSecond)}  ({Floor.BytesPerEvent:F1} B/event)");
        text.AppendLine(c, $"  timeouts {M(Timeouts.EventsPerSecond)} events/s {Range("timeouts", r => r.EventsPerSecond)}  ratio to floor {TimeoutsRatio:F3} (target >= 0.66)  {Timeouts.BytesPerEvent:F1} B/event (target <= 100)  {Timeouts.Events:N0} events, {Timeouts.Units:N0} timeouts");
        text.AppendLine(c, $"  mm1      {M(MM1.UnitsPerSecond)} customers/s {Range("mm1", r => r.UnitsPerSecond)}  ratio to floor {MM1Ratio:F3} (target >= 0.19)  {M(MM1.EventsPerSecond)} events/s  {MM1.BytesPerEvent:F1} B/event  {MM1.Events:N0} events");
        text.AppendLine(c, $"  mm1 mean wait {MM1.MeanWait:F4} ± {MM1.MeanWaitHalfWidth:F4} h (analytic 9.0)");
        return text.ToString();
    }

    private static string M(double perSecond) => (perSecond / 1e6).ToString("F3", CultureInfo.InvariantCulture) + " M";

    private string Range(string workload, Func<WorkloadResult, double> metric)
    {
        var values = Rounds.Where(r => r.Workload == workload).Select(metric).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"[{values.Min() / 1e6:F3}-{values.Max() / 1e6:F3}]");
    }
}
