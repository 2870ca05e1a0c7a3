namespace CorridorSim.Cli;

/// <summary>
/// A mistake in what the user gave the command line (an argument, an option value, a scenario); it
/// ends the command with exit code 2 and its message, never a stack trace.
/// </summary>
public sealed class InvalidInputException(string message) : Exception(message);
