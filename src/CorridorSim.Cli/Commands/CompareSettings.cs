using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>Options of <c>corridorsim compare SCENARIO SCENARIO...</c>.</summary>
public class CompareSettings : ExperimentSettings
{
    [CommandArgument(0, "<SCENARIOS>")]
    [Description("Two or more scenario files; differences are taken against the first.")]
    public string[] Scenarios { get; init; } = [];

    public override ValidationResult Validate() =>
        Scenarios.Length < 2 ? ValidationResult.Error("compare needs at least two scenario files.") : base.Validate();
}
