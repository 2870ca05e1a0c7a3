using CorridorSim.Cli.Terminal;
using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments;
using CorridorSim.Experiments.Marginal;
using CorridorSim.Reporting;
using CorridorSim.Reporting.Writing;
using CorridorSim.Scenarios;
using Spectre.Console;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// A loaded scenario's marginal study, as <c>bottlenecks</c> and <c>run --marginal</c> write it: the run's folder
/// of the base replications with the marginal files added; <paramref name="overrides"/> (its <c>--set</c> texts) title its report.
/// </summary>
internal sealed class MarginalExperiment(ScenarioLoadResult loaded, IReadOnlyList<string>? overrides = null) : CommandExperiment<MarginalResult>
{
    private readonly CorridorSpec _spec = loaded.Spec!;

    public override ExperimentKind Kind => ExperimentKind.Run;

    public override IReadOnlyList<CorridorSpec> Specs => [_spec];

    public override IReadOnlyList<string> PlannedScenarios => [loaded.ResolvedYaml];

    public override string FolderName => _spec.Name;

    public override string ProgressLabel => $"{_spec.Name}: the base and every change, {_spec.Replications} replications each";

    public override CorridorSpec Reference => _spec;

    public override MarginalResult Run(ExperimentRunner runner, ExperimentOptions options, IProgress<ExperimentProgress> progress, RecordedTables? recorded, CancellationToken cancellation) =>
        runner.Marginal(_spec, Apply, options, progress, cancellation);

    public override void Write(string folder, MarginalResult result, RunContext context, RecordedTables? recorded, CancellationToken cancellation) =>
        RunReport.Write(folder, Named(result), context, cancellation);

    public override void Tell(IAnsiConsole console, MarginalResult result)
    {
        console.WriteLine(RunReport.Headline(Named(result)));
        MarginalTable.Print(console, result);
    }

    /// <summary>The scenario with the candidate's change laid on as a <c>--set</c> override on top of the command line's.</summary>
    /// <exception cref="InvalidOperationException">The override does not fit the scenario: the catalogue wrote a key path the loader does not know, a bug.</exception>
    private CorridorSpec Apply(MarginalCandidate candidate)
    {
        var applied = ScenarioOverrides.Apply(loaded, [ScenarioOverrides.Parse(candidate.Override)]);
        return applied.Spec ?? throw new InvalidOperationException(
            $"The marginal candidate '{candidate.Override}' does not fit scenario '{_spec.Name}': "
            + string.Join("; ", applied.Errors.Select(e => e.ToString())));
    }

    private ScenarioRun Named(MarginalResult result) => new(_spec.Name, loaded.ResolvedYaml, result.Base) { Marginal = result, Overrides = overrides ?? [] };
}
