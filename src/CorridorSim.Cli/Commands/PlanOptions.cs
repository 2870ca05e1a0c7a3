using System.Globalization;
using Spectre.Console;

namespace CorridorSim.Cli.Commands;

/// <summary>The texts and checks of the options every <c>plan</c> command shares (<see cref="IPlanSettings"/>).</summary>
public static class PlanOptions
{
    /// <summary>Seconds per work item when neither <c>--time-per-item</c> nor <c>--calibrate</c> is given.</summary>
    public const double DefaultTimePerItemSeconds = 300;

    /// <summary>The help text of <c>--shards</c>.</summary>
    public const string ShardsText = "Number of shards (array tasks, indexed-job completions) to split the work items into; each runs on --threads threads, default 1. Required.";

    /// <summary>The help text of <c>--time-per-item</c>.</summary>
    public const string TimePerItemText = "Seconds one work item (one replication) may take; sets the job time limit. Default: 300.";

    /// <summary>The help text of <c>--calibrate</c>.</summary>
    public const string CalibrateText = "Run and time one work item first and use that instead of --time-per-item.";

    /// <summary>The help text of <c>--exe</c>.</summary>
    public const string ExeText = "The corridorsim executable the job files call. Default: this one (Slurm), /opt/corridorsim/corridorsim (Kubernetes image).";

    /// <summary>Checks the plan options; the experiment's own are checked by its settings.</summary>
    public static ValidationResult Validate(IPlanSettings settings, string? outDirectory)
    {
        if (settings.Shards < 1) return ValidationResult.Error("--shards N is required: a whole number ≥ 1.");
        if (!(settings.TimePerItem > 0) || double.IsInfinity(settings.TimePerItem))
        {
            return ValidationResult.Error($"--time-per-item must be a number of seconds > 0, not {settings.TimePerItem.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (outDirectory is null) return ValidationResult.Error("--out DIR is required: the folder the plan, its job files and its shards go into.");
        return ValidationResult.Success();
    }
}
