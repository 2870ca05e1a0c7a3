using CorridorSim.Reporting.Folders;

namespace CorridorSim.Cli.Tests.Given;

/// <summary>Finds the result folders a run is still building inside a <see cref="TempFolder"/>.</summary>
public static class TemporaryResultFolders
{
    /// <summary>The entries whose names mark them as a result folder's temporary (<c>.tmp-*</c>, lock files included).</summary>
    public static IReadOnlyList<string> TemporaryEntries(this TempFolder folder) =>
        folder.Entries().Where(e => e.StartsWith(ResultFolder.TemporaryPrefix, StringComparison.Ordinal)).ToList();
}
