using System.Globalization;
using CorridorSim.Cli.Commands;
using CorridorSim.Cli.Terminal;
using CorridorSim.Experiments;
using CorridorSim.Experiments.Batch;
using CorridorSim.Scenarios;
using Spectre.Console;

namespace CorridorSim.Cli.Batch;

/// <summary>
/// The experiment a plan describes, rebuilt from its resolved scenarios and <c>--vary</c> texts exactly as
/// the local command builds it from files, so a shard runs the same replications and the merge writes the
/// same files.
/// </summary>
internal static class PlannedExperiment
{
    /// <summary>The experiment of <paramref name="plan"/>, read from <paramref name="planPath"/>.</summary>
    /// <exception cref="PlanFileException">A scenario in the plan no longer loads, or the plan's points do not match its grid.</exception>
    public static CommandExperiment Load(IAnsiConsole console, ExperimentPlan plan, string planPath)
    {
        var loaded = plan.Scenarios.Select((yaml, i) => LoadScenario(console, planPath, yaml, i)).ToList();
        CommandExperiment experiment = plan.Command switch
        {
            ExperimentKind.Run when loaded.Count == 1 => new RunExperiment(loaded[0]),
            ExperimentKind.Compare => new CompareExperiment(loaded),
            ExperimentKind.Sweep when loaded.Count == 1 => ScenarioInput.Sweep(console, loaded[0], plan.Vary),
            _ => throw new PlanFileException(planPath, $"a {plan.Command.ToString().ToLowerInvariant()} plan with {loaded.Count} scenarios; plan again"),
        };

        if (plan.Command == ExperimentKind.Sweep
            && !experiment.PointOverrides.Select(p => string.Join('\n', p)).SequenceEqual(plan.Points.Select(p => string.Join('\n', p))))
        {
            throw new PlanFileException(planPath, "points: they are not the grid of its vary texts; plan again");
        }

        return experiment;
    }

    private static ScenarioLoadResult LoadScenario(IAnsiConsole console, string planPath, string yaml, int index)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"{planPath}#scenarios[{index}]");
        var loaded = ScenarioLoader.LoadFromString(yaml, where);
        if (loaded.Succeeded) return loaded;

        DiagnosticPrinter.Errors(console, loaded.Errors);
        throw new PlanFileException(planPath, string.Create(CultureInfo.InvariantCulture,
            $"scenarios[{index}] no longer loads ({loaded.Errors.Count} errors above); plan again"));
    }
}
