namespace CorridorSim.Scenarios.Yaml;

/// <summary>
/// A node of a scenario document: a mapping, a sequence or a scalar, each remembering where it was written so
/// that an error found after <c>extends</c> and <c>--set</c> still points at the file and line that wrote it.
/// </summary>
/// <remarks>Immutable: merging and overriding build new nodes and share unchanged ones.</remarks>
internal abstract class ScenarioNode(SourceLocation location, long size)
{
    public SourceLocation Location { get; } = location;

    /// <summary>Nodes in this subtree, itself included; bounds the work that aliases can multiply.</summary>
    public long Size { get; } = size;

    /// <summary>A short description for "expected …, got …" messages.</summary>
    public abstract string Describe();
}
