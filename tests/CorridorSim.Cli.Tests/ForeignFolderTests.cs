using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// Issue 18, items 1–3 from the command line: a shared scenario cannot make <c>corridorsim</c> print a file of yours,
/// and <c>--force</c> and the stale-temporary cleanup never delete what CorridorSim did not write.
/// </summary>
public sealed class ForeignFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Validate_ExtendsEtcPasswd_Exits2WithoutPrintingIt()
    {
        var scenario = _temp.Write("x.yaml", "extends: /etc/passwd\n");

        var result = Corridorsim.Run("validate", scenario);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("is outside the folders a scenario may extend", result.Output);
        Assert.DoesNotContain("root:", result.Output);
    }

    [Fact]
    public void Run_ForceOnAFolderCorridorSimDidNotWrite_Exits2AndKeepsEveryFile()
    {
        // Given the user's own folder
        Directory.CreateDirectory(_temp.Combine("thesis"));
        File.WriteAllText(_temp.Combine("thesis", "chapter1.tex"), "keep me");

        // When a run is pointed at it with --force
        var result = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--out", _temp.Combine("thesis"), "--force"]);

        // Then it is refused with the reason, and the folder is as it was
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(Reporting.Folders.ResultFolder.MarkerName, result.Output);
        Assert.Equal(["chapter1.tex"], Directory.GetFileSystemEntries(_temp.Combine("thesis")).Select(Path.GetFileName));
        Assert.Equal(["thesis"], _temp.Entries());
    }

    [Fact]
    public void Run_ForceOnAFile_Exits2AndKeepsIt()
    {
        var file = _temp.Write("notes.txt", "keep me");

        var result = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--out", file, "--force"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void Run_ForceOnTheWorkingFolder_Exits2()
    {
        var result = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--out", ".", "--force"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("is the working folder or one of its parents", result.Output);
    }

    [Fact]
    public void Run_ForceOnAnEarlierResult_ReplacesIt()
    {
        var target = _temp.Combine("x");
        string[] run = ["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--consignments", "none", "--out", target];
        Assert.Equal(0, Corridorsim.Run(run).ExitCode);

        var again = Corridorsim.Run([.. run, "--force"]);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(["x"], _temp.Entries());
    }

    [Fact]
    public void Run_UsersTmpNotesBesideTheOutFolder_Survives()
    {
        var notes = _temp.Write(".tmp-notes", "keep me");

        var result = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--consignments", "none", "--out", _temp.Combine("new")]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("keep me", File.ReadAllText(notes));
    }
}
