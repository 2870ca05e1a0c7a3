using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Demand;

/// <summary>A facility that background trains pass through: a border crossing or a rail leg.</summary>
internal interface IBackgroundHost
{
    /// <summary>Takes <paramref name="train"/> through the facility's shared capacities.</summary>
    IEnumerable<Event> PassBackground(BackgroundTrain train);
}
