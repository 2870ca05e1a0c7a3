namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>What became of one fuzzed input that kept the rules: it loaded and ran, or it was rejected.</summary>
internal enum LoadVerdict
{
    LoadedAndRan,
    Rejected,
}
