using System.Diagnostics;
using CorridorSim.Reporting.Folders;
using CorridorSim.Reporting.Tests.Given;

namespace CorridorSim.Reporting.Tests.Folders;

public class ResultFolderTests
{
    private static readonly DateTimeOffset Started = new(2025, 3, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void ForScenario_Commit_MovesTheWholeFolderToNameAndUtcTimestamp()
    {
        // Given
        using var temp = new TempFolder();
        using var folder = ResultFolder.ForScenario(temp.Path, "baseline-2024", Started);
        File.WriteAllText(Path.Combine(folder.WorkingPath, "summary.csv"), "kpi\n");

        // When
        var final = folder.Commit();

        // Then
        Assert.Equal(temp.Combine("baseline-2024", "20250301T093000Z"), final);
        Assert.Equal([ResultFolder.MarkerName, "summary.csv"], TempFolder.EntriesOf(final));
        Assert.Equal(["20250301T093000Z"], TempFolder.EntriesOf(temp.Combine("baseline-2024")));
    }

    [Fact]
    public void ForScenario_BeforeCommit_OnlyAFolderMarkedTemporaryExists()
    {
        using var temp = new TempFolder();
        using var folder = ResultFolder.ForScenario(temp.Path, "baseline-2024", Started);

        Assert.StartsWith(".tmp-20250301T093000Z-", Path.GetFileName(folder.WorkingPath));
        Assert.False(Directory.Exists(temp.Combine("baseline-2024", "20250301T093000Z")));
        Assert.Null(folder.FinalPath);
    }

    [Fact]
    public void ForScenario_TimestampTaken_CommitAddsASuffix()
    {
        using var temp = new TempFolder();
        using (var first = ResultFolder.ForScenario(temp.Path, "baseline-2024", Started))
        {
            first.Commit();
        }

        using var second = ResultFolder.ForScenario(temp.Path, "baseline-2024", Started);
        var final = second.Commit();

        Assert.Equal(temp.Combine("baseline-2024", "20250301T093000Z-2"), final);
    }

    [Fact]
    public void ForScenario_NameWithSlashes_StaysOneFolderLevel()
    {
        using var temp = new TempFolder();
        using var folder = ResultFolder.ForScenario(temp.Path, "../evil/name", Started);

        var final = folder.Commit();

        Assert.Equal(temp.Path, Path.GetDirectoryName(Path.GetDirectoryName(final)));
    }

    [Fact]
    public void Dispose_FailureBeforeCommit_LeavesNothingBehind()
    {
        using var temp = new TempFolder();
        void FailingRun()
        {
            using var folder = ResultFolder.ForScenario(temp.Path, "baseline-2024", Started);
            File.WriteAllText(Path.Combine(folder.WorkingPath, "summary.csv"), "half");
            throw new InvalidOperationException("the model failed");
        }

        Assert.Throws<InvalidOperationException>(FailingRun);

        Assert.Empty(temp.Entries());
    }

    [Fact]
    public void Dispose_CancelledWhileWriting_LeavesNothingBehind()
    {
        using var temp = new TempFolder();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            using var folder = ResultFolder.ForScenario(temp.Path, "tiny-corridor", Started);
            RunReport.Write(folder.WorkingPath, SampleRun.Run(), SampleRun.Context(), cancellation.Token);
            folder.Commit();
        });

