using CorridorSim.Scenarios.Files;

namespace CorridorSim.Scenarios;

/// <summary>
/// The folders a scenario's <c>extends</c> may reach besides its own: the bundled <c>scenarios/</c> folder (so any
/// scenario can extend <c>baseline-2024.yaml</c>), the folders in <see cref="FoldersVariable"/> and those the user
/// names with <c>--allow-folder</c>.
/// </summary>
/// <remarks>
/// Scenario files travel between organisations; running someone's file must never read, let alone print, a file of
/// yours that is not a scenario. So an <c>extends</c> resolves, after symbolic links, only to a regular <c>.yaml</c>
/// or <c>.yml</c> file inside the folder tree of the scenario named on the command line or one of these folders.
/// </remarks>
public sealed class ScenarioAccess
{
    /// <summary>The environment variable that lists more allowed folders, separated as <c>PATH</c> is (<c>:</c> on Linux).</summary>
    public const string FoldersVariable = "CORRIDORSIM_SCENARIO_FOLDERS";

    private ScenarioAccess(IReadOnlyList<string> folders) => Folders = folders;

    /// <summary>The allowed folders besides the scenario's own, absolute and with symbolic links resolved.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>Only the scenario's own folder tree and the bundled scenarios: what a loader gets when not told more.</summary>
    public static ScenarioAccess Default { get; } = new(BundledFolder() is { } bundled ? [bundled] : []);

    /// <summary>
    /// The bundled folder, the folders in <see cref="FoldersVariable"/> (read from <paramref name="environment"/>)
    /// and <paramref name="extraFolders"/>.
    /// </summary>
    public static ScenarioAccess With(IEnumerable<string> extraFolders, Func<string, string?> environment)
    {
        var listed = (environment(FoldersVariable) ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var folders = Default.Folders.Concat(listed.Concat(extraFolders)
            .Where(f => f.Trim().Length > 0)
            .Select(f => RealPath.Of(Path.GetFullPath(f))));
        return new ScenarioAccess(folders.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>The bundled <c>scenarios/</c> folder: beside the program, or in the checkout it was built from.</summary>
    private static string? BundledFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scenarios");
            if (File.Exists(Path.Combine(candidate, "baseline-2024.yaml"))) return RealPath.Of(candidate);
        }

        return null;
    }
}
