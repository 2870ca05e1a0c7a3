using CorridorSim.Cli.Terminal;
using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments;
using CorridorSim.Reporting;
using CorridorSim.Reporting.Writing;
using CorridorSim.Scenarios;
using Spectre.Console;

namespace CorridorSim.Cli.Commands;

/// <summary>The replications of one loaded scenario, as <c>run</c> writes them; <paramref name="overrides"/> (its <c>--set</c> texts) title its report.</summary>
internal sealed class RunExperiment(ScenarioLoadResult loaded, IReadOnlyList<string>? overrides = null) : CommandExperiment<ExperimentResult>
{
    private readonly CorridorSpec _spec = loaded.Spec!;

    public override ExperimentKind Kind => ExperimentKind.Run;

    public override IReadOnlyList<CorridorSpec> Specs => [_spec];

    public override IReadOnlyList<string> PlannedScenarios => [loaded.ResolvedYaml];

    public override string FolderName => _spec.Name;

    public override string ProgressLabel => $"{_spec.Name}: {_spec.Replications} replications";

    public override CorridorSpec Reference => _spec;

    public override ExperimentResult Run(ExperimentRunner runner, ExperimentOptions options, IProgress<ExperimentProgress> progress, RecordedTables? recorded, CancellationToken cancellation) =>
        runner.Run(_spec, options, progress, cancellation, recorded is null ? null : recorded.Finished);

    public override void Write(string folder, ExperimentResult result, RunContext context, RecordedTables? recorded, CancellationToken cancellation) =>
        RunReport.Write(folder, Named(result), context, cancellation, recorded);

    public override RecordedTables StartRecordedTables(string folder, RunContext context, CancellationToken cancellation) =>
        new(folder, context, cancellation);

    public override void Tell(IAnsiConsole console, ExperimentResult result)
    {
        console.WriteLine(RunReport.Headline(Named(result)));
        KpiTable.Print(console, result.Summary);
    }

    private ScenarioRun Named(ExperimentResult result) => new(_spec.Name, loaded.ResolvedYaml, result) { Overrides = overrides ?? [] };
}
