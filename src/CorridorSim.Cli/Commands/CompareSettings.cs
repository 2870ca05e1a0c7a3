using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>Options of <c>corridorsim compare SCENARIO SCENARIO...</c>.</summary>
public class CompareSettings : ExperimentSettings
{
    /// <summary>The scenario files; differences are taken against the first.</summary>
    [CommandArgument(0, "<SCENARIOS>")]
    [Description("Scenario files (two or more, or one with --variant); differences are taken against the first.")]
    public string[] Scenarios { get; init; } = [];

    /// <summary>A comparison writes no per-consignment files unless <c>--consignments</c> asks: they grow with every scenario and point.</summary>
    protected override string DefaultConsignments => "none";

    /// <summary><c>--variant "name: key=value, key=value"</c>, repeatable: the first scenario with these overrides, under its own name.</summary>
    [CommandOption("--variant <VARIANT>")]
    [Description("The first scenario with some values overridden, compared under its own name: \"aktau-berth: ports.aktau.ferry_berths=2, ports.alat.ferry_berths=3\". The name is a folder-safe word (a-z, 0-9, _ and -). Repeatable.")]
    public string[] Variant { get; init; } = [];

    /// <summary>Needs at least two scenarios, or one and a variant, then the shared checks.</summary>
    public override ValidationResult Validate() =>
        Scenarios.Length + Variant.Length < 2 || Scenarios.Length < 1
            ? ValidationResult.Error("compare needs at least two scenario files, or one scenario file and a --variant.")
            : base.Validate();
}
