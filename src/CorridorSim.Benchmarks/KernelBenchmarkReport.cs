using System.Globalization;
using System.Text;
using CorridorSim.Benchmarks.Scaling;

namespace CorridorSim.Benchmarks;

/// <summary>
/// The medians of several benchmark rounds, with each workload's ratio to the floor taken round by round (the
/// floor and the workload measured in the same round of the same process), then the scaling section.
/// </summary>
/// <param name="Floor">The median floor run (by events per second).</param>
/// <param name="Timeouts">The median timeouts run.</param>
/// <param name="MM1">The median M/M/1 run.</param>
/// <param name="Rounds">Every run, in the order measured: floor, timeouts, M/M/1, then the next round.</param>
/// <param name="Scaling">The scaling section, one row per operation; empty if it was not measured.</param>
public sealed record KernelBenchmarkReport(
    WorkloadResult Floor,
    WorkloadResult Timeouts,
    WorkloadResult MM1,
    IReadOnlyList<WorkloadResult> Rounds,
    IReadOnlyList<ScalingRow> Scaling)
{
    /// <summary>Stretch target: timeouts events per second at least this share of the floor's.</summary>
    public const double TimeoutsTarget = 0.75;

    /// <summary>Stretch target: M/M/1 customers per second at least this share of the floor's events per second.</summary>
    public const double MM1Target = 0.30;

    /// <summary>Stretch target: bytes allocated per timeouts event at most this.</summary>
    public const double TimeoutBytesTarget = 48;

    /// <summary>The median over rounds of timeouts events/s over floor events/s in the same round.</summary>
    public double TimeoutsRatio => MedianRatio("timeouts", r => r.EventsPerSecond);

    /// <summary>The median over rounds of M/M/1 customers/s over floor events/s in the same round.</summary>
    public double MM1Ratio => MedianRatio("mm1", r => r.UnitsPerSecond);

    /// <summary>As <see cref="TimeoutsRatio"/>, by processor time instead of wall-clock time.</summary>
    public double TimeoutsCpuRatio => MedianRatio("timeouts", r => r.EventsPerCpuSecond, f => f.EventsPerCpuSecond);

    /// <summary>As <see cref="MM1Ratio"/>, by processor time instead of wall-clock time.</summary>
    public double MM1CpuRatio => MedianRatio("mm1", r => r.UnitsPerCpuSecond, f => f.EventsPerCpuSecond);

    /// <summary>A plain-text table of the medians, ranges and ratios, then the scaling table.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Kernel benchmark: median of {RoundCount} rounds [min-max]; ratios are taken round by round against the floor of the same round");
        text.AppendLine(c, $"  floor    {M(Floor.EventsPerSecond)} events/s {Range("floor", r => r.EventsPerSecond)}  PriorityQueue<int,(double,long)>, default comparer, 1000 entries  ({Floor.BytesPerEvent:F1} B/event)");
        text.AppendLine(c, $"  timeouts {M(Timeouts.EventsPerSecond)} events/s {Range("timeouts", r => r.EventsPerSecond)}  ratio to floor {TimeoutsRatio:F3} {RatioRange("timeouts", r => r.EventsPerSecond)} (target >= {TimeoutsTarget:F2})  {Timeouts.BytesPerEvent:F1} B/event (target <= {TimeoutBytesTarget:F0})  {Timeouts.Events:N0} events, {Timeouts.Units:N0} timeouts");
        text.AppendLine(c, $"  mm1      {M(MM1.UnitsPerSecond)} customers/s {Range("mm1", r => r.UnitsPerSecond)}  ratio to floor {MM1Ratio:F3} {RatioRange("mm1", r => r.UnitsPerSecond)} (target >= {MM1Target:F2})  {M(MM1.EventsPerSecond)} events/s  {MM1.BytesPerEvent:F1} B/event  {MM1.Events:N0} events");
        text.AppendLine(c, $"  by processor time (not counting time spent waiting for a core): floor {M(Median("floor", r => r.EventsPerCpuSecond))} events/s, timeouts ratio {TimeoutsCpuRatio:F3} {RatioRange("timeouts", r => r.EventsPerCpuSecond, f => f.EventsPerCpuSecond)}, mm1 ratio {MM1CpuRatio:F3} {RatioRange("mm1", r => r.UnitsPerCpuSecond, f => f.EventsPerCpuSecond)}");
        text.AppendLine(c, $"  mm1 mean wait {MM1.MeanWait:F4} ± {MM1.MeanWaitHalfWidth:F4} h (analytic 9.0)");
        if (Scaling.Count > 0)
        {
            text.Append(KernelScalingBenchmark.Format(Scaling, RoundCount));
        }

        return text.ToString();
    }

    private int RoundCount => Rounds.Count(r => r.Workload == "floor");

    private static string M(double perSecond) => (perSecond / 1e6).ToString("F3", CultureInfo.InvariantCulture) + " M";

    private string Range(string workload, Func<WorkloadResult, double> metric)
    {
        var values = Rounds.Where(r => r.Workload == workload).Select(metric).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"[{values.Min() / 1e6:F3}-{values.Max() / 1e6:F3}]");
    }

    private double Median(string workload, Func<WorkloadResult, double> metric)
    {
        var values = Rounds.Where(r => r.Workload == workload).Select(metric).Order().ToList();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }

    private string RatioRange(string workload, Func<WorkloadResult, double> metric, Func<WorkloadResult, double>? floorMetric = null)
    {
        var ratios = Ratios(workload, metric, floorMetric);
        return string.Create(CultureInfo.InvariantCulture, $"[{ratios.Min():F3}-{ratios.Max():F3}]");
    }

    private double MedianRatio(string workload, Func<WorkloadResult, double> metric, Func<WorkloadResult, double>? floorMetric = null)
    {
        var ratios = Ratios(workload, metric, floorMetric).Order().ToList();
        return ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[(ratios.Count / 2) - 1] + ratios[ratios.Count / 2]) / 2;
    }

    // Rounds are recorded floor first, so each workload run is paired with the floor run that precedes it.
    private List<double> Ratios(string workload, Func<WorkloadResult, double> metric, Func<WorkloadResult, double>? floorMetric)
    {
        floorMetric ??= f => f.EventsPerSecond;
        var ratios = new List<double>();
        WorkloadResult? floor = null;
        foreach (var run in Rounds)
        {
            if (run.Workload == "floor")
            {
                floor = run;
            }
            else if (run.Workload == workload && floor is not null)
            {
                ratios.Add(metric(run) / floorMetric(floor));
            }
        }

        return ratios;
    }
}
