using System.Globalization;

namespace CorridorSim.Reporting.Folders;

/// <summary>
/// A result folder under construction: every file is written into a temporary folder beside the final
/// one, which is renamed into place whole by <see cref="Commit"/>; disposed without a commit (a failure
/// or cancellation) the temporary folder is deleted, so no half-written result is ever visible.
/// </summary>
/// <remarks>
/// <para>
/// Life cycle: created by <see cref="ForScenario"/> (the default <c>results/&lt;name&gt;/&lt;UTC
/// timestamp&gt;/</c>) or <see cref="AtPath"/> (<c>--out DIR</c>) → files written under
/// <see cref="WorkingPath"/> → <see cref="Commit"/> once → disposed.
/// </para>
/// <para>
/// The temporary folder is named <c>.tmp-&lt;final name&gt;-&lt;random&gt;</c> and is owned through a
/// sibling lock file of the same name plus <c>.lock</c>, held open for the folder's life. The operating
/// system releases that lock when the process ends however it ends, so a temporary folder whose lock
/// nobody holds was left by a hard kill: every new result folder removes such stale ones from its parent
/// first, and never touches one that another live run is still writing.
/// </para>
/// <para>
/// With <c>--force</c> the existing folder is replaced only after the new one is complete: the old one is
/// renamed aside (to a temporary name), the new one renamed in, then the old one deleted. Only a folder that
/// carries the marker <see cref="MarkerName"/> is ever replaced or removed as stale; the temporary folder carries
/// it from the start, and the cleanup never follows a lock path that is a symbolic link.
/// </para>
/// </remarks>
public sealed partial class ResultFolder : IDisposable
{
    /// <summary>The prefix that marks a folder in a results parent as temporary.</summary>
    public const string TemporaryPrefix = ".tmp-";

    /// <summary>Format of the UTC timestamp that names a default result folder.</summary>
    public const string TimestampFormat = "yyyyMMdd'T'HHmmss'Z'";

    private const string LockSuffix = ".lock";

    private readonly string _requestedPath;
    private readonly bool _exact;
    private readonly bool _force;
    private readonly FileStream _lock;
    private readonly List<string> _createdParents;
    private string? _finalPath;
    private bool _disposed;

    private ResultFolder(string requestedPath, bool exact, bool force)
    {
        _requestedPath = requestedPath;
        _exact = exact;
        _force = force;
        var parent = System.IO.Path.GetDirectoryName(requestedPath)!;
        _createdParents = CreateParents(parent);
        RemoveStaleTemporaries(parent);

        var name = $"{TemporaryPrefix}{System.IO.Path.GetFileName(requestedPath)}-{RandomSuffix()}";
        WorkingPath = System.IO.Path.Combine(parent, name);
        _lock = new FileStream(WorkingPath + LockSuffix, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        try
        {
            Directory.CreateDirectory(WorkingPath);
            Mark(WorkingPath);
        }
        catch
        {
            TryDelete(WorkingPath);
            ReleaseLock();
            RemoveParentIfCreatedAndEmpty();
            throw;
        }
    }

    /// <summary>The temporary folder to write every result file into.</summary>
    public string WorkingPath { get; }

    /// <summary>Where the results are after <see cref="Commit"/>; null before.</summary>
    public string? FinalPath => _finalPath;

    /// <summary>
    /// Starts the default result folder <c>&lt;resultsRoot&gt;/&lt;name&gt;/&lt;timestamp&gt;</c>, the
    /// timestamp taken from <paramref name="startedUtc"/>; if that folder is taken when committing, a
    /// suffix <c>-2</c>, <c>-3</c>, … is added.
    /// </summary>
    /// <param name="scenarioName">The scenario's <c>name:</c> (or file name); characters a file name cannot hold become <c>-</c>.</param>
    public static ResultFolder ForScenario(string resultsRoot, string scenarioName, DateTimeOffset startedUtc)
    {
        var stamp = startedUtc.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);
        var path = System.IO.Path.Combine(System.IO.Path.GetFullPath(resultsRoot), SafeName(scenarioName), stamp);
        return new ResultFolder(path, exact: false, force: false);
    }

