using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments;
using CorridorSim.Reporting;
using CorridorSim.Reporting.Writing;
using CorridorSim.Scenarios;
using Spectre.Console;

namespace CorridorSim.Cli.Commands;

/// <summary>Several loaded scenarios on the same seeds, as <c>compare</c> writes them; each with the overrides its title shows.</summary>
internal sealed class CompareExperiment(IReadOnlyList<ScenarioLoadResult> loaded, IReadOnlyList<IReadOnlyList<string>>? overrides = null)
    : CommandExperiment<ComparisonResult>
{
    private readonly IReadOnlyList<IReadOnlyList<string>> _overrides = overrides ?? [];

    private readonly IReadOnlyList<CorridorSpec> _specs = loaded.Select(l => l.Spec!).ToList();

    private IReadOnlyList<string> ResolvedYamls => loaded.Select(l => l.ResolvedYaml).ToList();

    public override ExperimentKind Kind => ExperimentKind.Compare;

    public override IReadOnlyList<CorridorSpec> Specs => _specs;

    public override IReadOnlyList<string> PlannedScenarios => ResolvedYamls;

    public override string FolderName => "compare-" + _specs[0].Name;

    public override string ProgressLabel => $"compare {_specs.Count} scenarios";

    public override CorridorSpec Reference => _specs[0];

    public override ComparisonResult Run(ExperimentRunner runner, ExperimentOptions options, IProgress<ExperimentProgress> progress, RecordedTables? recorded, CancellationToken cancellation) =>
        runner.Compare(_specs, options, progress, cancellation);

    public override void Write(string folder, ComparisonResult result, RunContext context, RecordedTables? recorded, CancellationToken cancellation) =>
        CompareReport.Write(folder, result, ResolvedYamls, _overrides, context, cancellation);

    public override void Tell(IAnsiConsole console, ComparisonResult result) =>
        console.WriteLine(CompareReport.Headline(CompareReport.RunsOf(result, ResolvedYamls, _overrides), result.Rows));
}
