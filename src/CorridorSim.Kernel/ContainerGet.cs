namespace CorridorSim.Kernel;

/// <summary>
/// A claim on an amount from a <see cref="Container"/>: an event that succeeds when the level allows and
/// the amount has been taken.
/// </summary>
/// <remarks>Disposing it while it still waits withdraws the claim; afterwards it does nothing.</remarks>
public sealed class ContainerGet : Event, IDisposable, ITicketHolder
{
    private readonly Container _container;

    internal ContainerGet(Container container, double amount)
        : base(container.Simulation)
    {
        _hasProcessingHook = true;
        _container = container;
        Amount = amount;
    }

    /// <summary>The amount claimed, in the container's unit.</summary>
    public double Amount { get; }

    long ITicketHolder.Ticket { get; set; }

    /// <summary>Withdraws the claim if it has not been served yet.</summary>
    public void Dispose()
    {
        if (_state == EventState.Pending)
        {
            _container.Cancel(this);
        }
    }

    internal override void OnProcessing() => _container.ServePuts();
}
