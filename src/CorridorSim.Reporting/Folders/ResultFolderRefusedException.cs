namespace CorridorSim.Reporting.Folders;

/// <summary>
/// Raised when <c>--out DIR --force</c> would replace something that is not a CorridorSim result folder (a folder
/// without <see cref="ResultFolder.MarkerName"/>, a file, a device, <c>/</c>, the working folder or one of its
/// parents), or when <c>--out</c> is not a usable path: invalid input, which the command line reports with exit code 2.
/// </summary>
public sealed class ResultFolderRefusedException : Exception
{
    /// <summary>A refusal of <paramref name="path"/> for <paramref name="reason"/>.</summary>
    public ResultFolderRefusedException(string path, string reason)
        : base($"--out {path}: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The <c>--out</c> path as given.</summary>
    public string Path { get; }

    /// <summary>Why it was refused, in words.</summary>
    public string Reason { get; }
}
