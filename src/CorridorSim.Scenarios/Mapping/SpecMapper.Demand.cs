using System.Globalization;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>Flows of cargo and their routes.</summary>
internal static partial class SpecMapper
{
    /// <summary>How far the twelve seasonality factors may average from 1 before it is called a mistake.</summary>
    public const double SeasonalityTolerance = 0.01;

    private static FlowSpec Flow(MappingReader r)
    {
        var knownUnit = r.Choice<CargoUnit>("unit", required: true);
        var unit = knownUnit ?? CargoUnit.Truck;
        if (knownUnit is null) r.Context.SkipChecksBelow(r.Path);
        var routing = r.Choice<RoutingPolicy>("routing", RoutingPolicy.FixedShares);

        // Trucks and oil parcels travel one to a "train"; wagons and containers must say how many make a train.
        var singles = knownUnit is null or CargoUnit.Truck or CargoUnit.OilParcel;
        var teuRule = unit == CargoUnit.Container ? NumberRule.TeuPerUnit with { MinExclusive = true } : NumberRule.TeuPerUnit;
        var spec = new FlowSpec(
            r.ItemName!,
            r.Reference("origin", "an origin"),
            r.Reference("destination", "a destination"),
            r.Choice<Direction>("direction", null),
            r.Text("cargo_class", "general"),
            unit,
            r.Number("annual_tonnes", NumberRule.Tonnes, null),
            r.OptionalNumber("annual_tonnes_end", NumberRule.Tonnes),
            Seasonality(r),
            r.Number("tonnes_per_unit", NumberRule.PositiveTonnes, null),
            r.Number("teu_per_unit", teuRule, unit == CargoUnit.Container ? 1 : 0),
            r.Whole("units_per_train", NumberRule.AtLeastOne, singles ? 1 : null),
            Routes(r, routing),
            routing,
            r.Number("empty_return_share", NumberRule.Share, 0),
            r.OptionalNumber("wagon_pool", NumberRule.YardUnits) is { } pool ? (int)Math.Min(pool, int.MaxValue) : null)
        {
            // Absent: the flow's own name made folder-safe, the rule FlowSpec.Group states.
            Group = r.Text("group", FolderSafeWord.From(r.ItemName ?? ""), FolderSafeWord.Allowed),
        };
        ConsignmentsPerYear(r, spec);
        r.Finish();
        return spec;
    }

    /// <summary>
    /// Refuses a flow that would create more than <see cref="ScenarioLimits.MaxConsignmentsPerYear"/> consignments
    /// a year at its peak: such a run would never finish (a few extra zeros on annual_tonnes, or tonnes_per_unit
    /// written in kilotonnes).
    /// </summary>
    private static void ConsignmentsPerYear(MappingReader r, FlowSpec flow)
    {
        var ramp = flow.AnnualTonnesEnd is { } end && end > flow.AnnualTonnes;
        var peak = ramp ? flow.AnnualTonnesEnd!.Value : flow.AnnualTonnes;
        var perYear = peak / flow.TonnesPerUnit;
        if (!double.IsFinite(peak) || !(flow.TonnesPerUnit > 0) || perYear <= ScenarioLimits.MaxConsignmentsPerYear) return;
        var key = ramp ? "annual_tonnes_end" : "annual_tonnes";
        r.Context.Error(r.LocationOf(key), r.KeyPath(key),
            string.Create(CultureInfo.InvariantCulture,
                $"the flow would create {perYear:N0} consignments a year ({peak:N0} t at {NumberRule.Format(flow.TonnesPerUnit)} t each); the model simulates at most {ScenarioLimits.MaxConsignmentsPerYear:N0} a year per flow"),
            NumberRule.Format(peak),
            string.Create(CultureInfo.InvariantCulture, $"at most {ScenarioLimits.MaxConsignmentsPerYear:N0} × tonnes_per_unit tonnes a year"));
    }

    private static IReadOnlyList<double>? Seasonality(MappingReader r)
    {
        var factors = r.Numbers("monthly_seasonality", NumberRule.Factor, 12, required: false);
        if (factors is { Count: 12 } && factors.All(double.IsFinite) && Math.Abs(factors.Average() - 1) > SeasonalityTolerance)
            r.Context.Error(r.LocationOf("monthly_seasonality"), r.KeyPath("monthly_seasonality"),
                $"the twelve factors average {factors.Average():0.###}", null, $"twelve factors (January first) averaging 1 (± {SeasonalityTolerance})");
        return factors;
    }

    private static IReadOnlyList<RouteSpec> Routes(MappingReader r, RoutingPolicy routing)
    {
        var items = r.Items("routes", false, "routes");
        if (items.Count == 0 && r.Node.Find("routes")?.Value is null or Yaml.ScenarioSequence or Yaml.ScenarioScalar { IsNull: true })
            r.Context.Error(r.LocationOf("routes"), r.KeyPath("routes"), $"the flow '{r.ItemName}' has no route", null,
                "at least one route: a name and via, the facilities from origin to destination");

        var equalShare = items.Count == 0 ? 1 : 1.0 / items.Count;
        var routes = items.Select(i => Finished(i, new RouteSpec(
            i.ItemName!,
            i.Names("via", 2, "facilities from the flow's origin to its destination"),
            i.Number("share", NumberRule.Share, equalShare)))).ToList();

        if (routing == RoutingPolicy.FixedShares && routes.Count > 0 && routes.All(x => double.IsFinite(x.Share)) && Math.Abs(routes.Sum(x => x.Share) - 1) > 1e-6)
        {
            r.Context.Error(r.LocationOf("routes"), r.KeyPath("routes"), $"the route shares add up to {routes.Sum(x => x.Share):0.####}",
                null, "shares that add up to 1");
        }

        return routes;
    }
}
