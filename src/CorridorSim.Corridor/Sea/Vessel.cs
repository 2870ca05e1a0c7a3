using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Sea;

/// <summary>One ship of a sea service's fleet: where it is, what it is doing and the cargo it has aboard.</summary>
internal sealed class Vessel
{
    public Vessel(int number, int at, Variate sailing, Random breakdowns, Variate? repair)
    {
        Number = number;
        At = at;
        Sailing = sailing;
        Breakdowns = breakdowns;
        Repair = repair;
    }

    public int Number { get; }

    /// <summary>Its crossing times, from the stream <c>sailing:&lt;service&gt;#&lt;number&gt;</c>.</summary>
    public Variate Sailing { get; }

    /// <summary>Its breakdowns' stream, <c>breakdowns:&lt;service&gt;#&lt;number&gt;</c>.</summary>
    public Random Breakdowns { get; }

    /// <summary>Its repair times, from its breakdowns' stream; null without breakdowns.</summary>
    public Variate? Repair { get; }

    /// <summary>The service end (0 = east port, 1 = west port) it is at or sailing to.</summary>
    public int At { get; set; }

    public VesselPhase Phase { get; set; } = VesselPhase.Anchorage;

    /// <summary>When it entered <see cref="Phase"/>, for the vessel-hours by phase.</summary>
    public double PhaseSince { get; set; }

    public List<Consignment> Aboard { get; set; } = [];

    /// <summary>Aboard, in the service's load unit (deck slots, TEU or tonnes).</summary>
    public double Load { get; set; }

    /// <summary>The berth it holds, or null while it holds none.</summary>
    public Request? Berth { get; set; }

    /// <summary>Pending while it waits at the anchorage to be called; succeeded when something changes that may call it.</summary>
    public Event? Wake { get; set; }

    /// <summary>The landing port's pre-arrival document check, started when it sailed.</summary>
    public Process? PreArrivalCheck { get; set; }

    /// <summary>Hours spent sailing and working cargo, the clock of its breakdowns.</summary>
    public double OperatingHours { get; set; }

    /// <summary>The operating hours at which it next breaks down.</summary>
    public double FailsAfterOperatingHours { get; set; }

    /// <summary>When it reached the port it is at: its place in the line of vessels waiting for cargo there.</summary>
    public double ArrivedHours { get; set; }

    /// <summary>When it was called to a berth to load.</summary>
    public double CalledHours { get; set; }

    public double DepartedHours { get; set; }

    /// <summary>Hours waited for cargo at the anchorage since it reached the port it is at, for <c>sailings.csv</c>.</summary>
    public double CallWaitedForCargoHours { get; set; }

    /// <summary>Hours waited for a berth or an open port since it reached the port it is at.</summary>
    public double CallWaitedForBerthHours { get; set; }

    /// <summary>Load of the yard cargo now assigned to it (see <see cref="SeaService"/>'s anchorage rule).</summary>
    public double AssignedLoad { get; set; }

    /// <summary>Whether its assigned cargo would fill it.</summary>
    public bool AssignmentFills { get; set; }

    /// <summary>When the first unit assigned to it reached the yard, or NaN with nothing assigned.</summary>
    public double FirstAssignedSince { get; set; } = double.NaN;

    /// <summary>The time of the pending wake-up it set for its deadline, or NaN.</summary>
    public double DeadlineTimerHours { get; set; } = double.NaN;

    /// <summary>What it is doing now, as the service's fleet clock numbers its activities.</summary>
    public int Activity { get; set; }

    /// <summary>Its activities since it was last called or last delivered its cargo: when each began.</summary>
    public List<(double Start, int Activity)> Timeline { get; } = [];

    /// <summary>The entry of <see cref="Timeline"/> in force when it took its cargo aboard, or -1 before.</summary>
    public int BoardedSegment { get; set; } = -1;

    /// <summary>The service's fleet clock when it was called to a berth to load.</summary>
    public Causes.FleetMark? CalledMark { get; set; }

    /// <summary>Whether it waits at the anchorage to sail empty, so a closed sea holds it rather than a berth.</summary>
    public bool WaitsForSea { get; set; }

    /// <summary>Under a timetable, the departure hour it claimed: the hour it is called to a berth.</summary>
    public double SlotHours { get; set; } = double.NaN;
}
