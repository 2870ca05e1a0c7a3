namespace CorridorSim.Reporting.Folders;

/// <summary>
/// The file-system side of a <see cref="ResultFolder"/>: lock files that tell a live run's temporary
/// folder from one a hard kill left behind, removing stale ones, and deleting or moving aside safely.
/// </summary>
public sealed partial class ResultFolder
{
    // A failed first run of a scenario leaves not even an empty results/<name>/ behind.
    private void RemoveParentIfCreatedAndEmpty()
    {
        try
        {
            if (_createdParent is not null && !Directory.EnumerateFileSystemEntries(_createdParent).Any())
            {
                Directory.Delete(_createdParent);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
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

    private static void RemoveStaleTemporaries(string parent)
    {
        foreach (var entry in Directory.GetFileSystemEntries(parent, TemporaryPrefix + "*"))
        {
            if (entry.EndsWith(LockSuffix, StringComparison.Ordinal))
            {
                var folder = entry[..^LockSuffix.Length];
                if (!Exists(folder) && TryTakeLock(entry) is { } orphan)
                {
                    orphan.Dispose();
                    TryDelete(entry);
                }

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

    /// <summary>Opens a lock file exclusively; null when a live run holds it.</summary>
    private static FileStream? TryTakeLock(string lockPath)
    {
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
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
