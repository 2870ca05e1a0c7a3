using CorridorSim.Corridor.Statistics;

namespace CorridorSim.Corridor.Model;

/// <summary>
/// The trains on their way, by id, for the ledger: a train is entered when it sets off and struck off
/// when it is unloaded, and the ledger counts what the rest carry.
/// </summary>
/// <remarks>
/// Implementation note: a dictionary of a few thousand trains in flight is a large object, re-allocated as
/// it grows, in every replication. Train ids are handed out in order from 0, so the register finds a train's
/// slot by its id in a chunked list instead, and keeps the trains in chunks too. Slots are reused as a
/// dictionary reuses its entries — the most recently freed first — and <see cref="Values"/> lists them in
/// slot order, so the ledger sums what the trains hold in exactly the order a dictionary gave.
/// </remarks>
/// <typeparam name="TTrain">The train; a type parameter only so tests can hold the register against a dictionary without running a model.</typeparam>
internal sealed class TrainRegister<TTrain>
    where TTrain : class
{
    private readonly ChunkedList<TTrain?> _slots = new(64);
    private readonly ChunkedList<int> _slotOfTrain = new(256);
    private readonly Stack<int> _freeSlots = new();

    /// <summary>Trains on their way.</summary>
    public int Count { get; private set; }

    /// <summary>The trains on their way, in the order of their slots.</summary>
    public IEnumerable<TTrain> Values
    {
        get
        {
            for (var slot = 0; slot < _slots.Count; slot++)
            {
                if (_slots[slot] is { } train) yield return train;
            }
        }
    }

    /// <summary>Enters <paramref name="train"/>, which has the next id in order.</summary>
    /// <exception cref="InvalidOperationException">The id is not the next one: ids must be handed out in order from 0.</exception>
    public void Add(long id, TTrain train)
    {
        if (id != _slotOfTrain.Count)
        {
            throw new InvalidOperationException($"train {id} entered out of order: the register expects train {_slotOfTrain.Count} next");
        }

        int slot;
        if (_freeSlots.Count > 0)
        {
            slot = _freeSlots.Pop();
            _slots[slot] = train;
        }
        else
        {
            slot = _slots.Count;
            _slots.Add(train);
        }

        _slotOfTrain.Add(slot);
        Count++;
    }

    /// <summary>Strikes off train <paramref name="id"/>; false when it was not on its way.</summary>
    public bool Remove(long id)
    {
        if (id < 0 || id >= _slotOfTrain.Count || _slotOfTrain[(int)id] < 0) return false;
        var slot = _slotOfTrain[(int)id];
        _slots[slot] = null;
        _slotOfTrain[(int)id] = -1;
        _freeSlots.Push(slot);
        Count--;
        return true;
    }
}
