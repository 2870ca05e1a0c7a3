using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CorridorSim.Kernel;

/// <summary>
/// The future event list: a 4-ary min-heap of keys ordered by (time, priority, seq), whose events are parked
/// in a slot table.
/// </summary>
/// <remarks>
/// Implementation note: a 4-ary heap is half as deep as a binary one and a node's four children share one or
/// two cache lines. Heap entries are reference-free value types (see <see cref="ScheduledEntry"/>); the
/// events sit in a slot table whose free slots are reused last-in first-out, so a push and a pop touch the
/// table once each. Growth doubles the arrays in place; entries are never re-inserted, so their sequence
/// numbers never change.
/// </remarks>
internal sealed class EventQueue
{
    private ScheduledEntry[] _heap = new ScheduledEntry[64];
    private ParkedEvent[] _parked = new ParkedEvent[64];
    private int[] _freeSlots = new int[64];
    private int _freeCount;
    private int _count;

    public EventQueue()
    {
        AddFreeSlots(0, _parked.Length);
    }

    public int Count => _count;

    public double MinTime => _heap[0].Time;

    public void Push(double time, int priority, long seq, Event @event, ScheduleKind kind)
    {
        if (_count == _heap.Length)
        {
            Grow();
        }

        var slot = _freeSlots[--_freeCount];
        ref var parked = ref _parked[slot];
        parked.Event = @event;
        parked.Kind = kind;

        var entry = new ScheduledEntry { Time = time, Priority = priority, Seq = seq, Slot = slot };
        ref var root = ref MemoryMarshal.GetArrayDataReference(_heap);
        var hole = _count++;
        while (hole > 0)
        {
            var parent = (hole - 1) >> 2;
            ref var parentEntry = ref Unsafe.Add(ref root, parent);
            if (!Precedes(in entry, in parentEntry))
            {
                break;
            }

            Unsafe.Add(ref root, hole) = parentEntry;
            hole = parent;
        }

        Unsafe.Add(ref root, hole) = entry;
    }

    /// <summary>Removes the first entry; the caller has checked <see cref="Count"/>.</summary>
    public Event Pop(out double time, out ScheduleKind kind)
    {
        ref var root = ref MemoryMarshal.GetArrayDataReference(_heap);
        var min = root;
        var last = --_count;
        if (last > 0)
        {
            SiftDown(ref root, Unsafe.Add(ref root, last), last);
        }

        time = min.Time;
        ref var parked = ref _parked[min.Slot];
        var @event = parked.Event!;
        kind = parked.Kind;
        parked.Event = null;
        _freeSlots[_freeCount++] = min.Slot;
        return @event;
    }

    private static void SiftDown(ref ScheduledEntry root, ScheduledEntry moving, int count)
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
            ref var bestEntry = ref Unsafe.Add(ref root, first);
            var end = Math.Min(first + 4, count);
            for (var child = first + 1; child < end; child++)
            {
                ref var childEntry = ref Unsafe.Add(ref root, child);
                if (Precedes(in childEntry, in bestEntry))
                {
                    best = child;
                    bestEntry = ref childEntry;
                }
            }

            if (!Precedes(in bestEntry, in moving))
            {
                break;
            }

            Unsafe.Add(ref root, hole) = bestEntry;
            hole = best;
        }

        Unsafe.Add(ref root, hole) = moving;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Precedes(in ScheduledEntry a, in ScheduledEntry b) =>
        a.Time < b.Time || (a.Time == b.Time && (a.Priority < b.Priority || (a.Priority == b.Priority && a.Seq < b.Seq)));

    private void Grow()
    {
        var size = _heap.Length;
        Array.Resize(ref _heap, size * 2);
        Array.Resize(ref _parked, size * 2);
        Array.Resize(ref _freeSlots, size * 2);
        AddFreeSlots(size, size * 2);
    }

    private void AddFreeSlots(int from, int to)
    {
        // Pushed in reverse so the lowest slot is taken first.
        for (var slot = to - 1; slot >= from; slot--)
        {
            _freeSlots[_freeCount++] = slot;
        }
    }
}
