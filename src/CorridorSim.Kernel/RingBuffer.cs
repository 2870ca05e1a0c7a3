using System.Collections;

namespace CorridorSim.Kernel;

/// <summary>
/// A growable circular array of store items: O(1) at both ends; an insert or removal in the middle shifts the
/// shorter side.
/// </summary>
/// <remarks>
/// Items mostly leave from the head; the middle is used by a priority store's ordered insert and a filter
/// store's take, where shifting beats a linked structure's allocations. Queues of requests, puts and gets,
/// which renege from anywhere, use <see cref="TicketQueue{T}"/> instead.
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
        if (index < _count - index)
        {
            // Nearer the head: open the gap by moving the items before it one slot towards the front.
            _head = _head == 0 ? _items.Length - 1 : _head - 1;
            _count++;
            for (var i = 0; i < index; i++)
            {
                this[i] = this[i + 1];
            }
        }
        else
        {
            _count++;
            for (var i = _count - 1; i > index; i--)
            {
                this[i] = this[i - 1];
            }
        }

        this[index] = item;
    }

    public T RemoveAt(int index)
    {
        if (index == 0)
        {
            return RemoveFirst();
        }

        var item = this[index];
        if (index < _count - 1 - index)
        {
            // Nearer the head: close the gap by moving the items before it one slot towards the back.
            for (var i = index; i > 0; i--)
            {
                this[i] = this[i - 1];
            }

            RemoveFirst();
            return item;
        }

        for (var i = index; i < _count - 1; i++)
        {
            this[i] = this[i + 1];
        }

        this[_count - 1] = default!;
        _count--;
        return item;
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
