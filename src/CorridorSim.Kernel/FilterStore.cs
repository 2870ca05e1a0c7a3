namespace CorridorSim.Kernel;

/// <summary>
/// A <see cref="Store{T}"/> whose gets each name which items they accept: for instance a ferry that loads
/// only wagons bound for its destination port.
/// </summary>
/// <remarks>
/// Waiting gets are served in queue order; each takes the first item, in insertion order, that its filter
/// accepts. A get that matches nothing does not block the gets behind it.
/// </remarks>
public sealed class FilterStore<T> : Store<T>
{
    /// <summary>Creates an empty store that holds at most <paramref name="capacity"/> items.</summary>
    public FilterStore(Simulation simulation, int capacity = int.MaxValue)
        : base(simulation, capacity)
    {
    }

    /// <summary>Claims the first item that <paramref name="filter"/> accepts; the get succeeds with it.</summary>
    public StoreGet<T> Get(Func<T, bool> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return AddGet(filter);
    }

    private protected override void ServeGets()
    {
        // Walks the tickets: removing the get it stands on never renumbers the ones ahead.
        var gets = WaitingGets;
        var items = ItemBuffer;
        for (var ticket = gets.FirstTicket; ticket < gets.EndTicket && items.Count > 0; ticket++)
        {
            var get = gets.At(ticket);
            if (get is null)
            {
                continue;
            }

            var match = FirstMatch(items, get.Filter);
            if (match >= 0)
            {
                gets.Remove(get);
                get.Grant(TakeItem(match));
            }
        }
    }

    private static int FirstMatch(RingBuffer<T> items, Func<T, bool>? filter)
    {
        for (var j = 0; j < items.Count; j++)
        {
            if (filter is null || filter(items[j]))
            {
                return j;
            }
        }

        return -1;
    }
}
