using System.Security.Cryptography;
using System.Text;

namespace CorridorSim.Experiments.Batch;

/// <summary>
/// An experiment split into shards for a batch engine (Slurm array tasks, Kubernetes indexed jobs): the
/// scenarios as resolved, the sweep's <c>--vary</c> texts, how replications are recorded, and every work
/// item (scenario or point, replication) assigned to one shard. The content of <c>plan.json</c>.
/// </summary>
/// <remarks>
/// A plan runs nothing; <c>corridorsim shard</c> runs one shard's items and <c>corridorsim merge</c> writes
/// the result folder from all of them. Shards refuse a plan written by another program version, or one
/// whose scenarios no longer match <see cref="ScenarioHash"/>, because either would break the promise that
/// the merged files equal a local run's.
/// </remarks>
public sealed record ExperimentPlan
{
    /// <summary>The value of <see cref="Format"/>: what marks a file as a CorridorSim plan.</summary>
    public const string FormatName = "corridorsim-plan";

    /// <summary>The plan layout this program reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Marks the file as a CorridorSim plan, naming the program.</summary>
    public string Format { get; init; } = FormatName;

    /// <summary>The plan layout, <see cref="CurrentFormatVersion"/>.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The CorridorSim version that wrote the plan; shards and the merge must be run by the same one.</summary>
    public required string ProgramVersion { get; init; }

    /// <summary>A random identifier of this plan, which every finished shard records, so a shard of another plan is never merged.</summary>
    public required string PlanId { get; init; }

    /// <summary>The experiment: run, compare or sweep.</summary>
    public required ExperimentKind Command { get; init; }

    /// <summary>The <c>corridorsim plan …</c> command line as typed, recorded in the merged manifest.</summary>
    public required string CommandLine { get; init; }

    /// <summary>When the plan was written; the merged manifest records it as the experiment's start.</summary>
    public required DateTimeOffset PlannedUtc { get; init; }

    /// <summary>SHA-256 (hex) of <see cref="Scenarios"/> and <see cref="Vary"/>, see <see cref="HashOf"/>.</summary>
    public required string ScenarioHash { get; init; }

    /// <summary>
    /// Each scenario as resolved (after <c>extends</c>, <c>--set</c>, <c>--seed</c> and <c>--replications</c>):
    /// one for run and sweep (the sweep's base), one per compared scenario.
    /// </summary>
    public required IReadOnlyList<string> Scenarios { get; init; }

    /// <summary>The sweep's <c>--vary key=v1,v2</c> texts in the order given; empty for run and compare.</summary>
    public IReadOnlyList<string> Vary { get; init; } = [];

    /// <summary>Each sweep point's overrides (<c>key=value</c>), point 0 first; empty for run and compare.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Points { get; init; } = [];

    /// <summary>The master seed every replication derives its streams from.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Replications per scenario or point.</summary>
    public required int Replications { get; init; }

    /// <summary>Which replications keep consignment and stage records.</summary>
    public required ConsignmentRecording Consignments { get; init; }

    /// <summary>Threads each shard runs its items on (Slurm's <c>--cpus-per-task</c>).</summary>
    public required int ThreadsPerShard { get; init; }

    /// <summary>Seconds one work item is expected to take (<c>--time-per-item</c>, or measured by <c>--calibrate</c>).</summary>
    public required double TimePerItemSeconds { get; init; }

    /// <summary>True when <see cref="TimePerItemSeconds"/> was measured on one work item rather than given.</summary>
    public bool Calibrated { get; init; }

    /// <summary>Every shard's work items, shard 0 first.</summary>
    public required IReadOnlyList<IReadOnlyList<WorkItem>> Shards { get; init; }

    /// <summary>Work items in all shards together.</summary>
    public int WorkItemCount => Shards.Sum(s => s.Count);

    /// <summary>The options every shard and the merge run the experiment with.</summary>
    public ExperimentOptions Options(int? threads = null) => new(Threads: threads ?? ThreadsPerShard, Consignments: Consignments);

    /// <summary>
    /// The time limit of one shard's job: its largest shard's items, run <see cref="ThreadsPerShard"/> at a
    /// time, at <see cref="TimePerItemSeconds"/> each, doubled for safety, plus five minutes to start and store.
    /// </summary>
    public TimeSpan ShardTimeLimit()
    {
        var largest = Shards.Count == 0 ? 0 : Shards.Max(s => s.Count);
        var rounds = Math.Ceiling(largest / (double)Math.Max(1, ThreadsPerShard));
        return TimeSpan.FromSeconds(Math.Ceiling(2 * rounds * TimePerItemSeconds)) + TimeSpan.FromMinutes(5);
    }

    /// <summary>
    /// The scenario hash: SHA-256 over every resolved scenario text and then every <c>--vary</c> text, each
    /// followed by a zero character, in lower-case hex.
    /// </summary>
    public static string HashOf(IReadOnlyList<string> scenarios, IReadOnlyList<string> vary)
    {
        var text = new StringBuilder();
        foreach (var part in scenarios.Concat(["\u0001vary"]).Concat(vary)) text.Append(part).Append('\0');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>A new random <see cref="PlanId"/>.</summary>
    public static string NewPlanId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
