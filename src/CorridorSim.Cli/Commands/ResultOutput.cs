using CorridorSim.Reporting.Folders;

namespace CorridorSim.Cli.Commands;

/// <summary>Opens the result folder a command writes: <c>--out</c> exactly, or a new timestamped folder under <c>results/</c>.</summary>
public static class ResultOutput
{
    /// <exception cref="InvalidInputException">The folder cannot be created there (a file in the way, no permission).</exception>
    public static ResultFolder Open(ExperimentSettings settings, string name, DateTimeOffset startedUtc)
    {
        try
        {
            return settings.Out is { } outDirectory
                ? ResultFolder.AtPath(outDirectory, settings.Force)
                : ResultFolder.ForScenario(ProgramInfo.ResultsRoot, name, startedUtc);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Where results go is the user's choice (or working folder), so this is invalid input, not a bug.
            var where = settings.Out is { } outDirectory ? $"--out {outDirectory}" : ProgramInfo.ResultsRoot;
            throw new InvalidInputException($"{where}: cannot create the result folder there: {e.Message}");
        }
    }
}
