using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Validation;

public static partial class SpecValidator
{
    private static void Storms(CorridorSpec spec, ProblemList problems)
    {
        foreach (var storm in spec.Storms)
        {
            var path = $"storms.{storm.Name}";
            var closes = storm.Closes ?? [];
            if (closes.Count == 0)
            {
                problems.Add(path + ".closes", "must list at least one port, border or sea service");
            }

            var months = storm.EpisodesPerMonth ?? [];
            if (months.Count != 12)
            {
                problems.Add(path + ".episodes_per_month", $"must have twelve numbers, January first; got {months.Count}");
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

    private static void Disruptions(CorridorSpec spec, ProblemList problems)
    {
        foreach (var disruption in spec.Disruptions)
        {
            var path = $"disruptions.{disruption.Name}";
            problems.NotNegative(path + ".start_day", disruption.StartDay);
            problems.Positive(path + ".duration_days", disruption.DurationDays);
        }
    }
}
