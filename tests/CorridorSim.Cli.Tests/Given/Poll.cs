using System.Diagnostics;

namespace CorridorSim.Cli.Tests.Given;

/// <summary>Bounded waiting: every wait in these tests ends in a timeout, so a hang fails instead of blocking the suite.</summary>
public static class Poll
{
    /// <summary>Checks <paramref name="condition"/> every 25 ms; true as soon as it holds, false after <paramref name="timeout"/>.</summary>
    public static bool Until(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition()) return true;
            Thread.Sleep(25);
        }

        return condition();
    }
}
