namespace CorridorSim.Cli.Tests.Given;

/// <summary>A clock that always reads the same UTC time, so a test can tell where a command got its time from.</summary>
public sealed class FixedClock(DateTimeOffset utcNow) : TimeProvider
{
    /// <summary>The fixed time, however often it is asked.</summary>
    public override DateTimeOffset GetUtcNow() => utcNow;
}
