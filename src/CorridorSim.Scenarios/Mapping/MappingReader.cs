using System.Text.RegularExpressions;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Validation;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Scenarios.Files;
using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>
/// Reads the keys of one mapping into typed values, reporting every wrong type, missing required key and
/// value out of range; <see cref="Finish"/> then reports the keys nobody asked for, with the nearest known
/// key as a suggestion.
/// </summary>
/// <remarks>
/// A value that fails its checks comes back as a stand-in (NaN, 0, empty text, a zero constant) so that
/// mapping can go on and find further errors; the loader discards the spec whenever an error was reported.
/// </remarks>
internal sealed partial class MappingReader
{
    private readonly List<string> _known = [];
    private readonly MapContext _context;

    public MappingReader(ScenarioMapping node, string path, MapContext context, string? name = null)
    {
        Node = node;
        Path = path;
        _context = context;
        ItemName = name;
        context.Remember(path, node.Location);
    }

    public ScenarioMapping Node { get; }

    /// <summary>Key path of this mapping (<c>sea_services.aktau_alat_ferry</c>).</summary>
    public string Path { get; }

    /// <summary>For a list item, its <c>name</c>; empty when it had none (an error was reported).</summary>
    public string? ItemName { get; }

    public MapContext Context => _context;

    public string KeyPath(string key) => KeyPaths.Join(Path, key);

    /// <summary>Where the value of <paramref name="key"/> was written, or the mapping itself when it is absent.</summary>
    public SourceLocation LocationOf(string key) => Node.Find(key)?.Value.Location ?? Node.Location;

    public bool Has(string key) => Node.Find(key)?.Value is { } v && v is not ScenarioScalar { IsNull: true };

    /// <summary>Marks <paramref name="key"/> as known and returns its value, or null (reporting it when required) if absent.</summary>
    public ScenarioNode? Value(string key, bool required, string allowed)
    {
        if (!_known.Contains(key)) _known.Add(key);
        var entry = Node.Find(key);
        if (entry is null || entry.Value is ScenarioScalar { IsNull: true })
        {
            if (required) _context.Error(Node.Location, KeyPath(key), $"the required key '{key}' is missing", null, allowed);
            return null;
        }

        _context.Remember(KeyPath(key), entry.Value.Location);
        return entry.Value;
    }

    public string Text(string key, string? fallback, string allowed = "text")
    {
        var node = Value(key, fallback is null, allowed);
        if (node is null) return fallback ?? "";
        if (node is ScenarioScalar scalar) return scalar.Value;
        WrongType(key, node, allowed);
        return "";
    }

    /// <summary>A reference to another item by its name (a facility, a regime).</summary>
    public string Reference(string key, string what) => Text(key, null, $"the name of {what}");

    public double Number(string key, NumberRule rule, double? fallback) =>
        Value(key, fallback is null, rule.Describe()) is { } node ? CheckNumber(node, KeyPath(key), rule) : fallback ?? double.NaN;

    /// <summary>Like <see cref="Number"/> but null when absent: for keys whose absence means something.</summary>
    public double? OptionalNumber(string key, NumberRule rule) =>
        Value(key, false, rule.Describe()) is { } node ? CheckNumber(node, KeyPath(key), rule) : null;

    public int Whole(string key, NumberRule rule, int? fallback)
    {
        var value = Number(key, rule, fallback);
        return double.IsNaN(value) ? 0 : (int)value;
    }

    public bool Flag(string key, bool fallback)
    {
        var node = Value(key, false, "true or false");
        if (node is null) return fallback;
        if (node is ScenarioScalar scalar && ScalarValues.TryBool(scalar) is { } value) return value;
        _context.Error(node.Location, KeyPath(key), $"{node.Describe()} is not true or false", Shown(node), "true or false");
        return fallback;
    }

    public TEnum Choice<TEnum>(string key, TEnum? fallback) where TEnum : struct, Enum =>
        fallback is { } value && !Has(key) ? Choice<TEnum>(key, required: false) ?? value : Choice<TEnum>(key, required: true) ?? default;

    /// <summary>One of the enum's snake_case words; null (reported) when absent, misspelt or not a word.</summary>
    public TEnum? Choice<TEnum>(string key, bool required) where TEnum : struct, Enum
    {
        var members = SnakeCase.Members<TEnum>();
        var allowed = "one of " + string.Join(", ", members.Select(m => m.Word));
        var node = Value(key, required, allowed);
        if (node is null) return null;
        if (node is ScenarioScalar scalar)
        {
            foreach (var (word, value) in members)
                if (word == scalar.Value) return value;
            var hint = NameSuggestion.Nearest(scalar.Value, members.Select(m => m.Word)) is { } near ? $" (did you mean '{near}'?)" : "";
            _context.Error(node.Location, KeyPath(key), $"'{scalar.Value}' is not a known {key}{hint}", scalar.Value, allowed);
            return null;
        }

        WrongType(key, node, allowed);
        return null;
    }

    public DistributionSpec Distribution(string key, DistributionSpec? fallback)
    {
        var node = Value(key, fallback is null, DistributionReader.Allowed);
        return node is null ? fallback ?? DistributionSpec.Constant(0) : DistributionReader.Read(node, KeyPath(key), _context);
    }

