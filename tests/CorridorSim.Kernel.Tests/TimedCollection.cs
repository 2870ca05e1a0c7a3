namespace CorridorSim.Kernel.Tests;

/// <summary>
/// The one collection of timed tests: run alone, never beside other tests of this assembly, so they compare
/// a cost with itself on a quiet process.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Timed";
}
