namespace CorridorSim.Cli;

/// <summary>Names what the file system said when it refused: the words a user can act on.</summary>
internal static class EnvironmentFaults
{
    // errno values, the same on Linux for x86-64 and Arm64: .NET reports them in an IOException's HResult.
    private const int NoPermission = 1;
    private const int AccessDenied = 13;
    private const int Busy = 16;
    private const int AlreadyExists = 17;
    private const int NotAFolder = 20;
    private const int NoSpace = 28;
    private const int ReadOnly = 30;
    private const int QuotaExceeded = 122;
    private const int Win32DiskFull = 112;
    private const int Win32HandleDiskFull = 39;

    /// <summary>True when <paramref name="e"/> is the file system refusing, not a fault of the program.</summary>
    /// <remarks>Every file the program writes or moves is in the user's chosen place, so every such refusal is the environment's.</remarks>
    public static bool IsEnvironmental(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>True when the path itself is wrong: a file stands where a folder of it must go.</summary>
    public static bool IsPathMistake(Exception e) => e is IOException && (e.HResult & 0xFFFF) is AlreadyExists or NotAFolder;

    /// <summary>What went wrong in words, with the system's own message and what to do about it.</summary>
    public static string Describe(Exception e)
    {
        var (cause, remedy) = (e.HResult & 0xFFFF) switch
        {
            NoSpace or QuotaExceeded or Win32DiskFull or Win32HandleDiskFull => ("the disk is full", "free some space"),
            AccessDenied or NoPermission => ("permission denied", "choose a folder you may write, or fix its permissions"),
            Busy => ("the path is busy (a mount point, or in use by another program)", "choose another --out"),
            ReadOnly => ("the file system is read-only", "choose a folder on a writable disk"),
            _ when e is UnauthorizedAccessException => ("permission denied", "choose a folder you may write, or fix its permissions"),
            _ => ("the file system refused", "check the disk and the path"),
        };
        return $"{cause} ({e.Message.Trim()}); {remedy} and run again.";
    }
}
