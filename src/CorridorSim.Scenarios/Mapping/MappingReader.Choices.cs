using CorridorSim.Corridor.Validation;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Scenarios.Files;
using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>Lists of enum words (<c>regime_effects: [pre_arrival, single_window]</c>) and optional references.</summary>
internal sealed partial class MappingReader
{
    /// <summary>A list of the enum's snake_case words; an empty list (<c>[]</c>) is allowed and means none.</summary>
    public IReadOnlyList<TEnum> Choices<TEnum>(string key, bool required) where TEnum : struct, Enum
    {
        var members = SnakeCase.Members<TEnum>();
        var words = string.Join(", ", members.Select(m => m.Word));
        var allowed = $"a list of any of {words}, or [] for none";
        var sequence = Sequence(key, required, allowed);
        if (sequence is null) return [];

        var values = new List<TEnum>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var path = ItemPath(key, sequence, i);
            var match = sequence.Items[i] is ScenarioScalar { IsNull: false } scalar ? members.Where(m => m.Word == scalar.Value).Select(m => (TEnum?)m.Value).FirstOrDefault() : null;
            if (match is { } value)
            {
                if (!values.Contains(value)) values.Add(value);
                continue;
            }

            var text = (sequence.Items[i] as ScenarioScalar)?.Value;
            var hint = text is not null && NameSuggestion.Nearest(text, members.Select(m => m.Word)) is { } near ? $" (did you mean '{near}'?)" : "";
            _context.Error(sequence.Items[i].Location, path, $"{sequence.Items[i].Describe()} is not a known {key} word{hint}", text, $"one of {words}");
        }

        return values;
    }

    /// <summary>The name of another item, or null when the key is absent.</summary>
    public string? OptionalReference(string key, string what) => Has(key) ? Reference(key, what) : Known(key);

    /// <summary>Marks <paramref name="key"/> as known without reading it (a key reported otherwise); returns null.</summary>
    public string? Known(string key)
    {
        if (!_known.Contains(key)) _known.Add(key);
        return null;
    }
}
