using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>Options of <c>corridorsim plan sweep …</c>: those of <c>sweep</c>, and the plan's (<see cref="IPlanSettings"/>).</summary>
public sealed class PlanSweepSettings : SweepSettings, IPlanSettings
{
    /// <inheritdoc/>
    [CommandOption("--shards <N>")]
    [Description(PlanOptions.ShardsText)]
    public int Shards { get; init; }

    /// <inheritdoc/>
    [CommandOption("--time-per-item <SECONDS>")]
    [Description(PlanOptions.TimePerItemText)]
    [DefaultValue(PlanOptions.DefaultTimePerItemSeconds)]
    public double TimePerItem { get; init; } = PlanOptions.DefaultTimePerItemSeconds;

    /// <inheritdoc/>
    [CommandOption("--calibrate")]
    [Description(PlanOptions.CalibrateText)]
    public bool Calibrate { get; init; }

    /// <inheritdoc/>
    [CommandOption("--exe <PATH>")]
    [Description(PlanOptions.ExeText)]
    public string? Exe { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        var plan = PlanOptions.Validate(this, Out);
        return plan.Successful ? base.Validate() : plan;
    }
}
