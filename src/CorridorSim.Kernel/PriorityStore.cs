namespace CorridorSim.Kernel;

/// <summary>
/// A <see cref="Store{T}"/> whose items leave by priority (smaller first), then in insertion order: for
/// instance perishable consignments loaded before general cargo.
/// </summary>
public sealed class PriorityStore<T> : Store<T>
{
    private readonly RingBuffer<double> _priorities = new();

    /// <summary>Creates an empty store that holds at most <paramref name="capacity"/> items.</summary>
    public PriorityStore(Simulation simulation, int capacity = int.MaxValue)
        : base(simulation, capacity)
    {
    }

    /// <summary>Offers <paramref name="item"/> with a priority; smaller leaves first. <see cref="Store{T}.Put"/> uses 0.</summary>
    /// <exception cref="ArgumentException">The priority is NaN.</exception>
    public StorePut Put(T item, double priority)
    {
        if (double.IsNaN(priority))
        {
            throw new ArgumentException("An item priority must be a number.", nameof(priority));
        }

        return AddPut(item, priority);
    }

    private protected override void InsertItem(T item, double priority)
    {
        // Upper bound keeps equal priorities in insertion order.
        var low = 0;
        var high = _priorities.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_priorities[mid] > priority)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        _priorities.Insert(low, priority);
        ItemBuffer.Insert(low, item);
    }

    private protected override T TakeItem(int index)
    {
        _priorities.RemoveAt(index);
        return base.TakeItem(index);
    }
}
