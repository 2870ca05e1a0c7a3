using CorridorSim.Corridor.Ports;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Sea;

/// <summary>
/// One end of a sea service: its port, the berths its vessel class uses there, the cargo waiting to board
/// and the line of vessels at the anchorage waiting to be called for it.
/// </summary>
internal sealed class SeaEnd
{
    public SeaEnd(int index, Port port, Resource berths, Variate loadHours, double berthingHours)
    {
        Index = index;
        Port = port;
        Berths = berths;
        LoadHours = loadHours;
        BerthingHours = berthingHours;
    }

    /// <summary>0 for the east port (westbound departures), 1 for the west port.</summary>
    public int Index { get; }

    public Port Port { get; }

    public Resource Berths { get; }

    /// <summary>Time to load, or to unload, a full vessel of the service here, berthing included.</summary>
    public Variate LoadHours { get; }

    /// <summary>The fixed part of every call at a berth (mooring, ramp or hoses, papers), whatever is handled.</summary>
    public double BerthingHours { get; }

    public LoadingQueue Queue { get; } = new();

    /// <summary>Vessels here waiting to be called or called and not yet loading, in the order they reached the port.</summary>
    public List<Vessel> Line { get; } = [];

    /// <summary>Load of the cargo on its way by land to this end's yard for the service.</summary>
    public double HeadingLoad { get; set; }

    /// <summary>Bumped whenever the queue or the line changes, so the assignment is worked out once per change.</summary>
    public int Version { get; set; }

    /// <summary>The <see cref="Version"/> the vessels' assignments were worked out for.</summary>
    public int AssignedVersion { get; set; } = -1;

    /// <summary>The last timetabled departure taken by a vessel here.</summary>
    public double LastSlotHours { get; set; } = double.NegativeInfinity;

    /// <summary>
    /// Hours one call at a berth takes: the berthing part when the vessel has just come alongside, and the
    /// rest of a full load's time drawn here in proportion to <paramref name="loadShare"/> of a full load.
    /// </summary>
    public double HandlingHours(bool berthing, double loadShare)
    {
        var full = LoadHours.Next();
        var perFullLoad = Math.Max(0, full - BerthingHours);
        return (berthing ? BerthingHours : 0) + (perFullLoad * loadShare);
    }
}
