using System.Collections;
using System.Globalization;
using System.Reflection;

namespace CorridorSim.Scenarios.Tests;

/// <summary>
/// A spec flattened to "path = value" leaves (the values it holds, not its computed views), so two specs can be compared value by value: record equality
/// compares lists by reference, and a list of leaves also says exactly which values differ. Items of a list
/// that have a <c>Name</c> are keyed by it.
/// </summary>
internal static class SpecCanonical
{
    public static IReadOnlyDictionary<string, string> Leaves(object? value)
    {
        var leaves = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(value, "", leaves);
        return leaves;
    }

    /// <summary>The leaf paths whose values differ between two specs (present in one only, or changed).</summary>
    public static IReadOnlyList<string> Differences(object? a, object? b)
    {
        var left = Leaves(a);
        var right = Leaves(b);
        return left.Keys.Union(right.Keys)
            .Where(k => !left.TryGetValue(k, out var x) || !right.TryGetValue(k, out var y) || x != y)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static string Text(object? value) => string.Join("\n", Leaves(value).Select(kv => $"{kv.Key} = {kv.Value}"));

    private static void Walk(object? value, string path, IDictionary<string, string> leaves)
    {
        switch (value)
        {
            case null:
                leaves[path] = "null";
                return;
            case string s:
                leaves[path] = $"\"{s}\"";
                return;
            case double d:
                leaves[path] = d.ToString("R", CultureInfo.InvariantCulture);
                return;
            case IFormattable or bool or Enum:
                leaves[path] = Convert.ToString(value, CultureInfo.InvariantCulture)!;
                return;
            case IEnumerable list:
                var index = 0;
                leaves[path + ".Count"] = list.Cast<object?>().Count().ToString(CultureInfo.InvariantCulture);
                foreach (var item in list)
                {
                    var key = item?.GetType().GetProperty("Name")?.GetValue(item) as string ?? index.ToString(CultureInfo.InvariantCulture);
                    Walk(item, $"{path}[{key}]", leaves);
                    index++;
                }

                return;
        }

        // Only the values a spec holds (positional and init properties): a computed view such as a border side's
        // TrainSteps repeats them and would list one change many times.
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanWrite))
            Walk(property.GetValue(value), path.Length == 0 ? property.Name : $"{path}.{property.Name}", leaves);
    }
}
