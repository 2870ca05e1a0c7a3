using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>Options of <c>corridorsim sweep SCENARIO --vary key=v1,v2,...</c>.</summary>
public class SweepSettings : RunSettings
{
    /// <summary><c>--vary key=v1,v2,...</c>, repeatable: every combination of the values runs.</summary>
    [CommandOption("--vary <KEY=V1,V2>")]
    [Description("A scenario key and the values to try, e.g. --vary sea_services.aktau_alat_ferry.vessels=4,6,8. Repeatable: every combination runs.")]
    public string[] Vary { get; init; } = [];

    /// <summary>A sweep writes no per-consignment files unless <c>--consignments</c> asks: they grow with every scenario and point.</summary>
    protected override string DefaultConsignments => "none";

    /// <summary>Needs at least one <c>--vary</c>, then the shared checks.</summary>
    public override ValidationResult Validate() =>
        Vary.Length == 0 ? ValidationResult.Error("sweep needs at least one --vary key=v1,v2,...") : base.Validate();
}
