using System.Diagnostics;

namespace CorridorSim.Cli.Tests.Given;

/// <summary>A tmpfs of a few kilobytes mounted on a folder, so that a test can fill it; unmounted when disposed.</summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    /// <summary>The mount point.</summary>
    public string Path { get; }

    /// <exception cref="InvalidOperationException">mount refused (not root, no tmpfs, in a container without the right).</exception>
    public static SmallDisk Mount(string folder, int sizeKilobytes)
    {
        var (exit, output) = Run("mount", "-t", "tmpfs", "-o", $"size={sizeKilobytes}k", "tmpfs", folder);
        if (exit != 0) throw new InvalidOperationException($"mount exited {exit}: {output.Trim()}");
        return new SmallDisk(folder);
    }

    public void Dispose() => Run("umount", "-l", Path);

    private static (int Exit, string Output) Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            return process.WaitForExit(30_000) ? (process.ExitCode, output) : (-1, "timed out");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
