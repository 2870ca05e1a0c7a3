using CorridorSim.Corridor.Cargo;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Sea;

/// <summary>One ship of a sea service's fleet: where it is, what it is doing and the cargo it has aboard.</summary>
internal sealed class Vessel
{
    public Vessel(int number, int at, double failsAfterOperatingHours)
    {
        Number = number;
        At = at;
        FailsAfterOperatingHours = failsAfterOperatingHours;
    }

    public int Number { get; }

    /// <summary>The service end (0 = east port, 1 = west port) it is at or sailing to.</summary>
    public int At { get; set; }

    public VesselPhase Phase { get; set; } = VesselPhase.Anchorage;

    public List<Consignment> Aboard { get; set; } = [];

    /// <summary>Aboard, in the service's load unit (deck slots, TEU or tonnes).</summary>
    public double Load { get; set; }

    /// <summary>Pending while it waits at a berth for cargo; succeeded when something changes that may let it sail.</summary>
    public Event? Wake { get; set; }

    /// <summary>The landing port's pre-arrival document check, started when it sailed.</summary>
    public Process? PreArrivalCheck { get; set; }

    /// <summary>Hours spent sailing and working cargo, the clock of its breakdowns.</summary>
    public double OperatingHours { get; set; }

    /// <summary>The operating hours at which it next breaks down.</summary>
    public double FailsAfterOperatingHours { get; set; }

    public double CutoffHours { get; set; }

    public double DepartedHours { get; set; }
}
