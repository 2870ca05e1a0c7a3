namespace CorridorSim.Scenarios.Files;

/// <summary>The absolute path with every symbolic link along it resolved, as the operating system would reach the file.</summary>
internal static class RealPath
{
    /// <summary>More links than this on one path is a loop (Linux gives up at 40 too).</summary>
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="fullPath"/> (absolute); parts that do not exist are kept as written.</summary>
    public static string Of(string fullPath)
    {
        var links = 0;
        var pending = new Stack<string>(Split(fullPath).Reverse());
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var resolved = root;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? root;
                continue;
            }

            var next = Path.Combine(resolved, part);
            string? target = null;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }

            if (target is null || ++links > MaxLinks)
            {
                resolved = next;
                continue;
            }

            // A relative target is relative to the link's folder; an absolute one starts again at the root.
            if (Path.IsPathRooted(target)) resolved = Path.GetPathRoot(target) ?? root;
            foreach (var p in Split(target).Reverse()) pending.Push(p);
        }

        return resolved;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real, absolute).</summary>
    public static bool IsInside(string path, string folder)
    {
        var f = Path.TrimEndingDirectorySeparator(folder);
        return path == f || path.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal) || f == Path.GetPathRoot(f);
    }

    private static string[] Split(string path) =>
        path.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
}
