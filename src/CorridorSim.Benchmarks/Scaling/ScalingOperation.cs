namespace CorridorSim.Benchmarks.Scaling;

/// <summary>
/// A kernel operation whose cost per operation must not grow with the number of entries it works on: a
/// condition over n sub-events, n holders releasing, n waiting requests reneging.
/// </summary>
/// <param name="Name">Short name in the benchmark table, for instance <c>renege</c>.</param>
/// <param name="Description">What one run does, in a line.</param>
/// <param name="Run">Does n operations on a fresh simulation of size n.</param>
public sealed record ScalingOperation(string Name, string Description, Action<int> Run);
