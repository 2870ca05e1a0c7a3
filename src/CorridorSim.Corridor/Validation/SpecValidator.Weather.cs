using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Validation;

public static partial class SpecValidator
{
    private static void Storms(CorridorSpec spec, SpecNames names, ProblemList problems)
    {
        foreach (var storm in spec.Storms)
        {
            var path = $"storms.{storm.Name}";
            var closes = storm.Closes ?? [];
            if (closes.Count == 0)
            {
                problems.Add(path + ".closes", "must list at least one port, border or sea service.");
            }

            for (var i = 0; i < closes.Count; i++)
            {
                var place = closes[i] ?? string.Empty;
                if (!names.Ports.Contains(place) && !names.SeaServices.Contains(place) && !names.Borders.Contains(place))
                {
                    Unknown(problems, $"{path}.closes[{i}]", place, "port, border or sea service", names.Ports.Concat(names.Borders).Concat(names.SeaServices));
                }
            }

            var months = storm.EpisodesPerMonth ?? [];
            if (months.Count != 12)
            {
                problems.Add(path + ".episodes_per_month", $"must have twelve numbers, January first; got {months.Count}.");
            }
            else
            {
                for (var i = 0; i < 12; i++)
                {
                    problems.NotNegative($"{path}.episodes_per_month[{i}]", months[i]);
                }
            }

            problems.Duration(path + ".episode_hours", storm.EpisodeHours);
        }
    }

    private static void Disruptions(CorridorSpec spec, SpecNames names, ProblemList problems)
    {
        foreach (var disruption in spec.Disruptions)
        {
            var path = $"disruptions.{disruption.Name}";
            if (!names.Closable.Contains(disruption.Closes ?? string.Empty))
            {
                Unknown(problems, path + ".closes", disruption.Closes ?? string.Empty, "facility, leg or sea service", names.Closable);
            }

            problems.NotNegative(path + ".start_day", disruption.StartDay);
            problems.Positive(path + ".duration_days", disruption.DurationDays);
        }
    }
}
