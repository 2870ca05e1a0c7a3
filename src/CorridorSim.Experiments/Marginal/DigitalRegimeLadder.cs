using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments.Marginal;

/// <summary>
/// The order in which customs is digitalised — paper (no flag), electronic pre-arrival, single window, mutual
/// recognition — and, for a post's regime, the scenario's next regime up that order.
/// </summary>
/// <remarks>
/// A regime's step is the highest of its flags (a regime with pre-arrival and mutual recognition is at mutual
/// recognition); paper and a paper-and-electronic mix such as <c>mixed_2024</c> are both step 0. The next
/// regime is one the scenario defines, at the lowest step above the post's, the first listed of those; where
/// the scenario defines none higher, the post has no digital candidate (a regime is not invented).
/// </remarks>
public static class DigitalRegimeLadder
{
    /// <summary>The regime's step: 0 paper, 1 electronic pre-arrival, 2 single window, 3 mutual recognition.</summary>
    public static int Step(CustomsRegimeSpec regime)
    {
        ArgumentNullException.ThrowIfNull(regime);
        return regime.MutualRecognition ? 3 : regime.SingleWindow ? 2 : regime.PreArrival ? 1 : 0;
    }

    /// <summary>The regime a post under <paramref name="current"/> moves to next, or null when the scenario defines none higher.</summary>
    public static CustomsRegimeSpec? Next(CorridorSpec spec, string current)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var regime = spec.CustomsRegimes.FirstOrDefault(r => r.Name == current);
        if (regime is null)
        {
            return null;
        }

        var step = Step(regime);
        return spec.CustomsRegimes
            .Where(r => Step(r) > step)
            .OrderBy(Step)
            .FirstOrDefault();
    }

    /// <summary>The effects a border step can list that <paramref name="regime"/> switches on.</summary>
    public static IReadOnlyList<RegimeEffect> EffectsOf(CustomsRegimeSpec regime)
    {
        ArgumentNullException.ThrowIfNull(regime);
        var effects = new List<RegimeEffect>();
        if (regime.PreArrival) effects.Add(RegimeEffect.PreArrival);
        if (regime.SingleWindow) effects.Add(RegimeEffect.SingleWindow);
        if (regime.MutualRecognition) effects.Add(RegimeEffect.MutualRecognition);
        return effects;
    }
}
