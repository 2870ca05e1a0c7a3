using System.Text.Json;

namespace CorridorSim.Experiments.Batch;

/// <summary>Reads and writes <c>plan.json</c>, and checks that a plan may be run by this program.</summary>
public static class PlanFile
{
    /// <summary>The plan's file name inside its folder.</summary>
    public const string FileName = "plan.json";

    /// <summary>Writes <paramref name="plan"/> to <paramref name="path"/> (UTF-8, indented, ending in a newline).</summary>
    public static void Write(string path, ExperimentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        File.WriteAllText(path, JsonSerializer.Serialize(plan, BatchJson.Options) + "\n");
    }

    /// <summary>Reads the plan at <paramref name="path"/> and checks that <paramref name="programVersion"/> may run it.</summary>
    /// <exception cref="PlanFileException">
    /// The file is missing or not a plan, was written by another version, or its scenarios do not match its hash.
    /// </exception>
    public static ExperimentPlan Read(string path, string programVersion)
    {
        var plan = Parse(path);
        if (plan.ProgramVersion != programVersion)
        {
            throw new PlanFileException(path,
                $"written by CorridorSim {plan.ProgramVersion}, but this is CorridorSim {programVersion}; "
                + $"run its shards and merge with CorridorSim {plan.ProgramVersion}, or plan again with this version "
                + "(results from different versions are not comparable byte for byte)");
        }

        var hash = ExperimentPlan.HashOf(plan.Scenarios, plan.Vary);
        if (hash != plan.ScenarioHash)
        {
            throw new PlanFileException(path,
                $"its scenarios hash to {hash}, not the scenario_hash {plan.ScenarioHash} it records: the plan was edited; plan again");
        }

        return plan;
    }

    private static ExperimentPlan Parse(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PlanFileException(path, $"cannot be read: {e.Message}");
        }

        try
        {
            using (var probe = JsonDocument.Parse(text))
            {
                if (probe.RootElement.ValueKind != JsonValueKind.Object
                    || !probe.RootElement.TryGetProperty("format", out var format)
                    || format.ValueKind != JsonValueKind.String
                    || format.GetString() != ExperimentPlan.FormatName)
                {
                    throw new PlanFileException(path, $"is not a CorridorSim plan (no \"format\": \"{ExperimentPlan.FormatName}\"); write one with corridorsim plan");
                }

                if (probe.RootElement.TryGetProperty("format_version", out var version)
                    && (!version.TryGetInt32(out var v) || v != ExperimentPlan.CurrentFormatVersion))
                {
                    throw new PlanFileException(path, $"has plan format {version}, this program reads format {ExperimentPlan.CurrentFormatVersion}; plan again");
                }
            }

            var plan = JsonSerializer.Deserialize<ExperimentPlan>(text, BatchJson.Options)
                ?? throw new PlanFileException(path, "is empty (null); plan again");
            Check(path, plan);
            return plan;
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } line ? $"line {line + 1}, " : "";
            throw new PlanFileException(path, $"{at}{e.Path ?? "$"}: {e.Message.Split(" Path:")[0]}");
        }
    }

    private static void Check(string path, ExperimentPlan plan)
    {
        if (plan.Scenarios.Count == 0) throw new PlanFileException(path, "scenarios: empty; plan again");
        if (plan.Shards.Count == 0 || plan.Shards.Any(s => s.Count == 0)) throw new PlanFileException(path, "shards: a shard without work items; plan again");
        var items = plan.Shards.SelectMany(s => s).ToList();
        if (items.Distinct().Count() != items.Count) throw new PlanFileException(path, "shards: a work item is in more than one shard; plan again");
    }
}