    /// <summary>Starts the result folder at exactly <paramref name="outDirectory"/> (<c>--out DIR</c>).</summary>
    /// <exception cref="ResultFolderExistsException">It exists and <paramref name="force"/> is false.</exception>
    /// <exception cref="ResultFolderRefusedException">
    /// It is empty or not a path, or <paramref name="force"/> would replace something that is not a result folder.
    /// </exception>
    public static ResultFolder AtPath(string outDirectory, bool force)
    {
        var path = UsablePath(outDirectory);
        if (Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            if (!force)
            {
                throw new ResultFolderExistsException(outDirectory);
            }

            if (WhyNotReplaceable(path) is { } why)
            {
                throw new ResultFolderRefusedException(outDirectory, why);
            }
        }

        return new ResultFolder(path, exact: true, force);
    }

    private static string UsablePath(string outDirectory)
    {
        if (outDirectory.Trim().Length == 0)
        {
            throw new ResultFolderRefusedException($"'{outDirectory}'", "is empty; give the folder the results should go to");
        }

        try
        {
            var path = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(outDirectory));
            if (path.Contains('\0', StringComparison.Ordinal))
            {
                throw new ArgumentException("a path cannot hold a NUL character");
            }

            return path;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ResultFolderRefusedException(outDirectory, $"is not a usable folder path ({e.Message})");
        }
    }

    /// <summary>A name made safe to be one folder name: path separators and other forbidden characters become <c>-</c>.</summary>
    public static string SafeName(string name)
    {
        var invalid = System.IO.Path.GetInvalidFileNameChars().Concat(['/', '\\', ':']).ToHashSet();
        var safe = new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '-' : c).ToArray()).Trim();
        return safe.Length == 0 || safe == "." || safe == ".." ? "scenario" : safe;
    }

    /// <summary>Moves the finished folder into place whole and returns where it now is.</summary>
    /// <exception cref="ResultFolderExistsException">An exact <c>--out</c> folder appeared meanwhile and force is off.</exception>
    public string Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_finalPath is not null)
        {
            throw new InvalidOperationException("The result folder has already been committed.");
        }

        _finalPath = _exact ? CommitExact() : CommitWithSuffix();
        ReleaseLock();
        return _finalPath;
    }

    /// <summary>Deletes the temporary folder unless it was committed.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_finalPath is null)
        {
            TryDelete(WorkingPath);
            ReleaseLock();
            RemoveParentIfCreatedAndEmpty();
        }
    }

    private string CommitWithSuffix()
    {
        for (var attempt = 1; ; attempt++)
        {
            var candidate = attempt == 1 ? _requestedPath : $"{_requestedPath}-{attempt}";
            if (Exists(candidate))
            {
                continue;
            }

            try
            {
                Directory.Move(WorkingPath, candidate);
                return candidate;
            }
            catch (IOException) when (Exists(candidate))
            {
                // Another run took this name between the check and the move; try the next suffix.
            }
        }
    }

    private string CommitExact()
    {
        if (!Exists(_requestedPath))
        {
            Directory.Move(WorkingPath, _requestedPath);
            return _requestedPath;
        }

        if (!_force)
        {
            throw new ResultFolderExistsException(_requestedPath);
        }

        // Checked again: what --out names may have changed during the run.
        if (WhyNotReplaceable(_requestedPath) is { } why)
        {
            throw new ResultFolderRefusedException(_requestedPath, why);
        }

        var parent = System.IO.Path.GetDirectoryName(_requestedPath)!;
        var aside = System.IO.Path.Combine(parent, $"{TemporaryPrefix}old-{System.IO.Path.GetFileName(_requestedPath)}-{RandomSuffix()}");

        // Held while the old folder sits aside, so that no other run takes it for stale and removes it
        // before it could be moved back.
        var asideLock = TryTakeLock(aside + LockSuffix);
        try
        {
            MoveAside(_requestedPath, aside);
            try
            {
                Directory.Move(WorkingPath, _requestedPath);
            }
            catch
            {
                MoveAside(aside, _requestedPath);
                throw;
            }

            TryDelete(aside);
        }
        finally
        {
            asideLock?.Dispose();
            TryDelete(aside + LockSuffix);
        }

        return _requestedPath;
    }
}
