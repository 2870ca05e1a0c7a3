namespace CorridorSim.Robustness.Tests.Invariants;

/// <summary>A replication that broke one of the model's invariants; the message says which and where.</summary>
internal sealed class InvariantBroken(string message) : Exception(message);
