using System.Globalization;
using CorridorSim.Cli.Commands;
using CorridorSim.Experiments;
using CorridorSim.Experiments.Batch;
using Spectre.Console;

namespace CorridorSim.Cli.Batch;

/// <summary>
/// What every <c>plan</c> command does once its scenarios are loaded: deal the work items to shards, time
/// one if asked, and write <c>plan.json</c>, <c>slurm.sbatch</c>, <c>k8s-job.yaml</c> and <c>logs/</c> into
/// the plan folder, whole or not at all. Runs no replication (except the one <c>--calibrate</c> times).
/// </summary>
internal static class Planner
{
    public static int Execute<TSettings>(CommandEnvironment environment, TSettings settings, CommandExperiment experiment, CancellationToken cancellation)
        where TSettings : ExperimentSettings, IPlanSettings
    {
        var console = environment.Console;

        // A shard is one array task: one thread unless --threads asks for more (Slurm's --cpus-per-task).
        var options = settings.ExperimentOptions() with { Threads = settings.Threads ?? 1 };
        var shards = PlanSplit.Deal(experiment.Kind, experiment.Specs, options, settings.Shards);
        var perItem = settings.TimePerItem;
        if (settings.Calibrate)
        {
            var measured = PlanCalibration.TimeFirstItem(experiment.Kind, experiment.Specs, options, environment.Time, cancellation);
            perItem = Math.Max(1, Math.Ceiling(measured.TotalSeconds * 10) / 10);
            console.MarkupLineInterpolated($"Calibrated: one work item took {measured.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
        }

        var planned = environment.Time.GetUtcNow();
        var plan = new ExperimentPlan
        {
            ProgramVersion = ProgramInfo.Version,
            PlanId = ExperimentPlan.NewPlanId(),
            Command = experiment.Kind,
            CommandLine = environment.CommandLine,
            PlannedUtc = planned,
            ScenarioHash = ExperimentPlan.HashOf(experiment.PlannedScenarios, experiment.Vary),
            Scenarios = experiment.PlannedScenarios,
            Vary = experiment.Vary,
            Points = experiment.PointOverrides,
            Seed = experiment.Reference.Seed,
            Replications = experiment.Reference.Replications,
            Consignments = options.Consignments,
            ThreadsPerShard = options.ThreadCount,
            TimePerItemSeconds = perItem,
            Calibrated = settings.Calibrate,
            Shards = shards,
        };

        using var folder = ResultOutput.Open(settings, experiment.FolderName, planned);
        var planFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(settings.Out!));
        var jobName = JobName(experiment.FolderName, plan.PlanId);
        PlanFile.Write(Path.Combine(folder.WorkingPath, PlanFile.FileName), plan);
        Directory.CreateDirectory(Path.Combine(folder.WorkingPath, SlurmScript.LogsName));
        File.WriteAllText(Path.Combine(folder.WorkingPath, SlurmScript.FileName),
            SlurmScript.For(plan, planFolder, jobName, JobExecutable.ForSlurm(settings.Exe)));
        File.WriteAllText(Path.Combine(folder.WorkingPath, KubernetesJob.FileName),
            KubernetesJob.For(plan, planFolder, jobName, JobExecutable.ForKubernetes(settings.Exe)));
        var written = folder.Commit();

        var largest = shards.Max(s => s.Count);
        console.MarkupLineInterpolated(
            $"Planned {plan.WorkItemCount} work items ({experiment.Specs.Count} × {plan.Replications} replications) in {shards.Count} shards of at most {largest}; time limit per shard {SlurmScript.Format(plan.ShardTimeLimit())}.");
        console.MarkupLineInterpolated($"Plan: [bold]{written}[/]");
        console.MarkupLineInterpolated($"Slurm: sbatch {Path.Combine(written, SlurmScript.FileName)}   Kubernetes: kubectl apply -f {Path.Combine(written, KubernetesJob.FileName)}");
        console.MarkupLineInterpolated($"By hand: corridorsim shard {Path.Combine(written, PlanFile.FileName)} --index K (K = 0…{shards.Count - 1}), then corridorsim merge {written}");
        return ExitCodes.Success;
    }

    /// <summary>A name both Slurm and Kubernetes accept (lower-case letters, digits and '-', at most 52 characters), unique to the plan.</summary>
    private static string JobName(string experimentName, string planId)
    {
        var safe = new string(experimentName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        if (safe.Length > 32) safe = safe[..32].TrimEnd('-');
        return $"corridorsim-{(safe.Length > 0 ? safe + "-" : "")}{planId[..6]}";
    }
}
