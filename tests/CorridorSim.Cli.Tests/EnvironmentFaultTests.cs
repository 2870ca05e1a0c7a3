using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// Issue 18, item 6: the machine refusing — a full disk, a busy mount point — is named as such with exit code 3,
/// never "a bug in CorridorSim" and never a stack trace; and nothing half-written is left.
/// </summary>
public sealed class EnvironmentFaultTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [TmpfsFact]
    public void ReportFile_OnAFullDisk_FailsWithTheSystemsErrorNumber_SoTheUserReadsTheDiskIsFull()
    {
        // Given a disk of 64 kB
        var mountPoint = _temp.Combine("disk");
        Directory.CreateDirectory(mountPoint);
        using var disk = SmallDisk.Mount(mountPoint, sizeKilobytes: 64);

        // When a report of 1 MB is written there (the way File.WriteAllText reserves space first says "disk was full" without errno 28)
        var fault = Assert.ThrowsAny<IOException>(() => Reporting.Writing.ReportFile.WriteText(Path.Combine(mountPoint, "report.html"), new string('x', 1 << 20)));

        // Then the fault carries ENOSPC (28), the number the command line reads as "the disk is full"
        Assert.Equal(28, fault.HResult & 0xFFFF);
    }

    [TmpfsFact]
    public void Run_DiskFullWhileWriting_Exits3NamingTheFullDiskAndLeavesNothing()
    {
        // Given a disk of 256 kB, far less than the consignment files of a month need
        var mountPoint = _temp.Combine("disk");
        Directory.CreateDirectory(mountPoint);
        using var disk = SmallDisk.Mount(mountPoint, sizeKilobytes: 256);

        // When a run writes its results there
        var result = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(30, 0, 1), "--consignments", "all", "--out", Path.Combine(mountPoint, "x")]);

        // Then it says the disk is full, exits 3, and the disk holds nothing of it
        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("the disk is full", result.Output);
        Assert.DoesNotContain("bug in CorridorSim", result.Output);
        Assert.False(result.ShowsStackTrace, result.ToString());
        Assert.Empty(Directory.GetFileSystemEntries(mountPoint));
    }

    [TmpfsFact]
    public void Run_ForceOnAMountPoint_Exits3NamingTheBusyPathAndKeepsIt()
    {
        // Given a result folder that is also a mount point (renaming it fails with EBUSY)
        var target = _temp.Combine("mounted");
        var first = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--consignments", "none", "--out", target]);
        Assert.True(first.ExitCode == 0, first.ToString());
        using var disk = SmallDisk.Mount(target, sizeKilobytes: 64);
        File.WriteAllText(Path.Combine(target, Reporting.Folders.ResultFolder.MarkerName), "");

        // When a run replaces it with --force
        var result = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--consignments", "none", "--out", target, "--force"]);

        // Then the busy path is named, with exit 3, and no temporary is left beside it
        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("busy", result.Output);
        Assert.False(result.ShowsStackTrace, result.ToString());
        Assert.Equal(["mounted"], _temp.Entries());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Run_EmptyOut_Exits2SayingItIsEmpty(string outDirectory)
    {
        var result = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(2, 0, 1), "--out", outDirectory]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("is empty", result.Output);
        Assert.False(result.ShowsStackTrace, result.ToString());
    }
}
