using CorridorSim.Corridor.Spec;
using CorridorSim.Scenarios.Writing;

namespace CorridorSim.Scenarios;

/// <summary>Borders, ports, legs, sea services and customs regimes.</summary>
public static partial class ScenarioWriter
{
    private static void Borders(YamlText y, IReadOnlyList<BorderSpec> borders)
    {
        if (borders.Count == 0) return;
        y.Key(0, "borders");
        foreach (var border in borders)
        {
            y.Item(1, "name", YamlText.Text(border.Name));
            Position(y, 2, border.Position);
            BorderSide(y, "westbound", border.Westbound);
            BorderSide(y, "eastbound", border.Eastbound);
        }
    }

    private static void BorderSide(YamlText y, string key, BorderSideSpec side)
    {
        y.Key(2, key);
        if (side.HasSteps)
        {
            BorderSteps(y, side);
            return;
        }

        y.Pair(3, "exchange_tracks", YamlText.Number(side.ExchangeTracks));
        y.Pair(3, "exchange_hours", YamlText.Distribution(side.ExchangeHours));
        CustomsPost(y, 3, side.Customs);
        if (side.GaugeChange is { } gauge)
        {
            y.Key(3, "gauge_change");
            y.Pair(4, "tracks", YamlText.Number(gauge.Tracks));
            y.Pair(4, "hours_per_train", YamlText.Distribution(gauge.HoursPerTrain));
        }
    }

    private static void BorderSteps(YamlText y, BorderSideSpec side)
    {
        if (side.Regime is { } regime) y.Pair(3, "regime", YamlText.Text(regime));
        if (side.ProceduralShare is { } share) y.Pair(3, "procedural_share", YamlText.Number(share));
        y.Key(3, "steps");
        foreach (var step in side.Steps)
        {
            y.Item(4, "name", YamlText.Text(step.Name));
            if (step.CapacityTrains is { } capacity) y.Pair(5, "capacity_trains", YamlText.Number(capacity));
            y.Pair(5, "hours", YamlText.Distribution(step.Hours));
            y.Pair(5, "kind", YamlText.Word(step.Kind));
            y.Pair(5, "regime_effects", $"[{string.Join(", ", step.RegimeEffects.Select(e => YamlText.Word(e)))}]");
            y.Pair(5, "probability", YamlText.Number(step.Probability));
            if (step.CargoClasses is { } classes) y.Pair(5, "cargo_classes", YamlText.Words(classes));
        }
    }

    private static void Ports(YamlText y, IReadOnlyList<PortSpec> ports)
    {
        if (ports.Count == 0) return;
        y.Key(0, "ports");
        foreach (var port in ports)
        {
            y.Item(1, "name", YamlText.Text(port.Name));
            Position(y, 2, port.Position);
            y.Pair(2, "yard_capacity_wagons", YamlText.Number(port.YardCapacityWagons));
            y.Pair(2, "yard_capacity_teu", YamlText.Number(port.YardCapacityTeu));
            y.Pair(2, "yard_capacity_tonnes", YamlText.Number(port.YardCapacityTonnes));
            foreach (var rule in VesselClassRules.All)
            {
                y.Pair(2, rule.BerthKey, YamlText.Number(port.Berth(rule.Berth).Count));
            }

            foreach (var rule in VesselClassRules.All)
            {
                y.Pair(2, rule.HandlingHoursKey, YamlText.Distribution(port.Berth(rule.Berth).HandlingHours));
            }
            CustomsPost(y, 2, port.Customs);
            y.Pair(2, "train_max_wait_hours", YamlText.Number(port.TrainMaxWaitHours));
        }
    }

    private static void Legs(YamlText y, CorridorSpec spec)
    {
        if (spec.RailLegs.Count > 0)
        {
            y.Key(0, "rail_legs");
            foreach (var leg in spec.RailLegs)
            {
                y.Item(1, "name", YamlText.Text(leg.Name));
                y.Pair(2, "from", YamlText.Text(leg.From));
                y.Pair(2, "to", YamlText.Text(leg.To));
                y.Pair(2, "travel_hours", YamlText.Distribution(leg.TravelHours));
                y.Pair(2, "train_paths_per_day", YamlText.Number(leg.TrainPathsPerDay));
            }
        }

        if (spec.RoadLegs.Count == 0) return;
        y.Key(0, "road_legs");
        foreach (var leg in spec.RoadLegs)
        {
            y.Item(1, "name", YamlText.Text(leg.Name));
            y.Pair(2, "from", YamlText.Text(leg.From));
            y.Pair(2, "to", YamlText.Text(leg.To));
            y.Pair(2, "travel_hours", YamlText.Distribution(leg.TravelHours));
        }
    }

    private static void SeaServices(YamlText y, IReadOnlyList<SeaServiceSpec> services)
    {
        if (services.Count == 0) return;
        y.Key(0, "sea_services");
        foreach (var s in services)
        {
            y.Item(1, "name", YamlText.Text(s.Name));
            y.Pair(2, "east_port", YamlText.Text(s.EastPort));
            y.Pair(2, "west_port", YamlText.Text(s.WestPort));
            y.Pair(2, "vessel_class", YamlText.Word(s.VesselClass));
            y.Pair(2, "vessels", YamlText.Number(s.Vessels));
            y.Pair(2, "capacity_wagons", YamlText.Number(s.CapacityWagons));
            if (s.VesselClass == VesselClass.RailFerry || s.CapacityTrucks != 0) y.Pair(2, "capacity_trucks", YamlText.Number(s.CapacityTrucks));
            y.Pair(2, "capacity_teu", YamlText.Number(s.CapacityTeu));
            y.Pair(2, "capacity_tonnes", YamlText.Number(s.CapacityTonnes));
            y.Pair(2, "sailing_hours", YamlText.Distribution(s.SailingHours));
            y.Pair(2, "departure_policy", YamlText.Word(s.Policy));
            // Written only where they count, so the resolved file draws no "ignored" warnings.
            if (s.Policy == DeparturePolicy.MaxWait || s.MaxWaitHours != 0) y.Pair(2, "max_wait_hours", YamlText.Number(s.MaxWaitHours));
            if (s.Policy == DeparturePolicy.Timetable || s.TimetableHours.Count > 0) y.Pair(2, "timetable_hours", YamlText.Numbers(s.TimetableHours));
            if (s.Breakdowns is { } b)
            {
                y.Key(2, "breakdowns");
                y.Pair(3, "mtbf_hours", YamlText.Number(b.MtbfHours));
                y.Pair(3, "repair_hours", YamlText.Distribution(b.RepairHours));
            }

            if (s.TransshipsWagons) y.Pair(2, "transships_wagons", YamlText.Bool(true));
        }
    }

    private static void CustomsRegimes(YamlText y, IReadOnlyList<CustomsRegimeSpec> regimes)
    {
        if (regimes.Count == 0) return;
        y.Key(0, "customs_regimes");
        foreach (var r in regimes)
        {
            y.Item(1, "name", YamlText.Text(r.Name));
            y.Pair(2, "document_check_hours", YamlText.Distribution(r.DocumentCheckHours));
            y.Pair(2, "inspection_probability", YamlText.Number(r.InspectionProbability));
            y.Pair(2, "inspection_hours", YamlText.Distribution(r.InspectionHours));
            y.Pair(2, "pre_arrival", YamlText.Bool(r.PreArrival));
            y.Pair(2, "mutual_recognition", YamlText.Bool(r.MutualRecognition));
            y.Pair(2, "single_window", YamlText.Bool(r.SingleWindow));
        }
    }
}
