namespace CorridorSim.Cli.Tests.Given;

/// <summary>
/// A fact that needs a small tmpfs it can mount (Linux, as root): where <c>mount -t tmpfs</c> is not permitted the
/// test is reported as skipped with the reason, never passed silently.
/// </summary>
/// <remarks>Implementation note: xunit 2 decides skipping at discovery, so the probe mounts and unmounts once then.</remarks>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmpfsFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> WhyNot = new(Probe);

    /// <summary>Skips the test, with the reason, when no tmpfs can be mounted here.</summary>
    public TmpfsFactAttribute()
    {
        if (WhyNot.Value is { } reason) Skip = reason;
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "needs Linux to mount a small tmpfs";
        var folder = Directory.CreateTempSubdirectory("corridorsim-tmpfs-probe-").FullName;
        try
        {
            using var mount = SmallDisk.Mount(folder, sizeKilobytes: 64);
            return null;
        }
        catch (InvalidOperationException e)
        {
            return $"cannot mount a tmpfs here ({e.Message}); run the tests as root on Linux to include this one";
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
