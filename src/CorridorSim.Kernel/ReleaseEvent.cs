namespace CorridorSim.Kernel;

/// <summary>
/// The event returned by <see cref="Resource.Release"/>: when it is processed, the freed unit goes to the
/// next waiting request.
/// </summary>
internal sealed class ReleaseEvent : Event
{
    private readonly Resource _resource;
    private readonly bool _freedUnit;

    public ReleaseEvent(Resource resource, bool freedUnit)
        : base(resource.Simulation)
    {
        _hasProcessingHook = true;
        _resource = resource;
        _freedUnit = freedUnit;
    }

    internal override void OnProcessing()
    {
        if (_freedUnit)
        {
            _resource.OnReleaseProcessed();
        }
    }
}
