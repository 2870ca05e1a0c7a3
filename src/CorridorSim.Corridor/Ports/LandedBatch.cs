using CorridorSim.Corridor.Cargo;

namespace CorridorSim.Corridor.Ports;

/// <summary>The cargo one vessel unloaded at a port, while it goes through the port's customs together.</summary>
internal sealed class LandedBatch
{
    public LandedBatch(List<Consignment> cargo, Dwell dwell)
    {
        Cargo = cargo;
        Dwell = dwell;
    }

    public List<Consignment> Cargo { get; }

    /// <summary>Its dwell in customs, lent by the run until the batch is cleared.</summary>
    public Dwell Dwell { get; }
}
