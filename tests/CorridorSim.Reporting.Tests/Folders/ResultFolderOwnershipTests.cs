using CorridorSim.Reporting.Folders;
using CorridorSim.Reporting.Tests.Given;

namespace CorridorSim.Reporting.Tests.Folders;

/// <summary>
/// Issue 18, items 2 and 3: only CorridorSim's own folders are ever replaced or removed. Every result folder carries
/// the marker <see cref="ResultFolder.MarkerName"/> from its first moment; <c>--force</c> refuses anything without it,
/// and the stale-temporary cleanup touches only marked folders with names CorridorSim makes.
/// </summary>
public sealed class ResultFolderOwnershipTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void NewFolder_WhileWritingAndAfterCommit_CarriesTheMarker()
    {
        using var folder = ResultFolder.AtPath(_temp.Combine("out"), force: false);
        Assert.True(ResultFolder.IsMarked(folder.WorkingPath));

        var final = folder.Commit();

        Assert.True(ResultFolder.IsMarked(final));
    }

    [Fact]
    public void AtPath_ForceOnAFolderCorridorSimDidNotWrite_RefusesAndKeepsIt()
    {
        // Given the user's own folder with a file in it
        Directory.CreateDirectory(_temp.Combine("mine"));
        File.WriteAllText(_temp.Combine("mine", "thesis.tex"), "keep me");

        // When --force names it
        var error = Assert.Throws<ResultFolderRefusedException>(() => ResultFolder.AtPath(_temp.Combine("mine"), force: true));

        // Then it is refused with the reason, and untouched
        Assert.Contains(ResultFolder.MarkerName, error.Reason);
        Assert.Equal("keep me", File.ReadAllText(_temp.Combine("mine", "thesis.tex")));
        Assert.Equal(["mine"], _temp.Entries());
    }

    [Fact]
    public void AtPath_ForceOnAFile_RefusesAndKeepsIt()
    {
        File.WriteAllText(_temp.Combine("notes.txt"), "keep me");

        var error = Assert.Throws<ResultFolderRefusedException>(() => ResultFolder.AtPath(_temp.Combine("notes.txt"), force: true));

        Assert.Contains("is a file", error.Reason);
        Assert.Equal("keep me", File.ReadAllText(_temp.Combine("notes.txt")));
    }

    [Fact]
    public void AtPath_ForceOnADevice_Refuses()
    {
        var error = Assert.Throws<ResultFolderRefusedException>(() => ResultFolder.AtPath("/dev/null", force: true));

        Assert.Contains("is a file (or a device)", error.Reason);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(".")]
    [InlineData("..")]
    public void AtPath_ForceOnTheRootOrTheWorkingFolderOrItsParent_Refuses(string path)
    {
        var error = Assert.Throws<ResultFolderRefusedException>(() => ResultFolder.AtPath(path, force: true));

        Assert.Contains("never replaces it", error.Reason);
    }

    [Fact]
    public void AtPath_ForceOnASymbolicLinkToAResultFolder_Refuses()
    {
        using (var first = ResultFolder.AtPath(_temp.Combine("real"), force: false))
        {
            first.Commit();
        }

        File.CreateSymbolicLink(_temp.Combine("link"), _temp.Combine("real"));

        var error = Assert.Throws<ResultFolderRefusedException>(() => ResultFolder.AtPath(_temp.Combine("link"), force: true));

        Assert.Contains("symbolic link", error.Reason);
        Assert.True(ResultFolder.IsMarked(_temp.Combine("real")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AtPath_EmptyPath_IsRefusedAsNotAFolder(string path)
    {
        var error = Assert.Throws<ResultFolderRefusedException>(() => ResultFolder.AtPath(path, force: false));

        Assert.Contains("is empty", error.Reason);
    }

    [Fact]
    public void AtPath_ForceOnAResultFolder_ReplacesIt()
    {
        using (var first = ResultFolder.AtPath(_temp.Combine("out"), force: false))
        {
            File.WriteAllText(Path.Combine(first.WorkingPath, "old.csv"), "old");
            first.Commit();
        }

        using var second = ResultFolder.AtPath(_temp.Combine("out"), force: true);
        File.WriteAllText(Path.Combine(second.WorkingPath, "new.csv"), "new");
        second.Commit();

        Assert.Equal([ResultFolder.MarkerName, "new.csv"], TempFolder.EntriesOf(_temp.Combine("out")));
    }

    [Fact]
    public void NewFolder_UsersOwnDotTmpEntries_AreNeverRemoved()
    {
        // Given the user's .tmp-notes file, a .tmp- folder of theirs, and an unmarked folder named like ours
        File.WriteAllText(_temp.Combine(".tmp-notes"), "keep me");
        Directory.CreateDirectory(_temp.Combine(".tmp-drafts"));
        Directory.CreateDirectory(_temp.Combine(".tmp-x-0123abcd"));

        // When a run writes a result folder into the same parent
        using (var folder = ResultFolder.AtPath(_temp.Combine("new"), force: false))
        {
            folder.Commit();
        }

        // Then every one of them is still there
        Assert.Equal([".tmp-drafts", ".tmp-notes", ".tmp-x-0123abcd", "new"], _temp.Entries());
    }

    [Fact]
    public void NewFolder_DanglingLockSymlink_IsNotFollowed()
    {
        // Given a lock-named symbolic link pointing at a file that does not exist
        var target = _temp.Combine("created-through-the-link");
        File.CreateSymbolicLink(_temp.Combine(".tmp-a-0123abcd.lock"), target);

        // When a run writes a result folder into the same parent
        using (var folder = ResultFolder.AtPath(_temp.Combine("new"), force: false))
        {
            folder.Commit();
        }

        // Then nothing was created at the link's target, and the link is left alone
        Assert.False(File.Exists(target));
        Assert.NotNull(new FileInfo(_temp.Combine(".tmp-a-0123abcd.lock")).LinkTarget);
    }

    [Fact]
    public void NewFolder_MarkedTemporaryWhoseLockNobodyHolds_IsRemoved()
    {
        // Given what a hard kill leaves: a marked temporary folder and its unheld lock
        string stale;
        using (var killed = ResultFolder.AtPath(_temp.Combine("a"), force: false))
        {
            stale = killed.WorkingPath;
            CopyFolder(stale, stale + "-copy");
        }

        var left = stale;
        Directory.Move(stale + "-copy", left);
        File.WriteAllText(left + ".lock", "");

        // When the next run writes into the same parent
        using (var next = ResultFolder.AtPath(_temp.Combine("b"), force: false))
        {
            next.Commit();
        }

        // Then the stale temporary and its lock are gone
        Assert.Equal(["b"], _temp.Entries());
    }

    [Fact]
    public void Dispose_WithoutCommit_RemovesEveryEmptyFolderItCreatedAbove()
    {
        var deep = _temp.Combine("a", "b", "c", "out");

        using (ResultFolder.AtPath(deep, force: false))
        {
            Assert.True(Directory.Exists(_temp.Combine("a", "b", "c")));
        }

        Assert.Empty(_temp.Entries());
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