        Assert.Empty(temp.Entries());
    }

    [Fact]
    public void AtPath_FolderExistsWithoutForce_RefusesWithATypedErrorAndTouchesNothing()
    {
        using var temp = new TempFolder();
        var existing = temp.Combine("out");
        Directory.CreateDirectory(existing);
        File.WriteAllText(Path.Combine(existing, "old.csv"), "old");

        var error = Assert.Throws<ResultFolderExistsException>(() => ResultFolder.AtPath(existing, force: false));

        Assert.Equal(existing, error.Path);
        Assert.Equal(["out"], temp.Entries());
        Assert.Equal(["old.csv"], TempFolder.EntriesOf(existing));
    }

    [Fact]
    public void AtPath_FileInTheWayWithoutForce_Refuses()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("out"), "a file");

        Assert.Throws<ResultFolderExistsException>(() => ResultFolder.AtPath(temp.Combine("out"), force: false));
    }

    [Fact]
    public void AtPath_NewFolder_CommitWritesExactlyThatFolder()
    {
        using var temp = new TempFolder();
        var target = temp.Combine("nested", "out");
        using var folder = ResultFolder.AtPath(target, force: false);
        File.WriteAllText(Path.Combine(folder.WorkingPath, "a.csv"), "a");

        Assert.Equal(target, folder.Commit());
        Assert.Equal([ResultFolder.MarkerName, "a.csv"], TempFolder.EntriesOf(target));
        Assert.Equal(["out"], TempFolder.EntriesOf(temp.Combine("nested")));
    }

    [Fact]
    public void AtPath_Force_ReplacesTheOldFolderOnlyWhenTheNewOneIsComplete()
    {
        using var temp = new TempFolder();
        var target = temp.Combine("out");
        OldResultFolder(target);

        using var folder = ResultFolder.AtPath(target, force: true);
        File.WriteAllText(Path.Combine(folder.WorkingPath, "new.csv"), "new");
        Assert.Equal([ResultFolder.MarkerName, "old.csv"], TempFolder.EntriesOf(target));

        folder.Commit();

        Assert.Equal([ResultFolder.MarkerName, "new.csv"], TempFolder.EntriesOf(target));
        Assert.Equal(["out"], temp.Entries());
    }

    [Fact]
    public void AtPath_ForceButTheRunFails_KeepsTheOldFolderUntouched()
    {
        using var temp = new TempFolder();
        var target = temp.Combine("out");
        OldResultFolder(target);

        using (var folder = ResultFolder.AtPath(target, force: true))
        {
            File.WriteAllText(Path.Combine(folder.WorkingPath, "new.csv"), "half");
        }

        Assert.Equal(["out"], temp.Entries());
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "old.csv")));
    }

    [Fact]
    public void AtPath_FolderAppearsWhileRunning_CommitRefusesAndDisposeCleansUp()
    {
        using var temp = new TempFolder();
        var target = temp.Combine("out");
        var folder = ResultFolder.AtPath(target, force: false);
        Directory.CreateDirectory(target);

        Assert.Throws<ResultFolderExistsException>(() => folder.Commit());
        folder.Dispose();

        Assert.Equal(["out"], temp.Entries());
        Assert.Empty(TempFolder.EntriesOf(target));
    }

    [Fact]
    public void NewFolder_StaleTemporaryFromAHardKill_IsRemoved()
    {
        // Given a marked temporary folder and an orphaned lock file that no live process holds
        using var temp = new TempFolder();
        var stale = temp.Combine(".tmp-out-0badc0de");
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, ResultFolder.MarkerName), "");
        File.WriteAllText(Path.Combine(stale, "summary.csv"), "half");
        File.WriteAllText(temp.Combine(".tmp-gone-12345678.lock"), "");

        // When
        using var folder = ResultFolder.AtPath(temp.Combine("out"), force: false);

        // Then
        Assert.Equal([Path.GetFileName(folder.WorkingPath), Path.GetFileName(folder.WorkingPath) + ".lock"], temp.Entries());
    }

    [Fact]
    public void NewFolder_TemporaryOfALiveRunInTheSameParent_IsKept()
    {
        using var temp = new TempFolder();
        using var live = ResultFolder.AtPath(temp.Combine("a"), force: false);

        using var next = ResultFolder.AtPath(temp.Combine("b"), force: false);

        Assert.True(Directory.Exists(live.WorkingPath));
        Assert.Equal(temp.Combine("a"), live.Commit());
    }

    [Fact]
    public void NewFolder_TemporaryOfAnotherProcess_IsKeptWhileItLivesAndRemovedAfterItIsKilled()
    {
        if (!File.Exists("/usr/bin/flock"))
        {
            return;
        }

        // Given another process holding the lock of a temporary folder, as a run in progress does
        using var temp = new TempFolder();
        var other = temp.Combine(".tmp-out-feedbeef");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, ResultFolder.MarkerName), "");
        using var holder = Process.Start(new ProcessStartInfo("/usr/bin/flock", ["-x", other + ".lock", "sleep", "30"]))!;
        WaitUntil(() => File.Exists(other + ".lock"));
        Thread.Sleep(200);

        // When a new result folder starts beside it, the live one is kept
        using (ResultFolder.AtPath(temp.Combine("first"), force: false))
        {
            Assert.True(Directory.Exists(other));
        }

        // When the process is killed hard, the next result folder removes what it left
        holder.Kill(entireProcessTree: true);
        holder.WaitForExit();

        // The killed `sleep` child held the lock too; the kernel frees it once that process is gone.
        WaitUntil(() => CanLock(other + ".lock"));
        using (ResultFolder.AtPath(temp.Combine("second"), force: false))
        {
            Assert.False(Directory.Exists(other));
            Assert.False(File.Exists(other + ".lock"));
        }
    }

    /// <summary>A result folder a run made earlier at <paramref name="path"/>, holding <c>old.csv</c>.</summary>
    private static void OldResultFolder(string path)
    {
        using var earlier = ResultFolder.AtPath(path, force: false);
        File.WriteAllText(Path.Combine(earlier.WorkingPath, "old.csv"), "old");
        earlier.Commit();
    }

    [Fact]
    public void Commit_Twice_IsAnError()
    {
        using var temp = new TempFolder();
        using var folder = ResultFolder.AtPath(temp.Combine("out"), force: false);
        folder.Commit();

        Assert.Throws<InvalidOperationException>(() => folder.Commit());
    }

    [Theory]
    [InlineData("baseline-2024", "baseline-2024")]
    [InlineData("a/b\\c", "a-b-c")]
    [InlineData("..", "scenario")]
    [InlineData("", "scenario")]
    public void SafeName_AnyName_IsOneFolderName(string name, string expected) => Assert.Equal(expected, ResultFolder.SafeName(name));

    private static bool CanLock(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void WaitUntil(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition() && watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            Thread.Sleep(20);
        }
    }
}
