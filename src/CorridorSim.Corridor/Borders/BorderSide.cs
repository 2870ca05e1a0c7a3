using CorridorSim.Corridor.Customs;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Spec;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Borders;

/// <summary>
/// One direction of a border crossing: either its procedure steps with the regime that acts on them, or
/// the short form of exchange tracks where trains are handed over and technically inspected, a customs
/// post, and an optional gauge change, each with its own capacity.
/// </summary>
internal sealed class BorderSide
{
    public BorderSide(Resource exchange, Variate exchangeHours, CustomsPost? customs, Resource? gaugeChange, Variate? gaugeHours)
    {
        Exchange = exchange;
        ExchangeHours = exchangeHours;
        Customs = customs;
        GaugeChange = gaugeChange;
        GaugeHours = gaugeHours;
    }

    /// <summary>A side of procedure steps under <paramref name="regime"/> (none: no customs on this side).</summary>
    public BorderSide(string name, IReadOnlyList<BorderStep> steps, CustomsRegimeSpec? regime)
    {
        Name = name;
        Steps = steps;
        Regime = regime;
        Groups = Group(steps, regime);
    }

    /// <summary><c>&lt;border&gt;.&lt;direction&gt;</c>, for step statistics.</summary>
    public string Name { get; } = string.Empty;

    public Resource? Exchange { get; }

    public Variate? ExchangeHours { get; }

    public CustomsPost? Customs { get; }

    /// <summary>Gauge-change tracks (bogie exchange or transshipment, 1435 ↔ 1520 mm), or null.</summary>
    public Resource? GaugeChange { get; }

    public Variate? GaugeHours { get; }

    /// <summary>The procedure steps in the order trains pass them; empty for the short form.</summary>
    public IReadOnlyList<BorderStep> Steps { get; } = [];

    /// <summary>
    /// The steps as they are worked: one at a time, except that under a single-window regime each run of
    /// consecutive single-window steps is one group worked at once.
    /// </summary>
    public IReadOnlyList<BorderStep[]> Groups { get; } = [];

    /// <summary>The customs regime whose effects act on the steps, or null.</summary>
    public CustomsRegimeSpec? Regime { get; }

    /// <summary>Corridor trains that passed the side in the window.</summary>
    public long WindowTrains { get; set; }

    /// <summary>Whether the side's regime applies <paramref name="effect"/> to <paramref name="step"/>.</summary>
    public bool Acts(BorderStep step, RegimeEffect effect)
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

    /// <summary>
    /// The factors that rescale procedure steps and the other steps so that procedure time is
    /// <paramref name="share"/> of the expected total and the total is unchanged; (1, 1) without a share.
    /// </summary>
    public static (double Procedure, double Other) ShareScale(IReadOnlyList<BorderStepSpec> steps, double? share)
    {
        var procedure = steps.Where(s => s.Kind == BorderStepKind.Procedure).Sum(ExpectedHours);
        var other = steps.Where(s => s.Kind != BorderStepKind.Procedure).Sum(ExpectedHours);
        if (share is not { } p || !(procedure + other > 0))
        {
            return (1, 1);
        }

        var total = procedure + other;
        return (procedure > 0 ? p * total / procedure : 1, other > 0 ? (1 - p) * total / other : 1);
    }

    /// <summary>A step's expected hours per train passing the side: its mean time times its probability.</summary>
    public static double ExpectedHours(BorderStepSpec step) => step.Hours.ExpectedValue * Math.Clamp(step.Probability, 0, 1);

    private static BorderStep[][] Group(IReadOnlyList<BorderStep> steps, CustomsRegimeSpec? regime)
    {
        var groups = new List<BorderStep[]>();
        var merged = new List<BorderStep>();
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
