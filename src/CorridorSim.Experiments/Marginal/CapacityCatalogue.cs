using System.Globalization;
using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Experiments.Marginal;

/// <summary>
/// Every capacity of a scenario as a change of one unit, and every customs post moved one step up the
/// digital ladder: the candidates of a <c>bottlenecks</c> study, each a key path and value that a
/// <c>--set</c> override would write.
/// </summary>
/// <remarks>
/// <para>
/// One unit is one more berth of a kind a port has, vessel in a fleet, customs officer or inspection lane,
/// train-step capacity of a border step (tracks, officers, crews), exchange or gauge-change track, and train
/// path a day on a rail line; a flow's wagon pool grows by one train's worth, and a yard by a tenth of its
/// room (one wagon more would not show), rounded up to a whole wagon, TEU or tonne.
/// </para>
/// <para>
/// Digital candidates: a post (a border side with a regime, a short-form or port customs post) whose
/// scenario defines a regime higher up <see cref="DigitalRegimeLadder"/>; a border side of steps only when
/// one of its steps lists an effect the next regime switches on, since otherwise nothing would change.
/// </para>
/// <para>Candidates come in spec order: ports, borders, rail legs, sea services, flows; then the digital ones.</para>
/// </remarks>
public static class CapacityCatalogue
{
    /// <summary>The share by which a yard grows as its one unit.</summary>
    public const double YardStep = 0.1;

    /// <summary>Every candidate of <paramref name="spec"/>, capacities first, then digital regimes.</summary>
    public static IReadOnlyList<MarginalCandidate> Of(CorridorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var candidates = new List<MarginalCandidate>();
        foreach (var port in spec.Ports)
        {
            AddPort(candidates, spec, port);
        }

        foreach (var border in spec.Borders)
        {
            AddSide(candidates, spec, border.Name, "westbound", border.Westbound);
            AddSide(candidates, spec, border.Name, "eastbound", border.Eastbound);
        }

        foreach (var leg in spec.RailLegs)
        {
            candidates.Add(OneMore(leg.Name, $"rail_legs.{leg.Name}.train_paths_per_day", leg.TrainPathsPerDay, 1, $"{leg.Name}: train paths a day", new WaitCause(WaitCauseKind.TrainPath, leg.Name, FacilityKind.RailLeg)));
        }

        foreach (var service in spec.SeaServices)
        {
            candidates.Add(OneMore(service.Name, $"sea_services.{service.Name}.vessels", service.Vessels, 1, $"{service.Name}: vessels", new WaitCause(WaitCauseKind.Vessels, service.Name, FacilityKind.SeaService)));
        }

        foreach (var flow in spec.Flows.Where(f => f.WagonPool is not null))
        {
            candidates.Add(OneMore(flow.Origin, $"flows.{flow.Name}.wagon_pool", flow.WagonPool!.Value, Math.Max(1, flow.UnitsPerTrain), $"{flow.Name}: wagon pool", new WaitCause(WaitCauseKind.WagonPool, flow.Origin, FacilityKind.Origin, flow.Name)));
        }

        candidates.AddRange(DigitalCandidates(spec));
        return candidates;
    }

    private static void AddPort(List<MarginalCandidate> candidates, CorridorSpec spec, PortSpec port)
    {
        foreach (var berth in port.Berths.Where(b => b.Count > 0))
        {
            var rule = VesselClassRules.For(berth.Kind);
            candidates.Add(OneMore(port.Name, $"ports.{port.Name}.{rule.BerthKey}", berth.Count, 1, $"{port.Name}: {rule.BerthWords} berths", new WaitCause(WaitCauseKind.Berth, port.Name, FacilityKind.Port, SnakeCase.Of(berth.Kind))));
        }

        foreach (var rule in VesselClassRules.All)
        {
            var room = rule.YardCapacity(port);
            if (room > 0 && spec.SeaServices.Any(s => s.VesselClass == rule.Class && (s.EastPort == port.Name || s.WestPort == port.Name)))
            {
                candidates.Add(OneMore(port.Name, $"ports.{port.Name}.{rule.YardKey}", room, Math.Ceiling(room * YardStep), $"{port.Name}: yard room in {rule.LoadUnit}", new WaitCause(WaitCauseKind.YardSpace, port.Name, FacilityKind.Port, rule.LoadUnit)));
            }
        }

        if (port.Customs is { } post)
        {
            AddPost(candidates, spec, port.Name, FacilityKind.Port, null, $"ports.{port.Name}.customs", post);
        }
    }

