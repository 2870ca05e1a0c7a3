using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Validation;

public static partial class SpecValidator
{
    private static void BorderSteps(string path, BorderSideSpec side, CorridorSpec spec, ProblemList problems)
    {
        if (side.Regime is { } regime && !spec.CustomsRegimes.Any(r => r.Name == regime))
        {
            Unknown(problems, path + ".regime", regime, "customs regime", [.. spec.CustomsRegimes.Select(r => r.Name)]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in side.Steps)
        {
            var at = $"{path}.steps.{step.Name}";
            if (string.IsNullOrWhiteSpace(step.Name))
            {
                problems.Add(path + ".steps", "every step needs a name.");
            }
            else if (!seen.Add(step.Name))
            {
                problems.Add(at, $"'{step.Name}' is used twice on this side; step names must be unique within a side.");
            }

            if (step.CapacityTrains is { } trains)
            {
                problems.AtLeastOne(at + ".capacity_trains", trains);
            }

            problems.Duration(at + ".hours", step.Hours);
            problems.Fraction(at + ".probability", step.Probability);
        }

        if (side.ProceduralShare is { } share)
        {
            problems.Fraction(path + ".procedural_share", share);
            var procedure = side.Steps.Where(s => s.Kind == BorderStepKind.Procedure).Sum(BorderSideTime);
            var other = side.Steps.Where(s => s.Kind != BorderStepKind.Procedure).Sum(BorderSideTime);
            if (share > 0 && !(procedure > 0))
            {
                problems.Add(path + ".procedural_share", $"is {share} but no step of kind procedure has any expected time to rescale.");
            }
            else if (share < 1 && !(other > 0))
            {
                problems.Add(path + ".procedural_share", $"is {share} but no physical or waiting step has any expected time to rescale.");
            }
        }
    }

    private static void Unknown(ProblemList problems, string path, string name, string what, IReadOnlyList<string> known)
    {
        var hint = NameSuggestion.Nearest(name, known) is { } near ? $" (did you mean '{near}'?)" : "";
        problems.Add(path, $"no {what} is named '{name}'{hint}");
    }

    private static double BorderSideTime(BorderStepSpec step) => step.Hours.ExpectedValue * step.Probability;

    private static void Background(CorridorSpec spec, SpecNames names, ProblemList problems)
    {
        problems.AtLeastOne("start_month", spec.StartMonth);
        problems.NotNegative("cohort_margin_days", spec.CohortMarginDays);
        if (spec.StartMonth > 12)
        {
            problems.Add("start_month", $"must be a calendar month from 1 (January) to 12; got {spec.StartMonth}.");
        }

        UniqueWithin("background", spec.Background.Select(b => b.Name), problems);
        foreach (var background in spec.Background)
        {
            var path = $"background.{background.Name}";
            var border = spec.Borders.FirstOrDefault(b => b.Name == background.At);
            if (border is null && !spec.RailLegs.Any(l => l.Name == background.At))
            {
                Unknown(problems, path + ".at", background.At ?? string.Empty, "border crossing or rail leg", [.. names.Borders, .. spec.RailLegs.Select(l => l.Name)]);
            }
            else if (border is not null && !(background.Direction == Direction.Westbound ? border.Westbound : border.Eastbound).HasSteps)
            {
                problems.Add(path + ".at", $"the {background.Direction.ToString().ToLowerInvariant()} side of '{background.At}' is not written as steps; background trains pass a border's steps.");
            }

            problems.Positive(path + ".trains_per_day", background.TrainsPerDay);
            problems.NotNegative(path + ".tonnes_per_train", background.TonnesPerTrain);
        }
    }
}
