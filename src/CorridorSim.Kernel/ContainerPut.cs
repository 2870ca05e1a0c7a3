namespace CorridorSim.Kernel;

/// <summary>
/// An offer of an amount to a <see cref="Container"/>: an event that succeeds when the container has room
/// and has taken it.
/// </summary>
/// <remarks>Disposing it while it still waits withdraws the offer; afterwards it does nothing.</remarks>
public sealed class ContainerPut : Event, IDisposable, ITicketHolder
{
    private readonly Container _container;

    internal ContainerPut(Container container, double amount)
        : base(container.Simulation)
    {
        _hasProcessingHook = true;
        _container = container;
        Amount = amount;
    }

    /// <summary>The amount offered, in the container's unit.</summary>
    public double Amount { get; }

    long ITicketHolder.Ticket { get; set; }

    /// <summary>Withdraws the offer if it has not been taken yet.</summary>
    public void Dispose()
    {
        if (_state == EventState.Pending)
        {
            _container.Cancel(this);
        }
    }

    internal override void OnProcessing() => _container.ServeGets();
}
