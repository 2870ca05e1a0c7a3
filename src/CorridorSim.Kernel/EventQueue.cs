using System.Runtime.CompilerServices;

namespace CorridorSim.Kernel;

/// <summary>
/// The future event list: a 4-ary min-heap of <see cref="ScheduledEntry"/> ordered by (time, priority, seq).
/// </summary>
/// <remarks>
/// Implementation note: a 4-ary heap is half as deep as a binary one and its four children share a cache
/// line or two, which beats a binary heap at the 10³–10⁵ entries a simulation holds. Growth copies the
/// array in place; entries are never re-inserted, so their sequence numbers never change.
/// </remarks>
internal sealed class EventQueue
{
    private ScheduledEntry[] _heap = new ScheduledEntry[64];
    private int _count;

    public int Count => _count;

    public ref readonly ScheduledEntry Min => ref _heap[0];

    public void Push(in ScheduledEntry entry)
    {
        if (_count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }

        var heap = _heap;
        var hole = _count++;
        while (hole > 0)
        {
            var parent = (hole - 1) >> 2;
            if (!Precedes(in entry, in heap[parent]))
            {
                break;
            }

            heap[hole] = heap[parent];
            hole = parent;
        }

        heap[hole] = entry;
    }

    public ScheduledEntry Pop()
    {
        var heap = _heap;
        var min = heap[0];
        var last = --_count;
        if (last > 0)
        {
            SiftDown(heap, heap[last], last);
        }

        heap[last] = default;
        return min;
    }

    private static void SiftDown(ScheduledEntry[] heap, in ScheduledEntry moving, int count)
    {
        var hole = 0;
        while (true)
        {
            var first = (hole << 2) + 1;
            if (first >= count)
            {
                break;
            }

            var best = first;
            var end = Math.Min(first + 4, count);
            for (var child = first + 1; child < end; child++)
            {
                if (Precedes(in heap[child], in heap[best]))
                {
                    best = child;
                }
            }

            if (!Precedes(in heap[best], in moving))
            {
                break;
            }

            heap[hole] = heap[best];
            hole = best;
        }

        heap[hole] = moving;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Precedes(in ScheduledEntry a, in ScheduledEntry b)
    {
        if (a.Time != b.Time)
        {
            return a.Time < b.Time;
        }

        if (a.Priority != b.Priority)
        {
            return a.Priority < b.Priority;
        }

        return a.Seq < b.Seq;
    }
}
