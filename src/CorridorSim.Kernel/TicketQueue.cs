using System.Collections;

namespace CorridorSim.Kernel;

/// <summary>
/// A first-in, first-out sequence whose entries can also leave from the middle in O(1): the waiting requests
/// of a resource, the units it has granted, the puts and gets of a store or container.
/// </summary>
/// <remarks>
/// <para>
/// Implementation note: every entry holds a ticket, its absolute position in the sequence, so leaving from the
/// middle (a renege, a cancelled get, a release out of grant order) blanks its slot instead of searching for it
/// and shifting the rest. Blank slots at either end are dropped at once; blanks in the middle are skipped when
/// the head passes them, and squeezed out (renumbering the tickets) when an add finds more blanks than
/// entries, so memory stays proportional to the entries and every operation is O(1) amortised.
/// </para>
/// <para>
/// Indexing compacts first if there are blanks (O(n) once, then O(1)); it serves inspection, not the hot path.
/// Removing never renumbers tickets, so a caller may walk the tickets and remove the entry it is on.
/// </para>
/// </remarks>
internal sealed class TicketQueue<T> : IReadOnlyList<T>
    where T : class, ITicketHolder
{
    private T?[] _slots = new T?[4];
    private int _head;
    private int _span;
    private int _count;
    private long _firstTicket;

    /// <summary>The number of entries (blank slots not counted).</summary>
    public int Count => _count;

    /// <summary>The ticket of the first slot; with <see cref="EndTicket"/>, the range a walk covers.</summary>
    public long FirstTicket => _firstTicket;

    /// <summary>One past the ticket of the last slot.</summary>
    public long EndTicket => _firstTicket + _span;

    /// <summary>The first entry; the caller has checked <see cref="Count"/>.</summary>
    public T First => _slots[_head]!;

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
            if (_span != _count)
            {
                Compact();
            }

            return _slots[Slot(index)]!;
        }
    }

    /// <summary>The entry holding <paramref name="ticket"/>, or null if that slot is blank.</summary>
    public T? At(long ticket) => _slots[Slot((int)(ticket - _firstTicket))];

    public void Add(T item)
    {
        if (_span - _count > _count + 8)
        {
            Compact();
        }

        if (_span == _slots.Length)
        {
            Grow();
        }

        _slots[Slot(_span)] = item;
        item.Ticket = _firstTicket + _span;
        _span++;
        _count++;
    }

    public T RemoveFirst()
    {
        var item = _slots[_head]!;
        _slots[_head] = null;
        Advance();
        _count--;
        DropBlankHead();
        return item;
    }

    /// <summary>Removes <paramref name="item"/>, which the caller knows is held here.</summary>
    public void Remove(T item)
    {
        var offset = item.Ticket - _firstTicket;
        if (offset < 0 || offset >= _span || !ReferenceEquals(_slots[Slot((int)offset)], item))
        {
            throw new InvalidOperationException($"{item} is not in this queue.");
        }

        _slots[Slot((int)offset)] = null;
        _count--;
        DropBlankHead();
        while (_span > 0 && _slots[Slot(_span - 1)] is null)
        {
            _span--;
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _span; i++)
        {
            var item = _slots[Slot(i)];
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Slot(int offset)
    {
        var slot = _head + offset;
        return slot >= _slots.Length ? slot - _slots.Length : slot;
    }

    private void Advance()
    {
        _head = _head + 1 == _slots.Length ? 0 : _head + 1;
        _firstTicket++;
        _span--;
    }

    private void DropBlankHead()
    {
        while (_span > 0 && _slots[_head] is null)
        {
            Advance();
        }
    }

    private void Grow() => Relayout(new T?[_slots.Length * 2]);

    private void Compact() => Relayout(new T?[_slots.Length]);

    private void Relayout(T?[] into)
    {
        var kept = 0;
        for (var i = 0; i < _span; i++)
        {
            var item = _slots[Slot(i)];
            if (item is not null)
            {
                item.Ticket = _firstTicket + kept;
                into[kept++] = item;
            }
        }

        _slots = into;
        _head = 0;
        _span = kept;
    }
}
