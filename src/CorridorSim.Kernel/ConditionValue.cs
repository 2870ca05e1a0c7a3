using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CorridorSim.Kernel;

/// <summary>
/// The value of a processed <see cref="Condition"/>: each sub-event that had happened, mapped to its value,
/// in sub-event order.
/// </summary>
/// <remarks>Lookups compare events by reference; enumeration order never depends on hash codes.</remarks>
public sealed class ConditionValue : IReadOnlyDictionary<Event, object?>
{
    private readonly List<KeyValuePair<Event, object?>> _entries = [];

    /// <summary>The number of sub-events that had happened.</summary>
    public int Count => _entries.Count;

    /// <summary>The sub-events that had happened, in sub-event order.</summary>
    public IEnumerable<Event> Keys => _entries.Select(e => e.Key);

    /// <summary>Their values, in sub-event order.</summary>
    public IEnumerable<object?> Values => _entries.Select(e => e.Value);

    /// <summary>The value of <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The event had not happened or is not a sub-event.</exception>
    public object? this[Event key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"{key} is not in this condition value.");

    /// <summary>True if <paramref name="key"/> had happened when the condition was processed.</summary>
    public bool ContainsKey(Event key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(Event key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _entries[index].Value : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<Event, object?>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void TryAdd(Event key, object? value)
    {
        if (IndexOf(key) < 0)
        {
            _entries.Add(new(key, value));
        }
    }

    private int IndexOf(Event key)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            if (ReferenceEquals(_entries[i].Key, key))
            {
                return i;
            }
        }

        return -1;
    }
}
