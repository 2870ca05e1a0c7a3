namespace CorridorSim.Experiments.Marginal;

/// <summary>What kind of change a marginal candidate makes to the scenario.</summary>
public enum MarginalChange
{
    /// <summary>One more unit of a capacity: a berth, a vessel, an officer, a track, a train path a day, yard room, wagons.</summary>
    Capacity,

    /// <summary>A customs post switched to the next digital regime (paper → electronic pre-arrival → single window → mutual recognition).</summary>
    DigitalRegime,
}
