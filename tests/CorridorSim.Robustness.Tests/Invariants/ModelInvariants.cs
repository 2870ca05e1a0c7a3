using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Robustness.Tests.Invariants;

/// <summary>
/// What must hold after any replication of any valid corridor: cargo is conserved, no consignment is in two
/// places at once, time never runs backwards, and every statistic stays in its range.
/// </summary>
/// <remarks>
/// Times are compared with <see cref="Tolerance"/> hours of slack (float sums of durations); shares with
/// <see cref="ShareTolerance"/>.
/// </remarks>
internal static class ModelInvariants
{
    public const double Tolerance = 1e-6;
    public const double ShareTolerance = 1e-9;

    /// <summary>Checks every invariant; throws <see cref="InvariantBroken"/> at the first that fails.</summary>
    public static void Check(CorridorSpec spec, ReplicationResult result)
    {
        var horizonHours = spec.HorizonDays * 24;
        Ledger(result.Ledger);
        Consignments(result, horizonHours);
        Facilities(spec, result.Facilities);
        Causes(result);
        Timeseries(spec, result.Timeseries);
        Months(result);
        foreach (var days in result.TransitDays) That(days >= -Tolerance / 24 && double.IsFinite(days), $"a transit of {days} days");
    }

    private static void Ledger(ConservationLedger ledger)
    {
        if (ledger.Units is { } units) That(units.Balances, $"the unit ledger does not balance: {units}");
        That(ledger.Balances, $"the ledger does not balance: generated {ledger.GeneratedTonnes}, delivered {ledger.DeliveredTonnes}, held {ledger.InSystemTonnes} ({string.Join(", ", ledger.InSystem.Select(e => $"{e.Place}={e.Tonnes}"))})");
        That(ledger.DeliveredTonnes <= ledger.GeneratedTonnes * (1 + 1e-12), $"delivered {ledger.DeliveredTonnes} t of {ledger.GeneratedTonnes} t generated");
        That(ledger.DeliveredTonnes >= 0, $"delivered {ledger.DeliveredTonnes} t");
        foreach (var entry in ledger.InSystem) That(entry.Tonnes > 0 && double.IsFinite(entry.Tonnes), $"{entry.Place} holds {entry.Tonnes} t");
    }

    private static void Consignments(ReplicationResult result, double horizonHours)
    {
        var consignments = result.Consignments ?? throw new InvariantBroken("no consignment records although they were asked for");
        var stages = result.Stages ?? throw new InvariantBroken("no stage records although they were asked for");
        That(Math.Abs(consignments.Sum(c => c.Tonnes) - result.Ledger.GeneratedTonnes) <= 1e-6 * Math.Max(1, result.Ledger.GeneratedTonnes),
            $"consignments hold {consignments.Sum(c => c.Tonnes)} t, the ledger says {result.Ledger.GeneratedTonnes} t were generated");
        var delivered = consignments.Where(c => c.DeliveredHours is not null).Sum(c => c.Tonnes);
        That(Math.Abs(delivered - result.Ledger.DeliveredTonnes) <= 1e-6 * Math.Max(1, result.Ledger.DeliveredTonnes),
            $"delivered consignments hold {delivered} t, the ledger says {result.Ledger.DeliveredTonnes} t were delivered");

        var byId = consignments.ToDictionary(c => c.Id);
        That(byId.Count == consignments.Count, "two consignment records share an id");
        var previous = new Dictionary<long, StageRecord>();
        foreach (var stage in stages)
        {
            var where = $"consignment {stage.ConsignmentId} at {stage.Stage} {stage.Facility} ({stage.ArrivedHours}, {stage.StartedHours}, {stage.LeftHours})";
            That(byId.TryGetValue(stage.ConsignmentId, out var owner), $"{where}: no such consignment");
            That(stage.ArrivedHours <= stage.StartedHours + Tolerance && stage.StartedHours <= stage.LeftHours + Tolerance, $"{where}: arrived ≤ started ≤ left does not hold");
            That(stage.ArrivedHours >= owner!.CreatedHours - Tolerance, $"{where}: arrived before it was created at {owner.CreatedHours}");
            That(stage.LeftHours <= horizonHours + Tolerance, $"{where}: left after the horizon of {horizonHours} h");
            if (owner.DeliveredHours is { } end) That(stage.LeftHours <= end + Tolerance, $"{where}: left after its delivery at {end}");
            if (previous.TryGetValue(stage.ConsignmentId, out var before))
                That(stage.ArrivedHours >= before.LeftHours - Tolerance, $"{where}: arrived before it left its previous stage ({before.Stage} {before.Facility}, left {before.LeftHours})");
            previous[stage.ConsignmentId] = stage;
        }

        foreach (var c in consignments)
        {
            var where = $"consignment {c.Id} of {c.Flow}";
            That(c.CreatedHours >= 0 && c.CreatedHours <= horizonHours + Tolerance, $"{where}: created at {c.CreatedHours} h");
            That(c.Tonnes > 0, $"{where}: {c.Tonnes} t");
            if (c.DeliveredHours is not { } end) continue;
            That(end >= c.CreatedHours - Tolerance && end <= horizonHours + Tolerance, $"{where}: created at {c.CreatedHours}, delivered at {end}");
            That(previous.TryGetValue(c.Id, out var last) && last.Stage == "delivery", $"{where}: delivered, but its last stage is not a delivery");
        }
    }

