using CorridorSim.Corridor.Validation;
namespace CorridorSim.Scenarios.Yaml;

/// <summary>A scalar as written: its text and whether it was plain (unquoted, untagged), which alone may be a number, boolean or null.</summary>
internal sealed class ScenarioScalar(SourceLocation location, string value, bool isPlain) : ScenarioNode(location, 1)
{
    private static readonly HashSet<string> NullWords = ["", "~", "null", "Null", "NULL"];

    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    /// <summary>An empty value, <c>~</c> or <c>null</c>: treated as if the key were absent.</summary>
    public bool IsNull => IsPlain && NullWords.Contains(Value);

    public override string Describe() =>
        (IsNull ? "nothing" : IsPlain ? $"'{Value}'" : $"the string \"{Value}\"") + (IsNull ? "" : InvisibleCharacters.Note(Value));
}
