namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>A fuzzed input that broke the loader's or the model's promise; the message says which.</summary>
internal sealed class FuzzFailure(string message) : Exception(message);
