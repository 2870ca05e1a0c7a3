using System.ComponentModel;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>Options of <c>corridorsim validate SCENARIO...</c>.</summary>
public sealed class ValidateSettings : CommandSettings
{
    /// <summary>The scenario files to check.</summary>
    [CommandArgument(0, "<SCENARIOS>")]
    [Description("Scenario files to check.")]
    public string[] Scenarios { get; init; } = [];

    /// <summary>Overrides checked together with the files.</summary>
    [CommandOption("--set <KEY=VALUE>")]
    [Description("Overrides to check together with the files. Repeatable.")]
    public string[] Set { get; init; } = [];
}
