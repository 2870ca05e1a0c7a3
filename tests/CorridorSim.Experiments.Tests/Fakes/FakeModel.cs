using System.Collections.Concurrent;
using CorridorSim.Corridor;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments.Tests.Fakes;

/// <summary>
/// A stand-in for the corridor model whose KPIs are fixed functions of (seed, replication, scenario), so
/// that any thread count and finishing order must give the same results.
/// </summary>
/// <remarks>
/// <c>transit_days_mean</c> is a large shared noise term (the same for every scenario on the same seed
/// and replication, like common random numbers), a small scenario-own noise term and the scenario's
/// shift; <c>horizon_days</c> echoes the spec so sweeps can be checked; <c>replication</c> echoes the index.
/// </remarks>
internal sealed class FakeModel
{
    private readonly ConcurrentQueue<(CorridorSpec Spec, int Replication, RunOptions Options)> _calls = new();

    /// <summary>Added to <c>transit_days_mean</c> per scenario name.</summary>
    public Dictionary<string, double> Shifts { get; init; } = [];

    /// <summary>Spread of the shared noise (days).</summary>
    public double SharedNoiseDays { get; init; } = 5.0;

    /// <summary>Spread of each scenario's own noise (days).</summary>
    public double OwnNoiseDays { get; init; } = 0.1;

    /// <summary>Longest random sleep per replication, so threads finish out of order.</summary>
    public int MaxSleepMilliseconds { get; init; }

    public IReadOnlyCollection<(CorridorSpec Spec, int Replication, RunOptions Options)> Calls => _calls;

    public ReplicationResult Run(CorridorSpec spec, int replication, RunOptions options)
    {
        _calls.Enqueue((spec, replication, options));
        if (MaxSleepMilliseconds > 0)
        {
            // The sleep depends on the replication only, so order of finishing varies but values do not.
            Thread.Sleep((int)(Unit(spec.Seed, replication, 99) * MaxSleepMilliseconds));
        }

        var shared = SharedNoiseDays * Unit(spec.Seed, replication, 1);
        var own = OwnNoiseDays * Unit(spec.Seed ^ StableHash(spec.Name), replication, 2);
        var transit = 10 + shared + own + Shifts.GetValueOrDefault(spec.Name);
        return Result(
            replication,
            spec.Seed + (ulong)replication,
            [
                new KpiValue("transit_days_mean", "days", transit),
                new KpiValue("horizon_days", "days", spec.HorizonDays),
                new KpiValue("replication", "count", replication),
            ],
            options.RecordConsignments);
    }

    public static ReplicationResult Result(int replication, ulong seed, IReadOnlyList<KpiValue> kpis, bool withConsignments = false) =>
        new(
            replication,
            seed,
            kpis,
            Facilities: [],
            Timeseries: [],
            Months: [],
            TransitDays: [],
            Consignments: withConsignments ? [] : null,
            Stages: withConsignments ? [] : null,
            Ledger: new ConservationLedger(0, 0, []),
            EventsProcessed: 0);

    /// <summary>A uniform number in [0, 1) from SplitMix64 of the inputs: stable across runs and platforms.</summary>
    private static double Unit(ulong seed, int replication, int stream)
    {
        var z = seed + 0x9E3779B97F4A7C15UL * (ulong)(replication * 1000 + stream + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong StableHash(string text) =>
        text.Aggregate(14695981039346656037UL, (hash, c) => (hash ^ c) * 1099511628211UL);
}
