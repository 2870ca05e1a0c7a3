using YamlDotNet.RepresentationModel;

namespace CorridorSim.Testing;

/// <summary>
/// A scenario document as a flat map from key path to scalar value, with paths written the way
/// <c>--set</c> writes them: list items that have a <c>name</c> are addressed by it
/// (<c>sea_services.kuryk_alat_ferry.vessels</c>), other list items by index (<c>via[2]</c>).
/// </summary>
/// <remarks>
/// A distribution (a mapping with a <c>dist</c> key) is one value, written <c>{dist: triangular, max: 24, min: 16, mode: 18}</c>
/// with its other keys sorted: replacing a distribution is one change, not one per parameter.
/// </remarks>
public static class YamlKeyPaths
{
    /// <summary>The key paths of a scenario file, as written (its <c>extends</c> is a key like any other).</summary>
    public static IReadOnlyDictionary<string, string> OfFile(string path) => OfText(File.ReadAllText(path));

    /// <summary>The key paths of a scenario document given as text.</summary>
    public static IReadOnlyDictionary<string, string> OfText(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var paths = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (stream.Documents.Count > 0) Flatten(stream.Documents[0].RootNode, "", paths);
        return paths;
    }

    /// <summary>Every key path whose value differs between the two maps, or that only one of them has, sorted.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Keys.Union(b.Keys)
            .Where(k => !a.TryGetValue(k, out var va) || !b.TryGetValue(k, out var vb) || va != vb)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static void Flatten(YamlNode node, string path, IDictionary<string, string> paths)
    {
        switch (node)
        {
            case YamlMappingNode mapping when mapping.Children.ContainsKey(new YamlScalarNode("dist")):
                var parameters = mapping.Children
                    .Select(p => (Key: ((YamlScalarNode)p.Key).Value!, Value: (p.Value as YamlScalarNode)?.Value ?? p.Value.ToString()))
                    .OrderBy(p => p.Key == "dist" ? "" : p.Key, StringComparer.Ordinal)
                    .Select(p => $"{p.Key}: {p.Value}");
                paths[path] = "{" + string.Join(", ", parameters) + "}";
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                    Flatten(value, Join(path, ((YamlScalarNode)key).Value!), paths);
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var item = sequence.Children[i];
                    var name = item is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n is YamlScalarNode s
                        ? s.Value
                        : null;
                    Flatten(item, name is null ? $"{path}[{i}]" : Join(path, name), paths);
                }

                if (sequence.Children.Count == 0) paths[path] = "[]";
                break;
            case YamlScalarNode scalar:
                paths[path] = scalar.Value ?? "";
                break;
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
