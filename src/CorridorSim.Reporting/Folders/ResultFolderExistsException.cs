namespace CorridorSim.Reporting.Folders;

/// <summary>
/// Raised when <c>--out DIR</c> names a folder (or file) that already exists and <c>--force</c> was not
/// given: invalid input, which the command line reports with exit code 2.
/// </summary>
public sealed class ResultFolderExistsException : Exception
{
    /// <summary>The result folder <paramref name="path"/> exists and <c>--force</c> was not given.</summary>
    public ResultFolderExistsException(string path)
        : base($"The output folder '{path}' already exists. Choose another --out, or add --force to replace it once the new results are complete.")
    {
        Path = path;
    }

    /// <summary>The folder that exists.</summary>
    public string Path { get; }
}
