using System.Collections;

namespace CorridorSim.Kernel;

/// <summary>
/// A growable circular array: O(1) at both ends, O(n) insert and remove in the middle.
/// </summary>
/// <remarks>
/// Queues of requests and items are mostly served from the head; middle operations (renege, cancel,
/// priority insert, filter take) are rare enough that shifting beats a linked structure's allocations.
/// </remarks>
internal sealed class RingBuffer<T> : IReadOnlyList<T>
{
    private T[] _items = new T[4];
    private int _head;
    private int _count;

    public int Count => _count;

    public T this[int index]
    {
        get => _items[Slot(index)];
        set => _items[Slot(index)] = value;
    }

    public void Add(T item)
    {
        EnsureRoom();
        _items[Slot(_count)] = item;
        _count++;
    }

    public T RemoveFirst()
    {
        var item = _items[_head];
        _items[_head] = default!;
        _head = _head + 1 == _items.Length ? 0 : _head + 1;
        _count--;
        return item;
    }

    public void Insert(int index, T item)
    {
        EnsureRoom();
        _count++;
        for (var i = _count - 1; i > index; i--)
        {
            this[i] = this[i - 1];
        }

        this[index] = item;
    }

    public T RemoveAt(int index)
    {
        var item = this[index];
        for (var i = index; i < _count - 1; i++)
        {
            this[i] = this[i + 1];
        }

        this[_count - 1] = default!;
        _count--;
        return item;
    }

    public int IndexOf(T item)
    {
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _count; i++)
        {
            if (comparer.Equals(this[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Slot(int index)
    {
        var slot = _head + index;
        return slot >= _items.Length ? slot - _items.Length : slot;
    }

    private void EnsureRoom()
    {
        if (_count < _items.Length)
        {
            return;
        }

        var grown = new T[_items.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            grown[i] = this[i];
        }

        _items = grown;
        _head = 0;
    }
}
