using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Validation;

public static partial class SpecValidator
{
    private static void CustomsRegimes(CorridorSpec spec, ProblemList problems)
    {
        foreach (var regime in spec.CustomsRegimes)
        {
            var path = $"customs_regimes.{regime.Name}";
            problems.Duration(path + ".document_check_hours", regime.DocumentCheckHours);
            problems.Fraction(path + ".inspection_probability", regime.InspectionProbability);
            if (regime.InspectionProbability > 0)
            {
                problems.Duration(path + ".inspection_hours", regime.InspectionHours);
            }
        }
    }

    private static void CustomsPost(string path, CustomsPostSpec? post, CorridorSpec spec, SpecNames names, ProblemList problems)
    {
        if (post is null)
        {
            return;
        }

        if (!names.Regimes.Contains(post.Regime ?? string.Empty))
        {
            Unknown(problems, path + ".regime", post.Regime ?? string.Empty, "customs regime", names.Regimes);
        }

        problems.AtLeastOne(path + ".document_officers", post.DocumentOfficers);
        var regime = spec.CustomsRegimes.FirstOrDefault(r => r.Name == post.Regime);
        if (regime is { InspectionProbability: > 0 })
        {
            problems.AtLeastOne(path + ".inspection_lanes", post.InspectionLanes);
        }
        else if (post.InspectionLanes < 0)
        {
            problems.NotNegative(path + ".inspection_lanes", post.InspectionLanes);
        }
    }

    private static void Borders(CorridorSpec spec, SpecNames names, ProblemList problems)
    {
        foreach (var border in spec.Borders)
        {
            BorderSide($"borders.{border.Name}.westbound", border.Westbound, spec, names, problems);
            BorderSide($"borders.{border.Name}.eastbound", border.Eastbound, spec, names, problems);
        }
    }

    private static void BorderSide(string path, BorderSideSpec? side, CorridorSpec spec, SpecNames names, ProblemList problems)
    {
        if (side is null)
        {
            problems.Add(path, "is required: each border has a westbound and an eastbound side.");
            return;
        }

        if (side.HasSteps)
        {
            BorderSteps(path, side, spec, problems);
            return;
        }

        problems.AtLeastOne(path + ".exchange_tracks", side.ExchangeTracks);
        problems.Duration(path + ".exchange_hours", side.ExchangeHours);
        CustomsPost(path + ".customs", side.Customs, spec, names, problems);
        if (side.GaugeChange is { } gauge)
        {
            problems.AtLeastOne(path + ".gauge_change.tracks", gauge.Tracks);
            problems.Duration(path + ".gauge_change.hours_per_train", gauge.HoursPerTrain);
        }
    }

    private static void Ports(CorridorSpec spec, SpecNames names, ProblemList problems)
    {
        foreach (var port in spec.Ports)
        {
            var path = $"ports.{port.Name}";
            problems.NotNegative(path + ".yard_capacity_wagons", port.YardCapacityWagons);
            problems.NotNegative(path + ".yard_capacity_teu", port.YardCapacityTeu);
            problems.NotNegative(path + ".yard_capacity_tonnes", port.YardCapacityTonnes);
            foreach (var rule in VesselClassRules.All)
            {
                problems.NotNegative($"{path}.{rule.BerthKey}", port.Berth(rule.Berth).Count);
            }

            foreach (var rule in VesselClassRules.All)
            {
                if (port.Berth(rule.Berth) is { Count: > 0 } berths)
                {
                    problems.Duration($"{path}.{rule.HandlingHoursKey}", berths.HandlingHours);
                }
            }

            CustomsPost(path + ".customs", port.Customs, spec, names, problems);
            problems.NotNegative(path + ".train_max_wait_hours", port.TrainMaxWaitHours);
        }
    }

