namespace CorridorSim.Cli.Tests.Given;

/// <summary>
/// Tests that bound the processor time of one command: run alone, after every parallel test, so that the process's
/// processor time is theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    /// <summary>The collection's name, for <c>[Collection(TimingCollection.Name)]</c>.</summary>
    public const string Name = "Processor time";
}