    /// <summary>A list of numbers; <paramref name="count"/> demands exactly that many.</summary>
    public IReadOnlyList<double>? Numbers(string key, NumberRule rule, int? count, bool required)
    {
        var allowed = count is { } n ? $"a list of {n} numbers, each {rule.Describe()}" : $"a list of numbers, each {rule.Describe()}";
        var node = Value(key, required, allowed);
        if (node is null) return null;
        return ReadNumbers(node, KeyPath(key), rule, count, allowed, _context);
    }

    /// <summary>The list at <paramref name="key"/>, or null when it is absent or not a list (reported as such).</summary>
    private ScenarioSequence? Sequence(string key, bool required, string allowed)
    {
        var node = Value(key, required, allowed);
        if (node is null) return null;
        if (node is ScenarioSequence sequence) return sequence;
        WrongType(key, node, allowed);
        return null;
    }

    /// <summary>The key path of item <paramref name="index"/> of a list, remembered at the item's location.</summary>
    private string ItemPath(string key, ScenarioSequence sequence, int index)
    {
        var path = KeyPaths.Index(KeyPath(key), index);
        _context.Remember(path, sequence.Items[index].Location);
        return path;
    }

    /// <summary>A list of names referring to other items.</summary>
    public IReadOnlyList<string> Names(string key, int minCount, string what)
    {
        var sequence = Sequence(key, minCount > 0, $"a list of names of {what}");
        if (sequence is null) return [];

        var names = new List<string>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var path = ItemPath(key, sequence, i);
            if (sequence.Items[i] is ScenarioScalar { IsNull: false } scalar) names.Add(scalar.Value);
            else
            {
                _context.Error(sequence.Items[i].Location, path, $"{sequence.Items[i].Describe()} is not a name", null, $"the name of {what}");
                names.Add("");
            }
        }

        if (names.Count < minCount)
            _context.Error(sequence.Location, KeyPath(key), $"the list has {names.Count} names", null, $"at least {minCount} names of {what}");
        return names;
    }

    /// <summary>A nested mapping (a customs post, a border side), or null when absent.</summary>
    public MappingReader? Mapping(string key, bool required, string allowed)
    {
        var node = Value(key, required, allowed);
        if (node is null) return null;
        if (node is ScenarioMapping mapping) return new MappingReader(mapping, KeyPath(key), _context);
        WrongType(key, node, allowed);
        return null;
    }

    /// <summary>Reports every key of this mapping that no reader asked for.</summary>
    public void Finish()
    {
        foreach (var entry in Node.Entries)
        {
            if (_known.Contains(entry.Name)) continue;
            if (_context.Bag.IsFull)
            {
                _context.Error(entry.Key.Location, KeyPath(entry.Name), "unknown key");
                continue;
            }

            var hint = NameSuggestion.Nearest(entry.Name, _known) is { } near ? $" (did you mean '{near}'?)" : "";
            _context.Error(entry.Key.Location, KeyPath(entry.Name), $"unknown key '{entry.Name}'{InvisibleCharacters.Note(entry.Name)}{hint}", entry.Name,
                "one of " + string.Join(", ", _known));
        }
    }

    public void WrongType(string key, ScenarioNode node, string allowed) =>
        _context.Error(node.Location, KeyPath(key), $"{node.Describe()} is not allowed here", Shown(node), allowed);

    internal static double CheckNumber(ScenarioNode node, string keyPath, NumberRule rule, MapContext context)
    {
        if (node is not ScenarioScalar scalar)
        {
            context.Error(node.Location, keyPath, $"{node.Describe()} is not a number", null, rule.Describe());
            return double.NaN;
        }

        switch (ScalarValues.TryNumber(scalar, out var value))
        {
            case ScalarValues.NumberKind.NotANumber:
                var quoted = scalar.IsPlain ? "" : " (remove the quotes)";
                context.Error(node.Location, keyPath, $"{scalar.Describe()} is not a number{quoted}", scalar.Value, rule.Describe());
                return double.NaN;
            case ScalarValues.NumberKind.NotFinite:
                context.Error(node.Location, keyPath, $"{scalar.Value} is not a finite number", scalar.Value, rule.Describe());
                return double.NaN;
        }

        if (rule.Violation(value) is { } allowed)
        {
            var message = rule.Whole && value != Math.Floor(value) ? $"{scalar.Value} is not a whole number"
                : value >= rule.Max ? $"{scalar.Value} is too large"
                : $"{scalar.Value} is not allowed";
            context.Error(node.Location, keyPath, message, scalar.Value, allowed);
            return double.NaN;
        }

        return value;
    }

    internal static IReadOnlyList<double>? ReadNumbers(ScenarioNode node, string keyPath, NumberRule rule, int? count, string allowed, MapContext context)
    {
        if (node is not ScenarioSequence sequence)
        {
            context.Error(node.Location, keyPath, $"{node.Describe()} is not allowed here", Shown(node), allowed);
            return null;
        }

        if (count is { } n && sequence.Items.Count != n)
            context.Error(node.Location, keyPath, $"the list has {sequence.Items.Count} numbers", sequence.Items.Count.ToString(), allowed);
        var values = new List<double>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var path = KeyPaths.Index(keyPath, i);
            context.Remember(path, sequence.Items[i].Location);
            values.Add(CheckNumber(sequence.Items[i], path, rule, context));
        }

        return values;
    }

    private double CheckNumber(ScenarioNode node, string keyPath, NumberRule rule) => CheckNumber(node, keyPath, rule, _context);

    private static string? Shown(ScenarioNode node) => node is ScenarioScalar s ? s.Value : null;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")]
    internal static partial Regex NamePattern();
}
