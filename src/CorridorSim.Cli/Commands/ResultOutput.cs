using CorridorSim.Reporting.Folders;

namespace CorridorSim.Cli.Commands;

/// <summary>Opens the result folder a command writes: <c>--out</c> exactly, or a new timestamped folder under <c>results/</c>.</summary>
public static class ResultOutput
{
    public static ResultFolder Open(ExperimentSettings settings, string name, DateTimeOffset startedUtc) =>
        settings.Out is { } outDirectory
            ? ResultFolder.AtPath(outDirectory, settings.Force)
            : ResultFolder.ForScenario(ProgramInfo.ResultsRoot, name, startedUtc);
}
