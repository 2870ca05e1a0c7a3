using System.ComponentModel;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>
/// Options of <c>corridorsim run SCENARIO</c> alone: <see cref="RunSettings"/> and <c>--marginal</c>, which
/// <c>sweep</c> and <c>plan run</c> (built on <see cref="RunSettings"/> too) do not take.
/// </summary>
public sealed class RunCommandSettings : RunSettings
{
    /// <summary><c>--marginal</c>: also run the marginal study of <c>bottlenecks</c> and add its files to the folder.</summary>
    [CommandOption("--marginal")]
    [Description("Also try one more unit of each busy capacity and each customs post's next digital regime, on the same seeds; adds marginal.csv.")]
    public bool Marginal { get; init; }
}
