using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>Options of <c>corridorsim shard DIR/plan.json [--index K]</c>.</summary>
public sealed class ShardSettings : CommandSettings
{
    /// <summary>The plan file (or its folder).</summary>
    [CommandArgument(0, "<PLAN>")]
    [Description("The plan.json written by corridorsim plan (or the folder holding it).")]
    public string Plan { get; init; } = "";

    /// <summary><c>--index K</c>.</summary>
    [CommandOption("--index <K>")]
    [Description("The shard to run, from 0. Default: SLURM_ARRAY_TASK_ID, then JOB_COMPLETION_INDEX (Kubernetes).")]
    public int? Index { get; init; }

    /// <summary><c>--threads N</c>.</summary>
    [CommandOption("--threads <N>")]
    [Description("Work items run at once. Default: the plan's (its --threads, else 1). Results do not depend on it.")]
    public int? Threads { get; init; }

    /// <summary><c>--quiet</c>.</summary>
    [CommandOption("--quiet")]
    [Description("No progress bar.")]
    public bool Quiet { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Index is < 0) return ValidationResult.Error($"--index must be a whole number ≥ 0, not {Index}.");
        if (Threads is < 1) return ValidationResult.Error($"--threads must be a whole number ≥ 1, not {Threads}.");
        return ValidationResult.Success();
    }
}
