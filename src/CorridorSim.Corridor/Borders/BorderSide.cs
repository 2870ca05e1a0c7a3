using CorridorSim.Corridor.Customs;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Borders;

/// <summary>
/// One direction of a border crossing: either its procedure steps with the regime that acts on them, or in
/// the short form the steps a train is held for (exchange tracks where trains are handed over and technically
/// inspected, an optional gauge change), each with its own capacity, and a customs post.
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

    /// <summary>A side of procedure steps under <paramref name="regime"/> (none: no customs on this side).</summary>
    public BorderSide(string name, IReadOnlyList<ProcedureStep> steps, CustomsRegimeSpec? regime)
    {
        Name = name;
        Steps = steps;
        Regime = regime;
        Groups = Group(steps, regime);
        Holds = [];
    }

    /// <summary><c>&lt;border&gt;.&lt;direction&gt;</c>, for step statistics.</summary>
    public string Name { get; } = string.Empty;

    /// <summary>The procedure steps in the order trains pass them; empty for the short form.</summary>
    public IReadOnlyList<ProcedureStep> Steps { get; } = [];

    /// <summary>
    /// The steps as they are worked: one at a time, except that under a single-window regime each run of
    /// consecutive single-window steps is one group worked at once.
    /// </summary>
    public IReadOnlyList<ProcedureStep[]> Groups { get; } = [];

    /// <summary>The customs regime whose effects act on the steps, or null.</summary>
    public CustomsRegimeSpec? Regime { get; }

    /// <summary>Corridor trains that passed the side in the window.</summary>
    public long WindowTrains { get; set; }

    /// <summary>Whether the side's regime applies <paramref name="effect"/> to <paramref name="step"/>.</summary>
    public bool Acts(ProcedureStep step, RegimeEffect effect)
    {
        if (Regime is null || !step.Lists(effect))
        {
            return false;
        }

        return effect switch
        {
            RegimeEffect.PreArrival => Regime.PreArrival,
            RegimeEffect.SingleWindow => Regime.SingleWindow,
            _ => Regime.MutualRecognition,
        };
    }

    private static ProcedureStep[][] Group(IReadOnlyList<ProcedureStep> steps, CustomsRegimeSpec? regime)
    {
        var groups = new List<ProcedureStep[]>();
        var merged = new List<ProcedureStep>();
        foreach (var step in steps)
        {
            if (regime is { SingleWindow: true } && step.Lists(RegimeEffect.SingleWindow))
            {
                merged.Add(step);
                continue;
            }

            Flush();
            groups.Add([step]);
        }

        Flush();
        return [.. groups];

        void Flush()
        {
            if (merged.Count > 0)
            {
                groups.Add([.. merged]);
                merged.Clear();
            }
        }
    }
}
