namespace CorridorSim.Scenarios;

/// <summary>
/// One command-line override, <c>key.path=value</c>: a dot path through the scenario (list items named by their
/// <c>name</c>, plain lists by index) and a YAML value (a number, a boolean, text, or a flow mapping such
/// as <c>{ dist: constant, value: 5 }</c>; empty means "back to the default").
/// </summary>
/// <param name="Text">The override as written.</param>
/// <param name="KeyPath">The part before the first <c>=</c>, trimmed.</param>
/// <param name="ValueText">The part after it, or null when there is no <c>=</c> (reported when applied).</param>
public sealed record ScenarioOverride(string Text, string KeyPath, string? ValueText);
