using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>Options of <c>corridorsim compare SCENARIO SCENARIO...</c>.</summary>
public class CompareSettings : ExperimentSettings
{
    /// <summary>The scenario files; differences are taken against the first.</summary>
    [CommandArgument(0, "<SCENARIOS>")]
    [Description("Two or more scenario files; differences are taken against the first.")]
    public string[] Scenarios { get; init; } = [];

    /// <summary>A comparison writes no per-consignment files unless <c>--consignments</c> asks: they grow with every scenario and point.</summary>
    protected override string DefaultConsignments => "none";

    /// <summary>Needs at least two scenarios, then the shared checks.</summary>
    public override ValidationResult Validate() =>
        Scenarios.Length < 2 ? ValidationResult.Error("compare needs at least two scenario files.") : base.Validate();
}
