namespace CorridorSim.Corridor.Statistics;

/// <summary>One flow's window cargo in one month of the run: tonnes and units generated and delivered.</summary>
/// <remarks>A mutable struct kept in one array per replication, so counting a consignment allocates nothing.</remarks>
internal struct MonthTally
{
    public double DemandTonnes;
    public double DeliveredTonnes;
    public long DemandUnits;
    public long DeliveredUnits;
}
