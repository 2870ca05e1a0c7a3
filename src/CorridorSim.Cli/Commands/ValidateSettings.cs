using System.ComponentModel;
using CorridorSim.Scenarios;
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

    /// <summary><c>--allow-folder DIR</c>, repeatable: more folders whose scenarios an <c>extends</c> may read.</summary>
    [CommandOption("--allow-folder <DIR>")]
    [Description("A folder whose scenarios an `extends` may read, besides the scenario's own folder tree and the bundled scenarios/. Repeatable; CORRIDORSIM_SCENARIO_FOLDERS lists more.")]
    public string[] AllowFolder { get; init; } = [];

    /// <summary>The folders an <c>extends</c> may reach: <c>--allow-folder</c>, CORRIDORSIM_SCENARIO_FOLDERS and the bundled scenarios.</summary>
    public ScenarioAccess Access() => ScenarioAccess.With(AllowFolder, Environment.GetEnvironmentVariable);
}
