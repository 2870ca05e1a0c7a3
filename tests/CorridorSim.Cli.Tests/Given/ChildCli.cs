using System.Diagnostics;
using System.Text;

namespace CorridorSim.Cli.Tests.Given;

/// <summary>
/// <c>corridorsim</c> started as a separate process (<c>dotnet corridorsim.dll …</c> from this test's bin folder),
/// so a test can interrupt it with SIGINT or kill it outright. Disposing kills it if it is still running.
/// </summary>
/// <remarks>
/// Implementation note: a process started in the background by a non-interactive shell inherits SIGINT as
/// ignored, and .NET then never raises <see cref="Console.CancelKeyPress"/>; so the child is started through
/// <c>env --default-signal=INT</c> (GNU coreutils ≥ 8.31), which restores the default before it runs
/// <c>dotnet</c> in the same process. These tests are therefore for Linux.
/// </remarks>
public sealed class ChildCli : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ChildCli(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the child printed so far, standard output and error together.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>The <c>corridorsim.dll</c> this test project was built with.</summary>
    public static string AssemblyPath => typeof(CorridorSimApp).Assembly.Location;

    public static ChildCli Start(string workingDirectory, params string[] args) =>
        Start(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>
    /// Starts the child with <paramref name="environment"/> added to this process's variables, and without the
    /// batch engines' task indexes unless named there (a test suite run inside Slurm must not leak its own).
    /// </summary>
    public static ChildCli Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("env")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["--default-signal=INT", DotnetHost(), AssemblyPath, .. args]) start.ArgumentList.Add(arg);
        start.Environment.Remove("SLURM_ARRAY_TASK_ID");
        start.Environment.Remove("JOB_COMPLETION_INDEX");
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return new ChildCli(Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName));
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal would.</summary>
    public void Interrupt()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
        })!;
        Assert.True(kill.WaitForExit(10_000), "kill -INT did not return");
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Ends the child at once, as a power cut or <c>kill -9</c> would: no handler of its own runs.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    /// <summary>Waits for the child to end; false if it is still running after <paramref name="timeout"/>.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) return false;
        _process.WaitForExit(); // flushes the redirected output
        return true;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
