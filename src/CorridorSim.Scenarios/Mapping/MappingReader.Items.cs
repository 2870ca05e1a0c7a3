using CorridorSim.Scenarios.Files;
using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>Reading lists of named items (<c>ports:</c>, <c>flows:</c>, <c>routes:</c>).</summary>
internal sealed partial class MappingReader
{
    /// <summary>
    /// The items of a named list, each a reader whose path names the item (<c>ports.aktau</c>), or holds its
    /// index when the name is missing, invalid or repeated (<c>ports[2]</c>).
    /// </summary>
    public IReadOnlyList<MappingReader> Items(string key, bool required, string what)
    {
        var allowed = $"a list of {what}, each a mapping with a name";
        var sequence = Sequence(key, required, allowed);
        if (sequence is null) return [];

        var listPath = KeyPath(key);
        if (required && sequence.Items.Count == 0)
            _context.Error(sequence.Location, listPath, "the list is empty", null, $"at least one of {what}");

        var readers = new List<MappingReader>();
        var firstSeen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var indexPath = KeyPaths.Index(listPath, i);
            if (sequence.Items[i] is not ScenarioMapping item)
            {
                _context.Error(sequence.Items[i].Location, indexPath, $"{sequence.Items[i].Describe()} is not allowed in this list",
                    null, $"a mapping with a name and the keys of {what}");
                continue;
            }

            var name = ReadItemName(item, indexPath);
            var path = indexPath;
            if (name is not null && firstSeen.TryGetValue(name, out var first))
                _context.Error(item.Find("name")!.Value.Location, KeyPaths.Join(indexPath, "name"),
                    $"the name '{name}' is used twice in {listPath} (first on line {first.Line})", name, "a name not used before in this list");
            else if (name is not null)
            {
                firstSeen[name] = item.Find("name")!.Value.Location;
                path = KeyPaths.Join(listPath, name);
            }

            var reader = new MappingReader(item, path, _context, name ?? "");
            reader.Value("name", false, "a name");
            readers.Add(reader);
        }

        return readers;
    }

    private string? ReadItemName(ScenarioMapping item, string indexPath)
    {
        var allowed = "a name of letters, digits, '_' and '-' (at most 100 characters; it is used in --set paths and CSV columns)";
        var entry = item.Find("name");
        if (entry is null || entry.Value is ScenarioScalar { IsNull: true })
        {
            _context.Error(item.Location, KeyPaths.Join(indexPath, "name"), "the required key 'name' is missing", null, allowed);
            return null;
        }

        if (entry.Value is ScenarioScalar scalar && NamePattern().IsMatch(scalar.Value)) return scalar.Value;
        var shown = entry.Value is ScenarioScalar s ? s.Value : null;
        _context.Error(entry.Value.Location, KeyPaths.Join(indexPath, "name"), $"{entry.Value.Describe()} is not a usable name", shown, allowed);
        return null;
    }
}
