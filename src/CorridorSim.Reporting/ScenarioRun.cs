using CorridorSim.Experiments;

namespace CorridorSim.Reporting;

/// <summary>One scenario as it was run: its name, its text after <c>extends</c> and <c>--set</c>, and its results.</summary>
/// <param name="Name">The scenario's <c>name:</c> (or file name, or a compared variant's name); names its sub-folder in a comparison.</param>
/// <param name="ResolvedYaml">The scenario after <c>extends</c> and <c>--set</c>, written as <c>scenario.resolved.yaml</c>.</param>
public sealed record ScenarioRun(string Name, string ResolvedYaml, ExperimentResult Result)
{
    /// <summary>
    /// The <c>key.path=value</c> overrides the scenario was run with (<c>--set</c>, a variant's settings), in the
    /// order given; empty when it ran as written.
    /// </summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The name with its overrides, as reports title it: <c>baseline-2024 with ports.aktau.ferry_berths=2</c>.</summary>
    public string Title => Overrides.Count == 0 ? Name : $"{Name} with {string.Join(", ", Overrides)}";

    /// <summary>The marginal study whose base this run is (<c>bottlenecks</c>, <c>run --marginal</c>), or null for a plain run.</summary>
    public Experiments.Marginal.MarginalResult? Marginal { get; init; }
}
