namespace CorridorSim.Cli;

/// <summary>The process exit codes of <c>corridorsim</c> (the README lists them under "What you can do with it").</summary>
public static class ExitCodes
{
    /// <summary>Success; warnings, if any, were printed.</summary>
    public const int Success = 0;

    /// <summary>An internal fault: always a bug in CorridorSim, never a user's mistake.</summary>
    public const int InternalFault = 1;

    /// <summary>Invalid input: a scenario, an argument, or an existing <c>--out</c> without <c>--force</c>.</summary>
    public const int InvalidInput = 2;

    /// <summary>Stopped by the user (Ctrl+C), following the shell's 128 + SIGINT convention.</summary>
    public const int Interrupted = 130;
}
