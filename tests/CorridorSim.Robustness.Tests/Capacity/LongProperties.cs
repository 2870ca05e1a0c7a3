namespace CorridorSim.Robustness.Tests.Capacity;

/// <summary>
/// Whether the long versions of the capacity properties run: <c>CORRIDORSIM_LONG_PROPERTIES=1</c> asks for
/// every bundled scenario on a year's horizon and ten times the random corridors; otherwise a short version
/// runs in the normal suite.
/// </summary>
internal static class LongProperties
{
    public const string Variable = "CORRIDORSIM_LONG_PROPERTIES";

    public static bool On => Environment.GetEnvironmentVariable(Variable) is "1" or "true";
}
