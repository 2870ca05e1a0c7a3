using CorridorSim.Corridor.Validation;
using CorridorSim.Scenarios.Files;
using CorridorSim.Scenarios.Mapping;
using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios.Overrides;

/// <summary>
/// Applies one <c>--set</c> override to a document: walks the dot path (named list items by name, plain lists by
/// index), creating missing mappings on the way, and replaces the value at its end.
/// </summary>
/// <remarks>
/// A path into a key the scenario does not have is created rather than refused, because an optional key
/// that was left at its default must be settable; a misspelt key is then reported by the mapping with a
/// "did you mean", like one written in a file. A list item that does not exist is refused here, with the
/// nearest item name.
/// </remarks>
internal static class OverrideApplier
{
    public const string Source = "--set";

    public static ScenarioMapping Apply(ScenarioMapping root, ScenarioOverride change, DiagnosticBag bag)
    {
        var at = SourceLocation.FileOnly(Source);
        if (change.ValueText is null || change.KeyPath.Length == 0)
        {
            bag.Error(at, change.KeyPath, $"'{change.Text}' is not an override", change.Text, "key.path=value, e.g. sea_services.aktau_alat_ferry.vessels=8");
            return root;
        }

        var segments = change.KeyPath.Split('.');
        if (segments.Any(s => s.Trim().Length == 0))
        {
            bag.Error(at, change.KeyPath, $"the key path '{change.KeyPath}' has an empty part", change.KeyPath, "names separated by single dots");
            return root;
        }

        var parsing = new DiagnosticBag();
        var value = YamlTreeReader.ReadValue(change.ValueText, Source, parsing, change.KeyPath);

        // A line within a one-line value says nothing; the key path names the override.
        bag.AddErrors(parsing.Errors.Select(e => e with { Line = 0, Column = 0, BadValue = change.ValueText }));
        if (value is null) return root;
        var walk = new Walk(segments.Select(s => s.Trim()).ToArray(), Relocate(value), bag);
        return walk.Into(root, 0, "") as ScenarioMapping ?? root;
    }

    /// <summary>Values from the command line have no file line; they are placed at <c>--set</c> itself.</summary>
    private static ScenarioNode Relocate(ScenarioNode node)
    {
        var at = SourceLocation.FileOnly(Source);
        return node switch
        {
            ScenarioScalar s => new ScenarioScalar(at, s.Value, s.IsPlain),
            ScenarioSequence s => new ScenarioSequence(at, s.Items.Select(Relocate).ToList()),
            ScenarioMapping m => new ScenarioMapping(at, m.Entries.Select(e => new ScenarioEntry(
                new ScenarioScalar(at, e.Key.Value, e.Key.IsPlain), Relocate(e.Value))).ToList()),
            _ => node,
        };
    }

    private sealed class Walk(string[] segments, ScenarioNode value, DiagnosticBag bag)
    {
        private static readonly SourceLocation At = SourceLocation.FileOnly(Source);

        /// <summary>The node with the rest of the path set below it, or null when the path cannot be followed.</summary>
        public ScenarioNode? Into(ScenarioNode node, int index, string path)
        {
            var segment = segments[index];
            var here = KeyPaths.Join(path, segment);
            var last = index == segments.Length - 1;
            switch (node)
            {
                case ScenarioMapping mapping:
                    {
                        var key = new ScenarioScalar(At, segment, true);
                        if (last) return value is ScenarioScalar { IsNull: true } ? mapping.Without(segment) : mapping.With(key, value);
                        var child = mapping.Find(segment)?.Value ?? new ScenarioMapping(At, []);
                        var changed = Into(child, index + 1, here);
                        return changed is null ? null : mapping.With(mapping.Find(segment)?.Key ?? key, changed);
                    }

                case ScenarioSequence sequence:
                    return IntoList(sequence, segment, index, path, last);
                case ScenarioScalar { IsNull: true }:
                    return Into(new ScenarioMapping(At, []), index, path);
                default:
                    bag.Error(At, here, $"'{path}' is {node.Describe()}, which has no key '{segment}'", segment, $"a path that ends at '{path}'");
                    return null;
            }
        }

        private ScenarioNode? IntoList(ScenarioSequence sequence, string segment, int index, string path, bool last)
        {
            var here = KeyPaths.Join(path, segment);
            var names = sequence.Items.Select(ItemName).ToList();
            var position = names.IndexOf(segment);
            var byName = position >= 0;
            if (!byName && names.All(n => n is null) &&
                int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) &&
                number < sequence.Items.Count)
                position = number;
            if (position < 0)
            {
                var known = names.OfType<string>().ToList();
                var hint = NameSuggestion.Nearest(segment, known) is { } near ? $" (did you mean '{near}'?)" : "";
                var allowed = known.Count > 0 ? "one of " + NameSuggestion.List(known) : $"an index from 0 to {sequence.Items.Count - 1}";
                bag.Error(At, here, $"'{path}' has no item '{segment}'{hint}", segment, allowed);
                return null;
            }

            var items = sequence.Items.ToList();
            if (last)
            {
                if (byName)
                {
                    bag.Error(At, here, $"'{here}' is a whole item; set one of its keys instead", segment, $"{here}.<key>=value");
                    return null;
                }

                items[position] = value;
                return new ScenarioSequence(sequence.Location, items);
            }

            var changed = Into(items[position], index + 1, here);
            if (changed is null) return null;
            items[position] = changed;
            return new ScenarioSequence(sequence.Location, items);
        }

        private static string? ItemName(ScenarioNode item) =>
            item is ScenarioMapping m && m.Find("name")?.Value is ScenarioScalar { IsNull: false } s ? s.Value : null;
    }
}
