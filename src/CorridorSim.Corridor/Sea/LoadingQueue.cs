using CorridorSim.Corridor.Cargo;

namespace CorridorSim.Corridor.Sea;

/// <summary>The consignments in a port's yard waiting for one sea service, first come first aboard.</summary>
internal sealed class LoadingQueue
{
    private readonly Queue<Consignment> _units = new();

    public int Count => _units.Count;

    /// <summary>What waits, in the service's load unit.</summary>
    public double Load { get; private set; }

    public IEnumerable<Consignment> Units => _units;

    /// <summary>The units in the order they board, without boxing the enumerator as <see cref="Units"/> does.</summary>
    public Queue<Consignment>.Enumerator GetEnumerator() => _units.GetEnumerator();

    public void Add(Consignment c, double load)
    {
        _units.Enqueue(c);
        Load += load;
    }

    public Consignment Peek() => _units.Peek();

    public Consignment Take(double load)
    {
        Load -= load;
        if (_units.Count == 1)
        {
            Load = 0;
        }

        return _units.Dequeue();
    }
}