    private static void AddSide(List<MarginalCandidate> candidates, CorridorSpec spec, string border, string direction, BorderSideSpec side)
    {
        var path = $"borders.{border}.{direction}";
        if (side.HasSteps)
        {
            foreach (var step in side.Steps.Where(s => s.CapacityTrains is not null))
            {
                candidates.Add(OneMore(border, $"{path}.steps.{step.Name}.capacity_trains", step.CapacityTrains!.Value, 1, $"{border} {direction}: {step.Name.Replace('_', ' ')} capacity", StepCause(border, direction, step.Name)));
            }

            return;
        }

        candidates.Add(OneMore(border, $"{path}.exchange_tracks", side.ExchangeTracks, 1, $"{border} {direction}: exchange tracks", StepCause(border, direction, StageName.Exchange)));
        if (side.GaugeChange is { } gauge)
        {
            candidates.Add(OneMore(border, $"{path}.gauge_change.tracks", gauge.Tracks, 1, $"{border} {direction}: gauge-change tracks", StepCause(border, direction, StageName.GaugeChange)));
        }

        if (side.Customs is { } post)
        {
            AddPost(candidates, spec, border, FacilityKind.Border, direction, $"{path}.customs", post);
        }
    }

    private static void AddPost(List<MarginalCandidate> candidates, CorridorSpec spec, string facility, FacilityKind kind, string? side, string path, CustomsPostSpec post)
    {
        candidates.Add(OneMore(facility, $"{path}.document_officers", post.DocumentOfficers, 1, $"{facility}: customs officers", new WaitCause(WaitCauseKind.Officers, facility, kind, side)));
        var regime = spec.CustomsRegimes.FirstOrDefault(r => r.Name == post.Regime);
        if (regime is { InspectionProbability: > 0 })
        {
            candidates.Add(OneMore(facility, $"{path}.inspection_lanes", post.InspectionLanes, 1, $"{facility}: inspection lanes", new WaitCause(WaitCauseKind.InspectionLanes, facility, kind, side)));
        }
    }

    /// <summary>The cause a train queued for a border step is charged to: its gauge-change tracks, or the step.</summary>
    private static WaitCause StepCause(string border, string direction, string step) =>
        new(step == StageName.GaugeChange ? WaitCauseKind.GaugeChange : WaitCauseKind.BorderStep, border, FacilityKind.Border, $"{direction}.{step}");

    private static IEnumerable<MarginalCandidate> DigitalCandidates(CorridorSpec spec)
    {
        foreach (var border in spec.Borders)
        {
            foreach (var (direction, side) in new[] { ("westbound", border.Westbound), ("eastbound", border.Eastbound) })
            {
                var path = $"borders.{border.Name}.{direction}";
                var where = $"{border.Name} {direction}";
                if (side.HasSteps && side.Regime is { } regime && DigitalRegimeLadder.Next(spec, regime) is { } next && Shortens(side, spec, regime, next))
                {
                    yield return Digital(border.Name, $"{border.Name}.{direction}", $"{path}.regime", regime, next, where);
                }
                else if (!side.HasSteps && side.Customs is { } post && DigitalRegimeLadder.Next(spec, post.Regime) is { } shortNext)
                {
                    yield return Digital(border.Name, $"{border.Name}.{direction}", $"{path}.customs.regime", post.Regime, shortNext, where);
                }
            }
        }

        foreach (var port in spec.Ports)
        {
            if (port.Customs is { } post && DigitalRegimeLadder.Next(spec, post.Regime) is { } next)
            {
                yield return Digital(port.Name, port.Name, $"ports.{port.Name}.customs.regime", post.Regime, next, port.Name);
            }
        }
    }

    /// <summary>Whether some step of the side lists an effect that <paramref name="next"/> switches on and <paramref name="current"/> does not.</summary>
    private static bool Shortens(BorderSideSpec side, CorridorSpec spec, string current, CustomsRegimeSpec next)
    {
        var had = spec.CustomsRegimes.FirstOrDefault(r => r.Name == current) is { } regime ? DigitalRegimeLadder.EffectsOf(regime) : [];
        var gained = DigitalRegimeLadder.EffectsOf(next).Except(had).ToList();
        return side.Steps.Any(s => s.RegimeEffects.Any(gained.Contains));
    }

    private static MarginalCandidate Digital(string facility, string where, string keyPath, string current, CustomsRegimeSpec next, string words) =>
        new($"{where}:{next.Name}", MarginalChange.DigitalRegime, facility, keyPath, next.Name, $"{words}: customs {current} → {next.Name}");

    private static MarginalCandidate OneMore(string facility, string keyPath, double now, double step, string words, WaitCause cause)
    {
        var next = now + step;
        var parts = keyPath.Split('.');
        var name = $"{parts[1]}.{string.Join('.', parts.Skip(2).Where(p => p is not ("steps" or "capacity_trains")))}+{Text(step)}";
        return new MarginalCandidate(name, MarginalChange.Capacity, facility, keyPath, Text(next), $"{words} {Text(now)} → {Text(next)}") { Cause = cause };
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
