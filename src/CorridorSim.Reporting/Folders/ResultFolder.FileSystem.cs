namespace CorridorSim.Reporting.Folders;

/// <summary>
/// The file-system side of a <see cref="ResultFolder"/>: lock files that tell a live run's temporary
/// folder from one a hard kill left behind, removing stale ones, and deleting or moving aside safely.
/// </summary>
public sealed partial class ResultFolder
{
    /// <summary>Creates the missing folders above the result folder; returns those it created, deepest first.</summary>
    private static List<string> CreateParents(string parent)
    {
        var missing = new List<string>();
        for (var dir = parent; dir is not null && !Directory.Exists(dir); dir = System.IO.Path.GetDirectoryName(dir))
        {
            missing.Add(dir);
        }

        Directory.CreateDirectory(parent);
        return missing;
    }

    // A failed first run leaves not even the empty folders it created above the result folder.
    private void RemoveParentIfCreatedAndEmpty()
    {
        foreach (var created in _createdParents)
        {
            try
            {
                if (Directory.EnumerateFileSystemEntries(created).Any())
                {
                    return;
                }

                Directory.Delete(created);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }
        }
    }

    private static void MoveAside(string from, string to)
    {
        if (File.Exists(from))
        {
            File.Move(from, to);
        }
        else
        {
            Directory.Move(from, to);
        }
    }

    private void ReleaseLock()
    {
        var lockPath = _lock.Name;
        _lock.Dispose();
        try
        {
            File.Delete(lockPath);
        }
        catch (IOException)
        {
            // A lock file left behind is harmless: the next run sees it unlocked and removes it.
        }
    }

    /// <summary>
    /// Removes what a hard-killed run left in <paramref name="parent"/>: a temporary folder with a name only
    /// CorridorSim makes (<see cref="IsTemporaryName"/>) that carries the marker and whose lock no live process
    /// holds, and lock files of such names whose folder is gone. Nothing else is touched, and a lock path that is
    /// a symbolic link is never opened.
    /// </summary>
    private static void RemoveStaleTemporaries(string parent)
    {
        foreach (var entry in Directory.GetFileSystemEntries(parent, TemporaryPrefix + "*"))
        {
            var name = System.IO.Path.GetFileName(entry);
            if (name.EndsWith(LockSuffix, StringComparison.Ordinal))
            {
                var folder = entry[..^LockSuffix.Length];
                if (IsTemporaryName(name[..^LockSuffix.Length]) && !Exists(folder) && IsPlainFile(entry) && TryTakeLock(entry) is { } orphan)
                {
                    orphan.Dispose();
                    TryDelete(entry);
                }

                continue;
            }

            if (!IsTemporaryName(name) || !IsMarked(entry))
            {
                continue;
            }

            using var owner = TryTakeLock(entry + LockSuffix);
            if (owner is null)
            {
                continue;
            }

            TryDelete(entry);
            owner.Dispose();
            TryDelete(entry + LockSuffix);
        }
    }

    /// <summary>True for <c>.tmp-&lt;name&gt;-&lt;8 hex digits&gt;</c>, the only temporary names CorridorSim makes.</summary>
    internal static bool IsTemporaryName(string name) =>
        name.Length > TemporaryPrefix.Length + 9
        && name.StartsWith(TemporaryPrefix, StringComparison.Ordinal)
        && name[^9] == '-'
        && name[^8..].All(char.IsAsciiHexDigitLower);

    private static bool IsPlainFile(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is null;
    }

    /// <summary>
    /// Opens a temporary's lock file exclusively; null when a live run holds it or the path is not a plain file.
    /// A missing lock file is created (never through a symbolic link: <see cref="FileMode.CreateNew"/> refuses one).
    /// </summary>
    private static FileStream? TryTakeLock(string lockPath)
    {
        try
        {
            var info = new FileInfo(lockPath);
            if (info.LinkTarget is not null)
            {
                return null;
            }

            return info.Exists
                ? new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None)
                : new FileStream(lockPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool Exists(string path) => Directory.Exists(path) || File.Exists(path);

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
            // Best effort: what cannot be removed now is stale for the next run to remove.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string RandomSuffix() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4));
}
