using System.Collections;

namespace CorridorSim.Kernel;

/// <summary>
/// The waiting requests of a <see cref="PriorityResource"/>: a binary min-heap by the resource's rank, then
/// arrival order, whose entries know their place so a renege leaves in O(log n).
/// </summary>
/// <remarks>
/// Implementation note: arrival order breaks every tie, so the heap serves exactly the order a sorted list
/// with upper-bound insertion served, at O(log n) per request instead of O(n) per insertion and renege.
/// Enumeration and indexing sort a copy (O(n log n)): they serve inspection, not the hot path.
/// </remarks>
internal sealed class RequestHeap : IReadOnlyList<Request>
{
    private readonly Comparison<Request> _rank;
    private Request[] _heap = new Request[4];
    private int _count;

    public RequestHeap(Comparison<Request> rank) => _rank = rank;

    public int Count => _count;

    /// <summary>The request served next; the caller has checked <see cref="Count"/>.</summary>
    public Request First => _heap[0];

    public Request this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
            return InServiceOrder()[index];
        }
    }

    public void Add(Request request)
    {
        if (_count == _heap.Length)
        {
            Array.Resize(ref _heap, _count * 2);
        }

        _heap[_count] = request;
        request.Ticket = _count;
        SiftUp(_count++);
    }

    public Request RemoveFirst()
    {
        var first = _heap[0];
        RemoveAt(0);
        return first;
    }

    /// <summary>Removes <paramref name="request"/>, which the caller knows is queued here.</summary>
    public void Remove(Request request)
    {
        var index = (int)request.Ticket;
        if (index < 0 || index >= _count || !ReferenceEquals(_heap[index], request))
        {
            throw new InvalidOperationException($"{request} is not in this queue.");
        }

        RemoveAt(index);
    }

    public IEnumerator<Request> GetEnumerator() => ((IEnumerable<Request>)InServiceOrder()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Request[] InServiceOrder()
    {
        var sorted = _heap[.._count];
        Array.Sort(sorted, Compare);
        return sorted;
    }

    private void RemoveAt(int index)
    {
        var last = _heap[--_count];
        _heap[_count] = null!;
        if (index == _count)
        {
            return;
        }

        _heap[index] = last;
        last.Ticket = index;
        if (index > 0 && Compare(last, _heap[(index - 1) >> 1]) < 0)
        {
            SiftUp(index);
        }
        else
        {
            SiftDown(index);
        }
    }

    private void SiftUp(int index)
    {
        var moving = _heap[index];
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            if (Compare(moving, _heap[parent]) >= 0)
            {
                break;
            }

            Place(_heap[parent], index);
            index = parent;
        }

        Place(moving, index);
    }

    private void SiftDown(int index)
    {
        var moving = _heap[index];
        while (true)
        {
            var child = (index << 1) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && Compare(_heap[child + 1], _heap[child]) < 0)
            {
                child++;
            }

            if (Compare(_heap[child], moving) >= 0)
            {
                break;
            }

            Place(_heap[child], index);
            index = child;
        }

        Place(moving, index);
    }

    private void Place(Request request, int index)
    {
        _heap[index] = request;
        request.Ticket = index;
    }

    private int Compare(Request a, Request b)
    {
        var order = _rank(a, b);
        return order != 0 ? order : a.ArrivalOrder.CompareTo(b.ArrivalOrder);
    }
}
