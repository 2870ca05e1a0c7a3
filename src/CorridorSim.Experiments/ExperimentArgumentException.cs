namespace CorridorSim.Experiments;

/// <summary>
/// A user's experiment request that cannot be run as written: a malformed <c>--vary</c>, a thread or
/// replication count below one, a comparison of fewer than two scenarios. The command line reports it
/// like a scenario error (exit 2).
/// </summary>
/// <remarks>
/// Only thrown for what the user typed or wrote in a scenario; a fault inside a replication is never
/// relabelled as this.
/// </remarks>
public sealed class ExperimentArgumentException : Exception
{
    /// <summary>An invalid <paramref name="argument"/>: what is wrong with it and what is expected instead.</summary>
    public ExperimentArgumentException(string argument, string problem, string expected)
        : base($"{argument}: {problem}; expected {expected}")
    {
        Argument = argument;
        Problem = problem;
        Expected = expected;
    }

    /// <summary>The offending text or option as the user gave it, e.g. <c>--vary vessels</c>.</summary>
    public string Argument { get; }

    /// <summary>What is wrong with it, e.g. <c>no '=' between key and values</c>.</summary>
    public string Problem { get; }

    /// <summary>The form that would be accepted, e.g. <c>--vary key.path=v1,v2,...</c>.</summary>
    public string Expected { get; }
}
