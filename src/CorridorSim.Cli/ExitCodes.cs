namespace CorridorSim.Cli;

/// <summary>The process exit codes of <c>corridorsim</c> (the README lists them under "What you can do with it" and "Reliability").</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked (warnings may have been printed).</summary>
    public const int Success = 0;

    /// <summary>An internal fault: always a bug in CorridorSim, never a user's mistake.</summary>
    public const int InternalFault = 1;

    /// <summary>Invalid input: a scenario, an argument, or an existing <c>--out</c> without <c>--force</c>.</summary>
    public const int InvalidInput = 2;

    /// <summary>
    /// The machine refused: a full disk, no permission, a busy or read-only path. Nothing of the user's input was
    /// wrong, and nothing of the program: the same command succeeds once the environment is fixed.
    /// </summary>
    public const int EnvironmentFault = 3;

    /// <summary>Stopped by SIGHUP (the terminal closed), following the shell's 128 + signal convention.</summary>
    public const int HungUp = 129;

    /// <summary>Stopped by the user (Ctrl+C), following the shell's 128 + SIGINT convention.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (<c>timeout</c>, <c>docker stop</c>, Slurm, CI cancellation): 128 + 15.</summary>
    public const int Terminated = 143;
}
