using CorridorSim.Reporting.Folders;

namespace CorridorSim.Cli.Batch;

/// <summary>Where a plan's files are, as the <c>shard</c> and <c>merge</c> command lines name them.</summary>
internal static class PlanPaths
{
    /// <summary>The plan file: <paramref name="given"/> itself, or <c>plan.json</c> in it when it is a folder; always absolute.</summary>
    public static string File(string given)
    {
        var full = Path.GetFullPath(given);
        return Directory.Exists(full) ? Path.Combine(full, Experiments.Batch.PlanFile.FileName) : full;
    }

    /// <summary>Claims a shard or result folder that appears whole or not at all.</summary>
    /// <exception cref="InvalidInputException">It cannot be created there (a file in the way, no permission).</exception>
    public static ResultFolder Claim(string path, bool force)
    {
        try
        {
            return ResultFolder.AtPath(path, force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"{path}: cannot create the folder there: {e.Message}");
        }
    }
}
