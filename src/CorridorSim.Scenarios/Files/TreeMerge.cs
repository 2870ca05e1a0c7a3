using CorridorSim.Corridor.Validation;
using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios.Files;

/// <summary>
/// The deep merge behind <c>extends</c>: the child file's values laid over its parent's.
/// </summary>
/// <remarks>
/// Mappings merge key by key; a key set to null (<c>key: ~</c>) removes the parent's value. A distribution
/// that names its family (<c>dist:</c>) replaces the parent's whole, because parameters of two families do
/// not mix; one without <c>dist:</c> changes only the parameters it names. Lists of named items
/// (<see cref="NamedLists"/>) merge by <c>name</c>: a known name is merged, a new one appended, and
/// <c>remove: true</c> drops the parent's item. Any other list replaces the parent's. Every value keeps the
/// location of the file that wrote it.
/// </remarks>
internal static class TreeMerge
{
    public static ScenarioMapping Merge(ScenarioMapping parent, ScenarioMapping child, string path, DiagnosticBag bag)
    {
        var entries = parent.Entries.ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++) index[entries[i].Name] = i;
        var removed = new HashSet<string>(StringComparer.Ordinal);

        foreach (var entry in child.Entries)
        {
            var keyPath = KeyPaths.Join(path, entry.Name);
            var found = index.TryGetValue(entry.Name, out var at) && !removed.Contains(entry.Name);
            if (entry.Value is ScenarioScalar { IsNull: true })
            {
                if (found) removed.Add(entry.Name);
                continue;
            }

            if (!found)
            {
                index[entry.Name] = entries.Count;
                removed.Remove(entry.Name);
                entries.Add(entry);
                continue;
            }

            entries[at] = new ScenarioEntry(entry.Key, MergeValue(entries[at].Value, entry.Value, entry.Name, keyPath, bag));
        }

        return new ScenarioMapping(child.Location, entries.Where(e => !removed.Contains(e.Name)).ToList());
    }

    private static ScenarioNode MergeValue(ScenarioNode parent, ScenarioNode child, string key, string keyPath, DiagnosticBag bag) =>
        (parent, child) switch
        {
            (ScenarioMapping p, ScenarioMapping c) when c.Find("dist") is null => Merge(p, c, keyPath, bag),
            (ScenarioSequence p, ScenarioSequence c) when NamedLists.IsNamedList(key) => MergeNamed(p, c, keyPath, bag),
            _ => child,
        };

    private static ScenarioSequence MergeNamed(ScenarioSequence parent, ScenarioSequence child, string keyPath, DiagnosticBag bag)
    {
        // Removed items become null in place, so the positions in the name index stay valid.
        var items = parent.Items.Select(i => (ScenarioNode?)i).ToList();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
            if (ItemName(items[i]!) is { } parentName) byName.TryAdd(parentName, i);

        foreach (var item in child.Items)
        {
            var name = ItemName(item);
            if (item is not ScenarioMapping mapping || name is null)
            {
                items.Add(item);
                continue;
            }

            var itemPath = KeyPaths.Join(keyPath, name);
            var existing = byName.TryGetValue(name, out var at) ? at : -1;
            var remove = mapping.Find("remove");
            if (remove is not null)
            {
                mapping = mapping.Without("remove");
                if (remove.Value is not ScenarioScalar { IsPlain: true, Value: "true" or "false" })
                {
                    bag.Error(remove.Value.Location, KeyPaths.Join(itemPath, "remove"), $"{remove.Value.Describe()} is not allowed", null, "true or false");
                    continue;
                }

                if (remove.Value is ScenarioScalar { Value: "true" })
                {
                    if (existing >= 0)
                    {
                        items[existing] = null;
                        byName.Remove(name);
                    }
                    else
                    {
                        bag.Error(remove.Key.Location, itemPath, $"remove: the parent scenario has no item named '{name}' here",
                            name, NameList(items.OfType<ScenarioNode>()));
                    }

                    continue;
                }
            }

            if (existing >= 0 && items[existing] is ScenarioMapping old) items[existing] = Merge(old, mapping, itemPath, bag);
            else
            {
                byName.TryAdd(name, items.Count);
                items.Add(mapping);
            }
        }

        return new ScenarioSequence(child.Location, items.OfType<ScenarioNode>().ToList());
    }

    private static string? ItemName(ScenarioNode item) =>
        item is ScenarioMapping m && m.Find("name")?.Value is ScenarioScalar { IsNull: false } s ? s.Value : null;

    private static string NameList(IEnumerable<ScenarioNode> items)
    {
        var names = items.Select(ItemName).OfType<string>().ToList();
        return names.Count == 0 ? "no items to remove" : "one of " + NameSuggestion.List(names);
    }
}
