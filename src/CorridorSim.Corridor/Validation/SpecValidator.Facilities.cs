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
            problems.Add(path, "is required: each border has a westbound and an eastbound side");
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

    private static void Legs(CorridorSpec spec, ProblemList problems)
    {
        foreach (var leg in spec.RailLegs)
        {
            var path = $"rail_legs.{leg.Name}";
            problems.Duration(path + ".travel_hours", leg.TravelHours);
            problems.Positive(path + ".train_paths_per_day", leg.TrainPathsPerDay);
        }

        foreach (var road in spec.RoadLegs)
        {
            var path = $"road_legs.{road.Name}";
            problems.Duration(path + ".travel_hours", road.TravelHours);
        }
    }

    private static void SeaServices(CorridorSpec spec, ProblemList problems)
    {
        foreach (var service in spec.SeaServices)
        {
            var path = $"sea_services.{service.Name}";
            problems.AtLeastOne(path + ".vessels", service.Vessels);
            var rule = VesselClassRules.For(service.VesselClass);
            if (rule.CountsWholeUnits)
            {
                problems.AtLeastOne($"{path}.{rule.CapacityKey}", (int)rule.Capacity(service));
            }
            else
            {
                problems.Positive($"{path}.{rule.CapacityKey}", rule.Capacity(service));
            }

            if (rule.CapacityKeys.Contains("capacity_trucks"))
            {
                problems.NotNegative(path + ".capacity_trucks", service.CapacityTrucks);
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
            problems.Add(path + ".timetable_hours", "must list at least one departure hour within the week (0 to 168)");
            return;
        }

        for (var i = 0; i < service.TimetableHours.Count; i++)
        {
            var hour = service.TimetableHours[i];
            if (!(hour >= 0 && hour < 168))
            {
                problems.Add($"{path}.timetable_hours[{i}]", $"must be an hour within the week, from 0 up to 168; got {hour}");
            }
        }
    }
}
