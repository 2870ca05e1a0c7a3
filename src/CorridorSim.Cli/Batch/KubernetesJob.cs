using System.Globalization;
using System.Text.Json;
using CorridorSim.Experiments.Batch;

namespace CorridorSim.Cli.Batch;

/// <summary>
/// <c>k8s-job.yaml</c>: the plan as a Kubernetes Indexed Job, one completion per shard; each pod runs
/// <c>corridorsim shard</c>, which takes its index from <c>JOB_COMPLETION_INDEX</c>.
/// </summary>
/// <remarks>
/// The plan folder must be on a shared volume mounted at the same absolute path in every pod (the
/// <c>corridorsim-plans</c> claim here); the image is built from the repository's <c>Dockerfile</c>. An
/// Indexed Job has no dependent job, so the merge is a command run once the job is complete (see the
/// file's comments).
/// </remarks>
internal static class KubernetesJob
{
    /// <summary>The manifest's file name in the plan folder.</summary>
    public const string FileName = "k8s-job.yaml";

    /// <summary>The persistent volume claim the plan folder is mounted from.</summary>
    public const string ClaimName = "corridorsim-plans";

    /// <summary>The manifest for <paramref name="plan"/> in <paramref name="planFolder"/> (absolute), calling <paramref name="exe"/> in the image.</summary>
    public static string For(ExperimentPlan plan, string planFolder, string jobName, IReadOnlyList<string> exe)
    {
        var command = string.Join(", ", exe.Concat(["shard", Path.Combine(planFolder, PlanFile.FileName), "--quiet"]).Select(Quote));
        var seconds = (long)Math.Ceiling(plan.ShardTimeLimit().TotalSeconds);
        return string.Create(CultureInfo.InvariantCulture, $"""
            # CorridorSim {plan.ProgramVersion}, plan {plan.PlanId}: {plan.WorkItemCount} work items in {plan.Shards.Count} shards.
            # Build the image from the repository's Dockerfile, put the plan folder on the volume below, then:
            #   kubectl apply -f {Path.Combine(planFolder, FileName)}
            #   kubectl wait --for=condition=complete --timeout=-1s job/{jobName}
            # and merge where the volume is mounted: corridorsim merge {planFolder}
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: {jobName}
              labels:
                app.kubernetes.io/name: corridorsim
            spec:
              completionMode: Indexed
              completions: {plan.Shards.Count}
              parallelism: {plan.Shards.Count}
              backoffLimitPerIndex: 2
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: corridorsim
                spec:
                  restartPolicy: Never
                  activeDeadlineSeconds: {seconds}
                  containers:
                    - name: shard
                      image: {Quote("corridorsim:" + plan.ProgramVersion)}
                      command: [{command}]
                      resources:
                        requests:
                          cpu: {Quote(plan.ThreadsPerShard.ToString(CultureInfo.InvariantCulture))}
                      volumeMounts:
                        - name: plans
                          mountPath: {Quote(planFolder)}
                  volumes:
                    - name: plans
                      persistentVolumeClaim:
                        claimName: {ClaimName}

            """);
    }

    // A JSON string is a valid YAML double-quoted scalar, whatever the path holds.
    private static string Quote(string value) => JsonSerializer.Serialize(value);
}
