namespace CorridorSim.Scenarios.Yaml;

/// <summary>A YAML sequence (a list).</summary>
internal sealed class ScenarioSequence(SourceLocation location, IReadOnlyList<ScenarioNode> items)
    : ScenarioNode(location, 1 + items.Sum(i => i.Size))
{
    public IReadOnlyList<ScenarioNode> Items { get; } = items;

    public override string Describe() => "a list";
}
