using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>Options of <c>corridorsim merge DIR [--out RESULT]</c>.</summary>
public sealed class MergeSettings : CommandSettings
{
    /// <summary>The plan folder (or its plan file).</summary>
    [CommandArgument(0, "<DIR>")]
    [Description("The plan folder written by corridorsim plan (or its plan.json).")]
    public string Plan { get; init; } = "";

    /// <summary><c>--out RESULT</c>.</summary>
    [CommandOption("--out <RESULT>")]
    [Description("Write the result folder exactly here (must not exist unless --force). Default: DIR/result.")]
    public string? Out { get; init; }

    /// <summary><c>--force</c>.</summary>
    [CommandOption("--force")]
    [Description("Replace an existing result folder, once the merged one is complete.")]
    public bool Force { get; init; }

    /// <summary><c>--quiet</c>.</summary>
    [CommandOption("--quiet")]
    [Description("No progress bar.")]
    public bool Quiet { get; init; }
}
