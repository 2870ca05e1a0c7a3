using CorridorSim.Corridor.Cargo;

namespace CorridorSim.Corridor.Ports;

/// <summary>The cargo one vessel unloaded at a port, while it goes through the port's customs together.</summary>
internal sealed class LandedBatch
{
    public LandedBatch(List<Consignment> cargo)
    {
        Cargo = cargo;
    }

    public List<Consignment> Cargo { get; }

    public Dwell Dwell { get; } = new();
}
