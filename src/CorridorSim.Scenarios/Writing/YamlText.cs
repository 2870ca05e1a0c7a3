using System.Globalization;
using System.Text;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Scenarios.Mapping;

namespace CorridorSim.Scenarios.Writing;

/// <summary>
/// Writes YAML text line by line in the scenario style: block mappings and lists, distributions and number
/// lists in flow style, numbers in their shortest round-trip form, text quoted unless it is a plain name.
/// </summary>
internal sealed class YamlText
{
    private readonly StringBuilder _text = new();

    public void Comment(string text) => _text.Append("# ").Append(text).Append('\n');

    public void Key(int indent, string key) => Line(indent, $"{key}:");

    public void Pair(int indent, string key, string value) => Line(indent, $"{key}: {value}");

    /// <summary>The first key of a list item: <c>- name: aktau</c>.</summary>
    public void Item(int indent, string key, string value) => Line(indent, $"- {key}: {value}");

    public override string ToString() => _text.ToString();

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Numbers(IEnumerable<double> values) => $"[{string.Join(", ", values.Select(Number))}]";

    public static string Words(IEnumerable<string> values) => $"[{string.Join(", ", values.Select(Text))}]";

    public static string Word<TEnum>(TEnum value) where TEnum : struct, Enum => SnakeCase.Of(value);

    /// <summary>Plain when it reads back as the same text, double-quoted with escapes otherwise.</summary>
    public static string Text(string value)
    {
        if (MappingReader.NamePattern().IsMatch(value) && value is not ("null" or "Null" or "NULL")) return value;
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    public static string Distribution(DistributionSpec d)
    {
        var parts = new List<string> { $"dist: {Word(d.Kind)}" };
        void Add(string key, double? value)
        {
            if (value is { } v) parts.Add($"{key}: {Number(v)}");
        }

        switch (d.Kind)
        {
            case DistributionKind.Constant:
                Add("value", d.Value);
                break;
            case DistributionKind.Exponential:
                Add("mean", d.Mean);
                break;
            case DistributionKind.Uniform:
                Add("min", d.Min);
                Add("max", d.Max);
                break;
            case DistributionKind.Triangular:
                Add("min", d.Min);
                Add("mode", d.Mode);
                Add("max", d.Max);
                break;
            case DistributionKind.Normal:
            case DistributionKind.LogNormal:
                Add("mean", d.Mean);
                Add("sd", d.Sd);
                break;
            case DistributionKind.Empirical:
                parts.Add($"values: {Numbers(d.Values ?? [])}");
                if (d.Weights is not null) parts.Add($"weights: {Numbers(d.Weights)}");
                break;
        }

        return $"{{ {string.Join(", ", parts)} }}";
    }

    private void Line(int indent, string text) => _text.Append(' ', indent * 2).Append(text).Append('\n');
}
