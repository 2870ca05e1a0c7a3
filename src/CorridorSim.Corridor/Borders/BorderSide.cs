using CorridorSim.Corridor.Customs;

namespace CorridorSim.Corridor.Borders;

/// <summary>
/// One direction of a border crossing: the steps a train is held for (exchange tracks where trains are handed
/// over and technically inspected, an optional gauge change), each with its own capacity, and a customs post.
/// </summary>
internal sealed class BorderSide
{
    public BorderSide(IReadOnlyList<BorderHold> holds, CustomsPost? customs)
    {
        Holds = holds;
        Customs = customs;
    }

    /// <summary>The train steps in the order of <see cref="Spec.BorderSideSpec.TrainSteps"/>.</summary>
    public IReadOnlyList<BorderHold> Holds { get; }

    public CustomsPost? Customs { get; }
}
