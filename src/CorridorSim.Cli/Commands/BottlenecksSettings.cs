using System.ComponentModel;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>Options of <c>corridorsim bottlenecks SCENARIO</c>: those of <c>run</c>.</summary>
public sealed class BottlenecksSettings : ExperimentSettings
{
    /// <summary>The scenario whose capacities and customs posts are tried one change at a time.</summary>
    [CommandArgument(0, "<SCENARIO>")]
    [Description("Scenario file, e.g. scenarios/baseline-2024.yaml.")]
    public string Scenario { get; init; } = "";
}
