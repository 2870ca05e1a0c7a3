using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CorridorSim.Kernel;

/// <summary>
/// The value of a processed <see cref="Condition"/>: each sub-event that had happened, mapped to its value,
/// in sub-event order.
/// </summary>
/// <remarks>
/// Lookups compare events by reference; enumeration order never depends on hash codes.
/// Implementation note: a handful of entries are found by a scan; past <see cref="ScanLimit"/> a
/// reference-keyed index is built, which is only ever looked up, never enumerated, so collecting the value of
/// a condition over n sub-events costs O(n) rather than O(n²).
/// </remarks>
public sealed class ConditionValue : IReadOnlyDictionary<Event, object?>
{
    private const int ScanLimit = 8;
    private readonly List<KeyValuePair<Event, object?>> _entries = [];
    private Dictionary<Event, int>? _index;

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
        if (_index is not null)
        {
            if (_index.TryAdd(key, _entries.Count))
            {
                _entries.Add(new(key, value));
            }

            return;
        }

        if (IndexOf(key) >= 0)
        {
            return;
        }

        _entries.Add(new(key, value));
        if (_entries.Count > ScanLimit)
        {
            _index = new Dictionary<Event, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < _entries.Count; i++)
            {
                _index.Add(_entries[i].Key, i);
            }
        }
    }

    private int IndexOf(Event key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var found) ? found : -1;
        }

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
