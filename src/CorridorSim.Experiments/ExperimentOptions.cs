namespace CorridorSim.Experiments;

/// <summary>
/// How an experiment runs its replications: the command line's <c>--replications</c>, <c>--seed</c>,
/// <c>--threads</c> and <c>--consignments</c>.
/// </summary>
/// <param name="Replications">Replications per scenario, overriding the scenario's <c>replications</c>; null keeps it.</param>
/// <param name="Seed">Master seed, overriding the scenario's <c>seed</c>; null keeps it.</param>
/// <param name="Threads">Replications run at once; null means one per processor.</param>
/// <param name="Consignments">Which replications keep consignment and stage records.</param>
/// <remarks>
/// The thread count never changes a result: replication <i>i</i> draws the same random numbers and lands
/// in the same place whatever the number of threads.
/// </remarks>
public sealed record ExperimentOptions(
    int? Replications = null,
    ulong? Seed = null,
    int? Threads = null,
    ConsignmentRecording Consignments = ConsignmentRecording.First)
{
    /// <summary>The default options: the scenario's replications and seed, all processors, consignments of the first replication.</summary>
    public static ExperimentOptions Default { get; } = new();

    /// <summary>The thread count to use: <see cref="Threads"/>, or one per processor.</summary>
    public int ThreadCount => Threads ?? Environment.ProcessorCount;

    internal void Validate()
    {
        if (Replications is < 1)
        {
            throw new ExperimentArgumentException(
                $"--replications {Replications}", "fewer than one replication", "a whole number of at least 1");
        }

        if (Threads is < 1)
        {
            throw new ExperimentArgumentException(
                $"--threads {Threads}", "fewer than one thread", "a whole number of at least 1");
        }
    }

    internal bool RecordsConsignments(int replication) => Consignments switch
    {
        ConsignmentRecording.None => false,
        ConsignmentRecording.First => replication == 0,
        ConsignmentRecording.All => true,
        _ => throw new InvalidOperationException($"Unknown consignment recording {Consignments}."),
    };
}
