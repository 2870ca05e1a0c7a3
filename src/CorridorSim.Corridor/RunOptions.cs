namespace CorridorSim.Corridor;

/// <summary>What one replication should record beyond its KPIs and facility statistics.</summary>
/// <param name="RecordConsignments">Keep per-consignment and per-stage records (memory grows with cargo).</param>
/// <param name="Cancellation">Checked between simulated days so a user's Ctrl+C stops a long run.</param>
public sealed record RunOptions(bool RecordConsignments = false, CancellationToken Cancellation = default);
