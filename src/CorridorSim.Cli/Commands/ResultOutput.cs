using CorridorSim.Reporting.Folders;

namespace CorridorSim.Cli.Commands;

/// <summary>Opens the result folder a command writes: <c>--out</c> exactly, or a new timestamped folder under <c>results/</c>.</summary>
public static class ResultOutput
{
    /// <summary>The result folder for <paramref name="settings"/>: <c>--out</c> exactly, or <c>results/&lt;name&gt;/&lt;UTC time&gt;/</c>.</summary>
    /// <exception cref="InvalidInputException">A file stands where a folder of the path must be.</exception>
    /// <exception cref="EnvironmentFaultException">The folder cannot be created there (no permission, a full disk, a file in the way).</exception>
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
            // Where results go is the user's choice (or the working folder): the machine refused, it is not a bug.
            var where = settings.Out is { } outDirectory ? $"--out {outDirectory}" : ProgramInfo.ResultsRoot;
            if (EnvironmentFaults.IsPathMistake(e))
            {
                throw new InvalidInputException($"{where}: cannot create the result folder there: a file stands where a folder of the path must be ({e.Message})");
            }

            throw new EnvironmentFaultException($"{where}: cannot create the result folder there: {EnvironmentFaults.Describe(e)}", e);
        }
    }
}
