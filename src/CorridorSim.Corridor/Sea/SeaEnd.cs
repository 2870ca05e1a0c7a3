using CorridorSim.Corridor.Ports;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Sea;

/// <summary>One end of a sea service: its port, the berths its vessel class uses there, and the cargo waiting to board.</summary>
internal sealed class SeaEnd
{
    public SeaEnd(int index, Port port, Resource berths, Variate loadHours)
    {
        Index = index;
        Port = port;
        Berths = berths;
        LoadHours = loadHours;
    }

    /// <summary>0 for the east port (westbound departures), 1 for the west port.</summary>
    public int Index { get; }

    public Port Port { get; }

    public Resource Berths { get; }

    /// <summary>Time to load, or to unload, one vessel of the service here.</summary>
    public Variate LoadHours { get; }

    public LoadingQueue Queue { get; } = new();

    /// <summary>The last timetabled departure taken by a vessel here.</summary>
    public double LastSlotHours { get; set; } = double.NegativeInfinity;
}
