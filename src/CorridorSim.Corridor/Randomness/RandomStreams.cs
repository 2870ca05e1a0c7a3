using MathNet.Numerics.Random;

namespace CorridorSim.Corridor.Randomness;

/// <summary>
/// The named random streams of one replication: each stochastic source of the model (a flow's arrivals, a
/// facility's service times, a fleet's breakdowns, a storm) draws from its own generator, seeded from
/// (master seed, replication, stream name) by a stable hash.
/// </summary>
/// <remarks>
/// <para>
/// Because streams are independent and named, a change in one part of a scenario (one more ferry) leaves
/// the numbers drawn everywhere else unchanged: the arrivals of every flow stay identical, and two
/// scenarios run with the same seed share their random numbers wherever their structure is the same.
/// </para>
/// <para>
/// Each stream is a MathNet.Numerics <see cref="Xoshiro256StarStar"/>. Implementation note: its documented
/// constructor takes a 32-bit seed, so the 64-bit stream hash is folded to 32 bits; within one replication
/// (tens of streams) a collision has a probability of about one in a million, and a collision would only
/// correlate two sources, never change a result's reproducibility.
/// </para>
/// <para>Stream names used by the model: <c>arrivals:&lt;flow&gt;:&lt;month of the run&gt;</c>, <c>routing:&lt;flow&gt;</c>,
/// <c>service:&lt;facility&gt;</c>, <c>inspection:&lt;facility&gt;</c>, <c>travel:&lt;leg&gt;</c>,
/// <c>sailing:&lt;service&gt;</c>, <c>breakdowns:&lt;service&gt;</c>,
/// <c>storm:&lt;storm&gt;:&lt;month of the run&gt;:starts</c> and <c>…:lengths</c>.</para>
/// </remarks>
public sealed class RandomStreams
{
    private readonly Dictionary<string, Random> _streams = new(StringComparer.Ordinal);

    /// <summary>Creates the streams of replication <paramref name="replication"/> of a run seeded with <paramref name="masterSeed"/>.</summary>
    public RandomStreams(ulong masterSeed, int replication)
    {
        ReplicationSeed = DeriveReplicationSeed(masterSeed, replication);
    }

    /// <summary>The replication's own seed, from which every stream seed is derived.</summary>
    public ulong ReplicationSeed { get; }

    /// <summary>The seed of replication <paramref name="replication"/>: the same on every machine and thread count.</summary>
    public static ulong DeriveReplicationSeed(ulong masterSeed, int replication)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        return StableHash.Combine(masterSeed, (ulong)replication);
    }

    /// <summary>The 32-bit generator seed of stream <paramref name="name"/> in the replication seeded with <paramref name="replicationSeed"/>.</summary>
    public static int DeriveStreamSeed(ulong replicationSeed, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var hash = StableHash.Of(replicationSeed, name);
        return unchecked((int)(hash ^ (hash >> 32)));
    }

    /// <summary>The generator of stream <paramref name="name"/>, created on first use and the same object afterwards.</summary>
    public Random Stream(string name)
    {
        if (!_streams.TryGetValue(name, out var stream))
        {
            // Not thread-safe on purpose: a replication runs on one thread, and the lock would cost time per draw.
            stream = new Xoshiro256StarStar(DeriveStreamSeed(ReplicationSeed, name), threadSafe: false);
            _streams.Add(name, stream);
        }

        return stream;
    }
}
