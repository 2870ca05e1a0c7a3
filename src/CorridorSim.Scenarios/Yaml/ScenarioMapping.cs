namespace CorridorSim.Scenarios.Yaml;

/// <summary>A YAML mapping with unique string keys, in the order they were written.</summary>
internal sealed class ScenarioMapping(SourceLocation location, IReadOnlyList<ScenarioEntry> entries)
    : ScenarioNode(location, 1 + entries.Sum(e => 1 + e.Value.Size))
{
    public IReadOnlyList<ScenarioEntry> Entries { get; } = entries;

    public ScenarioEntry? Find(string key) => Entries.FirstOrDefault(e => e.Name == key);

    /// <summary>The same mapping with <paramref name="key"/> set to <paramref name="value"/>, in place if present, appended if not.</summary>
    public ScenarioMapping With(ScenarioScalar key, ScenarioNode value)
    {
        var entries = Entries.ToList();
        var index = entries.FindIndex(e => e.Name == key.Value);
        if (index >= 0) entries[index] = new ScenarioEntry(key, value);
        else entries.Add(new ScenarioEntry(key, value));
        return new ScenarioMapping(Location, entries);
    }

    public ScenarioMapping Without(string key) => new(Location, Entries.Where(e => e.Name != key).ToList());

    public override string Describe() => "a mapping";
}
