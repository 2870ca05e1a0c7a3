using System.Runtime.InteropServices;

namespace CorridorSim.Cli;

/// <summary>
/// Ctrl+C (SIGINT), SIGTERM and SIGHUP, each turned into a cancellation the running command honours: its
/// temporary folder is deleted and it exits with 128 + the signal's number (130, 143, 129), as a shell would report.
/// </summary>
/// <remarks>
/// SIGTERM is what <c>timeout</c>, <c>docker stop</c>, Slurm and CI cancellation send; SIGHUP comes when the terminal
/// closes. Left to the runtime both end the process at once, leaving the temporary folder and its lock behind.
/// </remarks>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _cancellation;
    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly ConsoleCancelEventHandler _onCancelKey;
    private int _exitCode;

    public StopSignals(CancellationToken outer)
    {
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _onCancelKey = (_, e) =>
        {
            // Keep the process alive so the command can delete its temporary folder and exit with 130.
            // A second Ctrl+C is not caught: whoever presses it twice wants the process gone now.
            e.Cancel = !Stopped;
            Stop(ExitCodes.Interrupted);
        };
        Console.CancelKeyPress += _onCancelKey;
        if (OperatingSystem.IsWindows()) return;
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Handle(c, ExitCodes.Terminated)));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGHUP, c => Handle(c, ExitCodes.HungUp)));
    }

    /// <summary>Cancelled once a signal arrives (or the outer token is cancelled).</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>True once a signal (or the outer cancellation) asked the command to stop.</summary>
    public bool Stopped => _cancellation.IsCancellationRequested;

    /// <summary>The exit code for the first signal that arrived; 130 for an outer cancellation.</summary>
    public int ExitCode => _exitCode == 0 ? ExitCodes.Interrupted : _exitCode;

    /// <summary>How the stop is told to the user: which signal it was.</summary>
    public string Reason => ExitCode switch
    {
        ExitCodes.Terminated => "Terminated (SIGTERM)",
        ExitCodes.HungUp => "Hung up (SIGHUP)",
        _ => "Interrupted",
    };

    public void Dispose()
    {
        Console.CancelKeyPress -= _onCancelKey;
        foreach (var registration in _registrations) registration.Dispose();
        _cancellation.Dispose();
    }

    private void Handle(PosixSignalContext context, int exitCode)
    {
        // A second signal is left to the runtime, which ends the process: a stuck command can still be stopped.
        context.Cancel = !Stopped;
        Stop(exitCode);
    }

    private void Stop(int exitCode)
    {
        Interlocked.CompareExchange(ref _exitCode, exitCode, 0);
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The command has already ended; the process is on its way out with its own exit code.
        }
    }
}
