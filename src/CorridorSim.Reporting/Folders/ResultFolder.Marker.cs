namespace CorridorSim.Reporting.Folders;

/// <summary>
/// The marker of a <see cref="ResultFolder"/>: the file <see cref="MarkerName"/>, written first into every result,
/// plan and shard folder (and so into its temporary folder), that tells CorridorSim's folders from the user's.
/// <c>--force</c> replaces, and the stale-temporary cleanup removes, only folders that carry it.
/// </summary>
public sealed partial class ResultFolder
{
    /// <summary>The marker's file name: named after the program, so no other tool's folder carries it by chance.</summary>
    public const string MarkerName = ".corridorsim-result";

    /// <summary>What the marker says to someone who opens it.</summary>
    internal const string MarkerText =
        "This folder was written by CorridorSim. `corridorsim ... --out DIR --force` replaces only folders that hold this file.\n";

    /// <summary>True when <paramref name="folder"/> is a real folder (not a link to one) that holds the marker as a regular file.</summary>
    public static bool IsMarked(string folder)
    {
        try
        {
            var info = new DirectoryInfo(folder);
            if (!info.Exists || info.LinkTarget is not null) return false;
            var marker = new FileInfo(System.IO.Path.Combine(folder, MarkerName));
            return marker.Exists && marker.LinkTarget is null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Writes the marker into <paramref name="folder"/> (again, harmlessly, if it is there already).</summary>
    /// <remarks>
    /// A result folder carries it from its first moment; the report writers mark what they write too, so that every
    /// folder of results, a comparison's and a sweep's sub-folders included, holds it wherever it was written.
    /// </remarks>
    public static void Mark(string folder) =>
        File.WriteAllText(System.IO.Path.Combine(folder, MarkerName), MarkerText);

    /// <summary>
    /// Why <paramref name="path"/> (absolute) must not be replaced by <c>--force</c>, or null when it may: it must be
    /// a marked result folder, and neither <c>/</c> nor the working folder nor one of its parents.
    /// </summary>
    private static string? WhyNotReplaceable(string path)
    {
        if (System.IO.Path.GetPathRoot(path) == path) return "is the root of the file system; --force never replaces it";
        var working = System.IO.Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory);
        if (working == path || working.StartsWith(path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return "is the working folder or one of its parents; --force never replaces it";
        if (new FileInfo(path).LinkTarget is not null) return "is a symbolic link; --force replaces only a result folder itself";
        if (File.Exists(path)) return "is a file (or a device), not a result folder; --force replaces only folders CorridorSim wrote";
        if (!IsMarked(path))
            return $"is a folder CorridorSim did not write (it has no {MarkerName}); --force replaces only result folders. Choose another --out, or remove it yourself";
        return null;
    }
}
