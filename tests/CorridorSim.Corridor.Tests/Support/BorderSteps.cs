using CorridorSim.Corridor.Spec;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Support;

/// <summary>
/// A corridor for border-step tests: mine → 5 h of rail → Dostyk → 10 h → a second post → 10 h → Europe,
/// both borders with the same steps both ways, and four regimes that each have one effect.
/// </summary>
internal static class BorderSteps
{
    public static BorderStepSpec Step(string name, double hours, BorderStepKind kind = BorderStepKind.Procedure, int? capacity = 1, params RegimeEffect[] effects) =>
        new(name, capacity, TinyCorridor.Hours(hours), kind, effects);

    public static TinyCorridor Line(IReadOnlyList<BorderStepSpec> steps, string? regime = null, double? proceduralShare = null, string? secondRegime = null)
    {
        var corridor = new TinyCorridor();
        corridor.Origins.Add(new OriginSpec("mine"));
        corridor.Destinations.Add(new DestinationSpec("europe"));
        corridor.Regimes.Add(new CustomsRegimeSpec("paper", TinyCorridor.Hours(1), 0, TinyCorridor.Hours(0), false, false));
        corridor.Regimes.Add(new CustomsRegimeSpec("pre_arrival", TinyCorridor.Hours(1), 0, TinyCorridor.Hours(0), true, false));
        corridor.Regimes.Add(new CustomsRegimeSpec("single_window", TinyCorridor.Hours(1), 0, TinyCorridor.Hours(0), false, false) { SingleWindow = true });
        corridor.Regimes.Add(new CustomsRegimeSpec("recognising", TinyCorridor.Hours(1), 0, TinyCorridor.Hours(0), false, true));
        var first = BorderSideSpec.OfSteps(steps, regime, proceduralShare);
        var second = BorderSideSpec.OfSteps(steps, secondRegime ?? regime, proceduralShare);
        corridor.Borders.Add(new BorderSpec("dostyk", first, first));
        corridor.Borders.Add(new BorderSpec("second_post", second, second));
        corridor.RailLegs.Add(TinyCorridor.Rail("mine_dostyk", "mine", "dostyk", hours: 5));
        corridor.RailLegs.Add(TinyCorridor.Rail("dostyk_second", "dostyk", "second_post"));
        corridor.RailLegs.Add(TinyCorridor.Rail("second_europe", "second_post", "europe"));
        corridor.Flows.Add(TinyCorridor.Flow("ore", "mine", "europe", ["mine", "dostyk", "second_post", "europe"]));
        return corridor;
    }
}
