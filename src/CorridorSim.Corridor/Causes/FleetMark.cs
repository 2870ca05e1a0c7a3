namespace CorridorSim.Corridor.Causes;

/// <summary>
/// A sea service's fleet clock read at one moment: per activity of its vessels (sailing, waiting for a berth
/// at a port, working cargo there, closed in, under repair, waiting for cargo), the vessel-hours spent in it
/// since the run began. The difference of two marks gives each activity's vessel-hours over the time between.
/// </summary>
internal sealed class FleetMark
{
    public FleetMark(Sea.SeaService service, double hours, double[] vesselHours)
    {
        Service = service;
        Hours = hours;
        VesselHours = vesselHours;
    }

    /// <summary>The service whose clock this is.</summary>
    public Sea.SeaService Service { get; }

    public double Hours { get; }

    /// <summary>Cumulative vessel-hours per activity, indexed as the service numbers its activities.</summary>
    public double[] VesselHours { get; }
}
