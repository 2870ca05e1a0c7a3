namespace CorridorSim.Cli.Tests.Given;

/// <summary>
/// A run of the full baseline year with many replications, in this process on a worker thread, that a test
/// cancels (as Ctrl+C would) once the run has created its temporary folder.
/// </summary>
public sealed class LongRun : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly CancellationTokenSource _cancel = new();
    private readonly Task<CliResult> _run;

    private LongRun(string[] args) => _run = Task.Run(() => Corridorsim.Run(_cancel.Token, args));

    /// <summary>The baseline's full year, 100 replications on one thread: about a minute of work, never meant to finish.</summary>
    public static LongRun Start(string outFolder, params string[] extraOptions) =>
        new(["run", RepositoryPaths.Baseline, "--replications", "100", "--threads", "1", "--quiet", "--out", outFolder, .. extraOptions]);

    /// <summary>Waits until <paramref name="parent"/> holds the run's temporary folder; fails if the run ends first or it never appears.</summary>
    public void WaitForTemporaryFolder(TempFolder parent)
    {
        var appeared = Poll.Until(() => _run.IsCompleted || parent.TemporaryEntries().Any(e => Directory.Exists(parent.Combine(e))), Bound);
        Assert.True(appeared, $"no temporary folder appeared within {Bound.TotalSeconds} s");
        Assert.False(_run.IsCompleted, $"the run ended before it was interrupted: {(_run.IsCompletedSuccessfully ? _run.Result : _run.Exception)}");
    }

    /// <summary>Cancels the run and waits (bounded) for how it ended.</summary>
    public CliResult Interrupt()
    {
        _cancel.Cancel();
        Assert.True(_run.Wait(Bound), $"the run did not end within {Bound.TotalSeconds} s of being interrupted");
        return _run.Result;
    }

    public void Dispose()
    {
        _cancel.Cancel();
        _run.Wait(Bound);
        _cancel.Dispose();
    }
}