    private static void Facilities(CorridorSpec spec, IReadOnlyList<FacilityStats> facilities)
    {
        var windowHours = (spec.HorizonDays - spec.WarmupDays) * 24;
        foreach (var f in facilities)
        {
            var where = $"{f.Kind} {f.Facility}";
            That(f.Utilisation is >= 0 and <= 1 + ShareTolerance, $"{where}: utilisation {f.Utilisation}");
            That(f.MeanQueue >= 0 && f.MaxQueue >= f.MeanQueue - Tolerance, $"{where}: mean queue {f.MeanQueue}, max queue {f.MaxQueue}");
            That(f.MeanWaitHours >= 0 && f.P95WaitHours >= 0 && f.WaitingConsignmentHours >= 0, $"{where}: waits {f.MeanWaitHours}, {f.P95WaitHours}, {f.WaitingConsignmentHours}");
            That(f.ThroughputTonnes >= 0 && f.UnitsServed >= 0, $"{where}: throughput {f.ThroughputTonnes} t, {f.UnitsServed} units");
            That(f.ClosureHours >= 0 && f.ClosureHours <= windowHours + Tolerance, $"{where}: closed {f.ClosureHours} h of a {windowHours} h window");
            if (f.Sea is not { } sea) continue;
            That(sea.LoadFactorWestbound is >= 0 and <= 1 + ShareTolerance && sea.LoadFactorEastbound is >= 0 and <= 1 + ShareTolerance,
                $"{where}: load factors {sea.LoadFactorWestbound}, {sea.LoadFactorEastbound}");
            That(sea.DeparturesWestbound >= 0 && sea.DeparturesEastbound >= 0 && sea.MeanLoadWestbound >= 0 && sea.MeanLoadEastbound >= 0,
                $"{where}: departures or loads below zero");
            var vessels = spec.SeaServices.Single(s => s.Name == f.Facility).Vessels;
            That(sea.VesselHoursOutOfService >= 0 && sea.VesselHoursOutOfService <= (vessels * windowHours) + Tolerance,
                $"{where}: {sea.VesselHoursOutOfService} vessel-hours out of service with {vessels} vessels in {windowHours} h");
        }
    }

    /// <summary>Every consignment-hour the facilities record as waiting is charged to one cause, none twice.</summary>
    private static void Causes(ReplicationResult result)
    {
        var waited = result.Facilities.Sum(f => f.WaitingConsignmentHours);
        var charged = result.Causes.Sum(c => c.ConsignmentHours);
        That(Math.Abs(charged - waited) <= 1e-6 * Math.Max(1, waited), $"causes are charged {charged} consignment-hours, the facilities record {waited}");
        foreach (var c in result.Causes)
            That(c.ConsignmentHours > 0 && c.TonneHours >= 0 && c.Utilisation is >= 0 and <= 1 + ShareTolerance, $"cause {c.Cause.Label} at {c.Cause.Facility}: {c.ConsignmentHours} h, {c.TonneHours} t·h, utilisation {c.Utilisation}");
    }

    private static void Timeseries(CorridorSpec spec, IReadOnlyList<TimeseriesPoint> points)
    {
        var lastDay = new Dictionary<string, int>();
        foreach (var p in points)
        {
            var where = $"{p.Facility} on day {p.Day}";
            That(p.QueueUnits >= 0 && p.QueueTonnes >= 0 && p.InService >= 0, $"{where}: queue {p.QueueUnits} units, {p.QueueTonnes} t, {p.InService} in service");
            That(p.Day >= 0 && p.Day <= spec.HorizonDays, $"{where}: outside the horizon");
            if (lastDay.TryGetValue(p.Facility, out var day)) That(p.Day > day, $"{where}: comes after day {day}");
            lastDay[p.Facility] = p.Day;
        }
    }

    private static void Months(ReplicationResult result)
    {
        That(result.Months.All(m => m.DemandTonnes >= 0 && m.DeliveredTonnes >= 0), "a month with negative tonnes");
        var generated = result.Months.Sum(m => m.DemandTonnes);
        var delivered = result.Months.Sum(m => m.DeliveredTonnes);
        That(Math.Abs(generated - result.Ledger.GeneratedTonnes) <= 1e-6 * Math.Max(1, generated), $"months add up to {generated} t generated, the ledger says {result.Ledger.GeneratedTonnes}");
        That(Math.Abs(delivered - result.Ledger.DeliveredTonnes) <= 1e-6 * Math.Max(1, delivered), $"months add up to {delivered} t delivered, the ledger says {result.Ledger.DeliveredTonnes}");
    }

    private static void That(bool holds, string what)
    {
        if (!holds) throw new InvariantBroken(what);
    }
}
