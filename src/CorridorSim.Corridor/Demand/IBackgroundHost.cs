using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Demand;

/// <summary>A facility that background trains pass through: a border crossing or a rail leg.</summary>
internal interface IBackgroundHost
{
    /// <summary>Takes <paramref name="train"/> through the facility's shared capacities: the train's own process.</summary>
    /// <remarks>
    /// It begins with <see cref="BackgroundTraffic.Arrive"/> and ends with <see cref="BackgroundTraffic.Leave"/>,
    /// so that the train needs no second iterator around this one.
    /// </remarks>
    IEnumerable<Event> PassBackground(BackgroundTrain train);
}
