namespace CorridorSim.Cli;

/// <summary>
/// The machine refused what the command needed (a full disk, no permission, a busy path); it ends the command with
/// <see cref="ExitCodes.EnvironmentFault"/> and its message, never a stack trace.
/// </summary>
public sealed class EnvironmentFaultException(string message, Exception? cause = null) : Exception(message, cause);
