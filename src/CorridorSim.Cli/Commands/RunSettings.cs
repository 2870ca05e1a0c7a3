using System.ComponentModel;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>Options of <c>corridorsim run SCENARIO</c>.</summary>
public class RunSettings : ExperimentSettings
{
    /// <summary>The scenario file to run.</summary>
    [CommandArgument(0, "<SCENARIO>")]
    [Description("Scenario file, e.g. scenarios/baseline-2024.yaml.")]
    public string Scenario { get; init; } = "";
}
