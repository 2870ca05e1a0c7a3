using System.Numerics;
using System.Runtime.CompilerServices;

namespace CorridorSim.Corridor.Statistics;

/// <summary>
/// A list that only grows, kept in chunks small enough never to be allocated on the large-object heap.
/// </summary>
/// <remarks>
/// Implementation note: a replication keeps tens of thousands of transit times and daily snapshots. In one
/// array they are large objects, and a large-object allocation per replication is what triggered most of
/// the full (generation 2) collections of a parallel run, each of which stops every worker. In chunks of
/// 64 KB they are ordinary short-lived objects; the first chunk grows like a list's array, so a small sample
/// costs little.
/// </remarks>
/// <typeparam name="T">What is kept.</typeparam>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private static readonly int Shift = BitOperations.Log2((uint)(65_536 / Unsafe.SizeOf<T>()));

    /// <summary>Items in every chunk but a short first one: 64 KB of them, under the 85,000-byte large-object threshold.</summary>
    internal static readonly int ItemsPerChunk = 1 << Shift;
    private static readonly int Mask = ItemsPerChunk - 1;

    private readonly List<T[]> _chunks = [];

    /// <summary>An empty list whose first chunk holds <paramref name="initial"/> items (at most one chunk) before it grows.</summary>
    public ChunkedList(int initial = 16)
    {
        _chunks.Add(new T[Math.Clamp(initial, 1, ItemsPerChunk)]);
    }

    /// <summary>Items kept.</summary>
    public int Count { get; private set; }

    /// <summary>The item at <paramref name="index"/>; replacing one keeps the count.</summary>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _chunks[index >> Shift][index & Mask];
        }

        set
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            _chunks[index >> Shift][index & Mask] = value;
        }
    }

    /// <summary>Adds <paramref name="item"/> at the end.</summary>
    public void Add(T item)
    {
        var chunk = _chunks[^1];
        var at = Count & Mask;
        if (Count > 0 && at == 0)
        {
            chunk = new T[ItemsPerChunk];
            _chunks.Add(chunk);
        }
        else if (at == chunk.Length)
        {
            // Only the first chunk is ever short: it doubles until it is a whole chunk.
            Array.Resize(ref chunk, Math.Min(chunk.Length * 2, ItemsPerChunk));
            _chunks[0] = chunk;
        }

        chunk[at] = item;
        Count++;
    }

    /// <summary>Copies every item, in order, to the start of <paramref name="destination"/>.</summary>
    public void CopyTo(Span<T> destination)
    {
        var left = Count;
        foreach (var chunk in _chunks)
        {
            var length = Math.Min(left, chunk.Length);
            chunk.AsSpan(0, length).CopyTo(destination);
            destination = destination[length..];
            left -= length;
            if (left == 0) break;
        }
    }

    /// <summary>The items in order.</summary>
    public IEnumerator<T> GetEnumerator()
    {
        var left = Count;
        foreach (var chunk in _chunks)
        {
            var length = Math.Min(left, chunk.Length);
            for (var i = 0; i < length; i++) yield return chunk[i];
            left -= length;
            if (left == 0) yield break;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
