using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Ports;

/// <summary>
/// One part of a port's yard (wagon tracks, container stacks or a tank farm) with a capacity: cargo from
/// land waits outside, in arrival order, until there is room, which blocks the rail leg upstream.
/// </summary>
/// <remarks>
/// Implementation note: cargo landed from the sea is always admitted, even past the capacity, and then
/// holds the yard until it leaves. A ferry that could not unload into a yard full of cargo waiting to board
/// that same ferry would deadlock the port; real ports keep import and export areas apart for that reason.
/// A train longer than the whole yard is admitted once the yard is empty, so it cannot wait forever.
/// </remarks>
internal sealed class YardArea
{
    private const double Tolerance = 1e-9;

    private readonly Simulation _sim;
    private readonly Queue<(double Amount, Event Admitted)> _waiting = new();

    public YardArea(Simulation sim, double capacity)
    {
        _sim = sim;
        Capacity = capacity;
    }

    /// <summary>Wagons, TEU or tonnes the area holds.</summary>
    public double Capacity { get; }

    /// <summary>What it holds now.</summary>
    public double Level { get; private set; }

    /// <summary>Arrivals from land waiting for room.</summary>
    public int Waiting => _waiting.Count;

    /// <summary>
    /// Asks room for <paramref name="amount"/> arriving from land: null if admitted at once, otherwise an
    /// event that happens when it is admitted, after those that asked earlier.
    /// </summary>
    public Event? Admit(double amount)
    {
        if (_waiting.Count == 0 && Fits(amount))
        {
            Level += amount;
            return null;
        }

        var admitted = _sim.Event();
        _waiting.Enqueue((amount, admitted));
        return admitted;
    }

    /// <summary>Takes in cargo landed from the sea, room or not.</summary>
    public void Force(double amount) => Level += amount;

    /// <summary>Frees the room of cargo that left and admits waiting arrivals in order while they fit.</summary>
    public void Release(double amount)
    {
        Level = Math.Max(0, Level - amount);
        while (_waiting.Count > 0 && Fits(_waiting.Peek().Amount))
        {
            var (waitingAmount, admitted) = _waiting.Dequeue();
            Level += waitingAmount;
            admitted.Succeed();
        }
    }

    private bool Fits(double amount) => Level + amount <= Capacity + Tolerance || Level <= Tolerance;
}
