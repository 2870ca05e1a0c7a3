namespace CorridorSim.Scenarios.Yaml;

/// <summary>One key and its value in a mapping; the key keeps its own location for "unknown key" errors.</summary>
internal sealed record ScenarioEntry(ScenarioScalar Key, ScenarioNode Value)
{
    public string Name => Key.Value;
}
