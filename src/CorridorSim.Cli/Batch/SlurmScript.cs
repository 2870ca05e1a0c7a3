using System.Globalization;
using CorridorSim.Experiments.Batch;

namespace CorridorSim.Cli.Batch;

/// <summary>
/// <c>slurm.sbatch</c>: the plan as a Slurm array job, one task per shard, whose task 0 also submits the
/// merge job with <c>--dependency=afterok</c> on the whole array, so <c>sbatch DIR/slurm.sbatch</c> is the
/// only command a user types.
/// </summary>
/// <remarks>
/// Slurm does not create log folders, so the plan writes <c>logs/</c> beside it. The merge job is
/// submitted once per array job (a marker file in <c>logs/</c> keeps a requeued task 0 from submitting a
/// second), and <c>--kill-on-invalid-dep</c> cancels it if any task fails, instead of leaving it pending
/// for ever; after fixing the cause, re-run the missing shards and <c>corridorsim merge DIR</c>.
/// </remarks>
internal static class SlurmScript
{
    /// <summary>The script's file name in the plan folder.</summary>
    public const string FileName = "slurm.sbatch";

    /// <summary>The log folder's name in the plan folder.</summary>
    public const string LogsName = "logs";

    /// <summary>The script for <paramref name="plan"/> in <paramref name="planFolder"/> (absolute), calling <paramref name="exe"/>.</summary>
    public static string For(ExperimentPlan plan, string planFolder, string jobName, IReadOnlyList<string> exe)
    {
        var logs = Path.Combine(planFolder, LogsName);
        var limit = Format(plan.ShardTimeLimit());
        var command = string.Join(' ', exe.Select(JobExecutable.ShellQuote));
        var q = (Func<string, string>)JobExecutable.ShellQuote;
        var calibrated = plan.Calibrated ? " (calibrated)" : "";
        var perItem = plan.TimePerItemSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $$"""
            #!/bin/bash
            #SBATCH --job-name={{jobName}}
            #SBATCH --array=0-{{plan.Shards.Count - 1}}
            #SBATCH --cpus-per-task={{plan.ThreadsPerShard}}
            #SBATCH --time={{limit}}
            #SBATCH --output={{Path.Combine(logs, "shard-%a.out")}}
            #SBATCH --error={{Path.Combine(logs, "shard-%a.err")}}
            # CorridorSim {{plan.ProgramVersion}}, plan {{plan.PlanId}}: {{plan.WorkItemCount}} work items in {{plan.Shards.Count}} shards.
            # Submit with: sbatch {{Path.Combine(planFolder, FileName)}}
            # Task K runs shard K (SLURM_ARRAY_TASK_ID) into {{Path.Combine(planFolder, ShardFolder.ShardsName)}}/K/; task 0 also submits
            # the merge job, which starts once every task has succeeded and writes {{Path.Combine(planFolder, "result")}}/.
            # Time limit per task: {{perItem}} s per work item{{calibrated}}, doubled, plus 5 minutes (see the README).
            set -euo pipefail

            if [ "${SLURM_ARRAY_TASK_ID}" = "0" ]; then
              submitted={{q(logs)}}/merge-"${SLURM_ARRAY_JOB_ID}".jobid
              if [ ! -e "$submitted" ]; then
                sbatch --parsable --dependency=afterok:"${SLURM_ARRAY_JOB_ID}" --kill-on-invalid-dep=yes > "$submitted.tmp" <<'MERGE'
            #!/bin/bash
            #SBATCH --job-name={{jobName}}-merge
            #SBATCH --cpus-per-task=1
            #SBATCH --time={{limit}}
            #SBATCH --output={{Path.Combine(logs, "merge.out")}}
            #SBATCH --error={{Path.Combine(logs, "merge.err")}}
            exec {{command}} merge {{q(planFolder)}} --quiet
            MERGE
                mv "$submitted.tmp" "$submitted"
              fi
            fi

            exec {{command}} shard {{q(Path.Combine(planFolder, PlanFile.FileName))}} --quiet

            """);
    }

    /// <summary>A Slurm time limit, <c>D-HH:MM:SS</c>.</summary>
    public static string Format(TimeSpan limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)limit.TotalDays}-{limit.Hours:D2}:{limit.Minutes:D2}:{limit.Seconds:D2}");
}
