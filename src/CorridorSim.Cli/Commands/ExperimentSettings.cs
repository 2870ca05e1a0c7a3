using System.ComponentModel;
using CorridorSim.Experiments;
using CorridorSim.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorridorSim.Cli.Commands;

/// <summary>The options shared by <c>run</c>, <c>compare</c> and <c>sweep</c> (listed in the README under "What you can do with it").</summary>
public class ExperimentSettings : CommandSettings
{
    /// <summary><c>--replications N</c>: replications to run instead of the scenario's.</summary>
    [CommandOption("--replications <N>")]
    [Description("Replications to run (overrides the scenario's `replications`).")]
    [TypeConverter(typeof(ReplicationCountConverter))]
    public int? Replications { get; init; }

    /// <summary><c>--seed S</c>: the master seed instead of the scenario's.</summary>
    [CommandOption("--seed <S>")]
    [Description("Master seed (overrides the scenario's `seed`).")]
    [TypeConverter(typeof(SeedConverter))]
    public ulong? Seed { get; init; }

    /// <summary><c>--threads N</c>: replications run at once; results never depend on it.</summary>
    [CommandOption("--threads <N>")]
    [Description("Replications run at once; default: all cores. Results do not depend on it.")]
    [TypeConverter(typeof(ThreadCountConverter))]
    public int? Threads { get; init; }

    /// <summary><c>--set key.path=value</c>, repeatable: scenario values overridden.</summary>
    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override one scenario value, e.g. --set sea_services.aktau_alat_ferry.vessels=8. Repeatable.")]
    public string[] Set { get; init; } = [];

    /// <summary><c>--out DIR</c>: the result folder, or none for the default under <c>results/</c>.</summary>
    [CommandOption("--out <DIR>")]
    [Description("Write results exactly here (must not exist unless --force). Default: results/<name>/<UTC time>/.")]
    public string? Out { get; init; }

    /// <summary><c>--force</c>: replace an existing <c>--out</c> folder once the new results are complete.</summary>
    [CommandOption("--force")]
    [Description("Replace an existing --out folder, once the new results are complete.")]
    public bool Force { get; init; }

    /// <summary>
    /// <c>--consignments none|first|all</c>: which replications write per-consignment files; unset, <c>first</c>
    /// for <c>run</c> and <c>none</c> for <c>compare</c> and <c>sweep</c> (<see cref="DefaultConsignments"/>).
    /// </summary>
    [CommandOption("--consignments <MODE>")]
    [Description("Per-consignment files: none, first (replication) or all. Default: first for run, none for compare and sweep.")]
    public string? Consignments { get; init; }

    /// <summary><c>--table-format csv|parquet</c>: how the big tables (consignments, stages, timeseries) are written.</summary>
    [CommandOption("--table-format <FORMAT>")]
    [Description("The big tables (consignments, stages, timeseries) as parquet or csv. Default: parquet. The small tables are CSV.")]
    [DefaultValue("parquet")]
    public string TableFormat { get; init; } = "parquet";

    /// <summary>The <c>--consignments</c> mode when none is given: <c>first</c>; a comparison or a sweep writes none unless asked.</summary>
    protected virtual string DefaultConsignments => "first";

    /// <summary>The big tables' format <c>--table-format</c> names.</summary>
    public Reporting.TableFormat Tables() => TableFormat == "csv" ? Reporting.TableFormat.Csv : Reporting.TableFormat.Parquet;

    /// <summary><c>--allow-folder DIR</c>, repeatable: more folders whose scenarios an <c>extends</c> may read.</summary>
    [CommandOption("--allow-folder <DIR>")]
    [Description("A folder whose scenarios an `extends` may read, besides the scenario's own folder tree and the bundled scenarios/. Repeatable; CORRIDORSIM_SCENARIO_FOLDERS lists more.")]
    public string[] AllowFolder { get; init; } = [];

    /// <summary><c>--quiet</c>: no progress bar.</summary>
    [CommandOption("--quiet")]
    [Description("No progress bar.")]
    public bool Quiet { get; init; }

    /// <summary>Checks the options' ranges before anything is loaded.</summary>
    public override ValidationResult Validate()
    {
        if (Replications is < 1) return ValidationResult.Error($"--replications must be a whole number ≥ 1, not {Replications}.");
        if (Threads is < 1) return ValidationResult.Error($"--threads must be a whole number ≥ 1, not {Threads}.");
        if (Consignments is not (null or "none" or "first" or "all"))
            return ValidationResult.Error($"--consignments must be none, first or all, not '{Consignments}'.");
        if (TableFormat is not ("csv" or "parquet"))
            return ValidationResult.Error($"--table-format must be csv or parquet, not '{TableFormat}'.");
        if (Force && Out is null) return ValidationResult.Error("--force only applies together with --out.");
        return ValidationResult.Success();
    }

    /// <summary>The folders an <c>extends</c> may reach: <c>--allow-folder</c>, CORRIDORSIM_SCENARIO_FOLDERS and the bundled scenarios.</summary>
    public ScenarioAccess Access() => ScenarioAccess.With(AllowFolder, Environment.GetEnvironmentVariable);

    /// <summary>The --set overrides, plus --seed and --replications written as overrides so the resolved scenario records them.</summary>
    public IReadOnlyList<string> Overrides()
    {
        var all = new List<string>(Set);
        if (Seed is { } seed) all.Add($"seed={seed}");
        if (Replications is { } n) all.Add($"replications={n}");
        return all;
    }

    /// <summary>How the replications run; seed and replications already sit in the scenario through <see cref="Overrides"/>.</summary>
    public ExperimentOptions ExperimentOptions() => new(Threads: Threads, Consignments: (Consignments ?? DefaultConsignments) switch
    {
        "none" => ConsignmentRecording.None,
        "all" => ConsignmentRecording.All,
        _ => ConsignmentRecording.First,
    });
}
