using System.Collections;

namespace CorridorSim.Kernel;

/// <summary>
/// The waiting requests of a <see cref="PriorityResource"/>: a binary min-heap by <see cref="RequestRank"/>, in
/// which a renege costs O(1) and a grant O(log n) amortised.
/// </summary>
/// <remarks>
/// <para>
/// Implementation note: the rank is kept inside each heap entry, so sifting compares entries without
/// touching the request objects (at a hundred thousand waiting requests those would be cache misses on
/// every level). A renege only counts the entry as gone (its request is no longer
/// <see cref="RequestStatus.Queued"/>); gone entries are dropped when they reach the top, and the heap is
/// rebuilt from the live ones when they outnumber them, so memory and time stay proportional to the live
/// requests. Arrival order breaks every tie, so the grant order is exactly that of a sorted list with
/// first-come, first-served ties.
/// </para>
/// <para>Enumeration and indexing sort a copy (O(n log n)): they serve inspection, not the hot path.</para>
/// </remarks>
internal sealed class RequestHeap : IReadOnlyList<Request>
{
    private Entry[] _heap = new Entry[4];
    private int _size;
    private int _gone;

    /// <summary>The number of requests still waiting.</summary>
    public int Count => _size - _gone;

    /// <summary>The request served next; the caller has checked <see cref="Count"/>.</summary>
    public Request First => _heap[0].Request;

    public Request this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return InServiceOrder()[index];
        }
    }

    public void Add(Request request, in RequestRank rank)
    {
        if (_size == _heap.Length)
        {
            Array.Resize(ref _heap, _size * 2);
        }

        _heap[_size] = new Entry(rank, request);
        SiftUp(_size++);
    }

    public Request RemoveFirst()
    {
        var first = _heap[0].Request;
        PopTop();
        DropGoneTop();
        return first;
    }

    /// <summary>Counts a request that has left the queue (its status is no longer queued) as gone.</summary>
    public void Forget(Request request)
    {
        if (request.Status == RequestStatus.Queued)
        {
            throw new InvalidOperationException($"{request} is still queued; change its status before forgetting it.");
        }

        _gone++;
        DropGoneTop();
        if (_gone > Count + 16)
        {
            Rebuild();
        }
    }

    public IEnumerator<Request> GetEnumerator() => ((IEnumerable<Request>)InServiceOrder()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static bool IsGone(in Entry entry) => entry.Request.Status != RequestStatus.Queued;

    private Request[] InServiceOrder()
    {
        var live = _heap[.._size].Where(e => !IsGone(e)).ToArray();
        Array.Sort(live, static (a, b) => a.Rank.Precedes(b.Rank) ? -1 : b.Rank.Precedes(a.Rank) ? 1 : 0);
        return [.. live.Select(e => e.Request)];
    }

    private void DropGoneTop()
    {
        while (_size > 0 && IsGone(_heap[0]))
        {
            PopTop();
            _gone--;
        }
    }

    private void PopTop()
    {
        var last = _heap[--_size];
        _heap[_size] = default;
        if (_size > 0)
        {
            _heap[0] = last;
            SiftDown(0);
        }
    }

    private void Rebuild()
    {
        var kept = 0;
        for (var i = 0; i < _size; i++)
        {
            if (!IsGone(_heap[i]))
            {
                _heap[kept++] = _heap[i];
            }
        }

        Array.Clear(_heap, kept, _size - kept);
        _size = kept;
        _gone = 0;
        for (var i = (_size >> 1) - 1; i >= 0; i--)
        {
            SiftDown(i);
        }
    }

    private void SiftUp(int index)
    {
        var moving = _heap[index];
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            if (!moving.Rank.Precedes(_heap[parent].Rank))
            {
                break;
            }

            _heap[index] = _heap[parent];
            index = parent;
        }

        _heap[index] = moving;
    }

    private void SiftDown(int index)
    {
        var moving = _heap[index];
        while (true)
        {
            var child = (index << 1) + 1;
            if (child >= _size)
            {
                break;
            }

            if (child + 1 < _size && _heap[child + 1].Rank.Precedes(_heap[child].Rank))
            {
                child++;
            }

            if (!_heap[child].Rank.Precedes(moving.Rank))
            {
                break;
            }

            _heap[index] = _heap[child];
            index = child;
        }

        _heap[index] = moving;
    }

    private readonly record struct Entry(RequestRank Rank, Request Request);
}
