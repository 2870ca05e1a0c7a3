using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>Options of <c>corridorsim bench</c>.</summary>
public sealed class BenchSettings : CommandSettings
{
    /// <summary><c>--runs N</c>: timed runs per figure; the median is reported.</summary>
    [CommandOption("--runs <N>")]
    [Description("Runs per measurement; medians are reported. Default 5.")]
    [DefaultValue(5)]
    public int Runs { get; init; } = 5;

    /// <summary><c>--only PART</c>: one part of the benchmark, or all when absent.</summary>
    [CommandOption("--only <PART>")]
    [Description("One part only: kernel, model, run, facilities, memory or parallel. Default: all.")]
    public string? Only { get; init; }

    /// <summary><c>--scenario FILE</c>: the scenario the model part times.</summary>
    [CommandOption("--scenario <FILE>")]
    [Description("Scenario the model parts scale. Default: scenarios/baseline-2024.yaml.")]
    [DefaultValue("scenarios/baseline-2024.yaml")]
    public string Scenario { get; init; } = "scenarios/baseline-2024.yaml";

    /// <summary><c>--memory-scenario FILE</c>: the scenario the memory part runs.</summary>
    [CommandOption("--memory-scenario <FILE>")]
    [Description("Scenario the memory part runs for 1 and 10 years; where it cannot carry --memory-mt its backlog grows, and memory with it. Default: scenarios/roadmap-2027.yaml.")]
    [DefaultValue("scenarios/roadmap-2027.yaml")]
    public string MemoryScenario { get; init; } = "scenarios/roadmap-2027.yaml";

    /// <summary><c>--memory-mt MT</c>: the annual demand, in Mt, the memory part scales its scenario to.</summary>
    [CommandOption("--memory-mt <MT>")]
    [Description("Annual demand, in million tonnes, of the memory part. Default 10.")]
    [DefaultValue(10.0)]
    public double MemoryMegatonnes { get; init; } = 10.0;

    /// <summary><c>--kernel-scale X</c>: a factor on the kernel workloads' sizes (below 1 for a quick look).</summary>
    [CommandOption("--kernel-scale <X>")]
    [Description("Fraction of the kernel workloads' size (1 = 10 M timeouts, 1 M customers). Default 1.")]
    [DefaultValue(1.0)]
    public double KernelScale { get; init; } = 1.0;

    /// <summary><c>--replications N</c>: replications the parallel part runs on 1 and on all threads.</summary>
    [CommandOption("--replications <N>")]
    [Description("Replications timed on 1 and on 2 threads in the parallel part. Default 30.")]
    [DefaultValue(30)]
    public int Replications { get; init; } = 30;

    /// <summary>Checks the options' ranges before anything runs.</summary>
    public override ValidationResult Validate()
    {
        if (Runs < 1) return ValidationResult.Error("--runs must be at least 1.");
        if (Replications < 2) return ValidationResult.Error("--replications must be at least 2.");
        // Written as "not inside" so that NaN, which every comparison answers false, is refused too.
        if (!(MemoryMegatonnes > 0 && MemoryMegatonnes <= 100)) return ValidationResult.Error("--memory-mt must be in (0, 100].");
        if (!(KernelScale > 0 && KernelScale <= 10)) return ValidationResult.Error("--kernel-scale must be in (0, 10].");
        if (Only is not (null or "kernel" or "model" or "run" or "facilities" or "memory" or "parallel"))
            return ValidationResult.Error($"--only must be kernel, model, run, facilities, memory or parallel, not '{Only}'.");
        return ValidationResult.Success();
    }

    /// <summary>Whether the benchmark part <paramref name="part"/> runs.</summary>
    public bool Includes(string part) => Only is null || Only == part;
}