    private static void Legs(CorridorSpec spec, SpecNames names, ProblemList problems)
    {
        foreach (var leg in spec.RailLegs)
        {
            var path = $"rail_legs.{leg.Name}";
            Ends(path, leg.From, leg.To, names, problems);
            problems.Duration(path + ".travel_hours", leg.TravelHours);
            problems.Positive(path + ".train_paths_per_day", leg.TrainPathsPerDay);
        }

        foreach (var road in spec.RoadLegs)
        {
            var path = $"road_legs.{road.Name}";
            Ends(path, road.From, road.To, names, problems);
            problems.Duration(path + ".travel_hours", road.TravelHours);
        }
    }

    private static void Ends(string path, string from, string to, SpecNames names, ProblemList problems)
    {
        if (!names.Facilities.Contains(from ?? string.Empty))
        {
            Unknown(problems, path + ".from", from ?? string.Empty, "facility", names.Facilities);
        }

        if (!names.Facilities.Contains(to ?? string.Empty))
        {
            Unknown(problems, path + ".to", to ?? string.Empty, "facility", names.Facilities);
        }

        if (from == to)
        {
            problems.Add(path + ".to", $"must differ from 'from' ('{from}'): a leg joins two facilities.");
        }
    }

    private static void SeaServices(CorridorSpec spec, SpecNames names, ProblemList problems)
    {
        foreach (var service in spec.SeaServices)
        {
            var path = $"sea_services.{service.Name}";
            SeaEnd(path + ".east_port", service.EastPort, service.VesselClass, spec, names, problems);
            SeaEnd(path + ".west_port", service.WestPort, service.VesselClass, spec, names, problems);
            if (service.EastPort == service.WestPort)
            {
                problems.Add(path + ".west_port", $"must differ from east_port ('{service.EastPort}').");
            }

            problems.AtLeastOne(path + ".vessels", service.Vessels);
            switch (service.VesselClass)
            {
                case VesselClass.RailFerry:
                    problems.AtLeastOne(path + ".capacity_wagons", service.CapacityWagons);
                    problems.NotNegative(path + ".capacity_trucks", service.CapacityTrucks);
                    break;
                case VesselClass.ContainerFeeder:
                    problems.AtLeastOne(path + ".capacity_teu", service.CapacityTeu);
                    break;
                default:
                    problems.Positive(path + ".capacity_tonnes", service.CapacityTonnes);
                    break;
            }

            problems.Duration(path + ".sailing_hours", service.SailingHours);
            DeparturePolicyOf(path, service, problems);
            if (service.Breakdowns is { } breakdowns)
            {
                problems.Positive(path + ".breakdowns.mtbf_hours", breakdowns.MtbfHours);
                problems.Duration(path + ".breakdowns.repair_hours", breakdowns.RepairHours);
            }
        }
    }

    private static void DeparturePolicyOf(string path, SeaServiceSpec service, ProblemList problems)
    {
        if (service.Policy == DeparturePolicy.MaxWait)
        {
            problems.Positive(path + ".max_wait_hours", service.MaxWaitHours);
        }

        if (service.Policy != DeparturePolicy.Timetable)
        {
            return;
        }

        if (service.TimetableHours is null || service.TimetableHours.Count == 0)
        {
            problems.Add(path + ".timetable_hours", "must list at least one departure hour within the week (0 to 168).");
            return;
        }

        for (var i = 0; i < service.TimetableHours.Count; i++)
        {
            var hour = service.TimetableHours[i];
            if (!(hour >= 0 && hour < 168))
            {
                problems.Add($"{path}.timetable_hours[{i}]", $"must be an hour within the week, from 0 up to 168; got {hour}.");
            }
        }
    }

    private static void SeaEnd(string path, string port, VesselClass vesselClass, CorridorSpec spec, SpecNames names, ProblemList problems)
    {
        if (!names.Ports.Contains(port ?? string.Empty))
        {
            Unknown(problems, path, port ?? string.Empty, "port", names.Ports);
            return;
        }

        var portSpec = spec.Ports.First(p => p.Name == port);
        var berths = portSpec.BerthFor(vesselClass).Count;
        var key = VesselClassRules.For(vesselClass).BerthKey;
        if (berths < 1)
        {
            problems.Add($"ports.{port}.{key}", $"must be at least 1: {path.Split('.')[1]} ({vesselClass}) calls at {port}; got {berths}.");
        }
    }
}
