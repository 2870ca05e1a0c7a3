namespace CorridorSim.Kernel.Tests;

/// <summary>
/// Small process bodies shared by the tests.
/// </summary>
public static class Probe
{
    /// <summary>A process that waits <paramref name="delay"/> hours, logs <paramref name="name"/> and returns <paramref name="result"/>.</summary>
    public static IEnumerable<Event> After(Simulation simulation, Trace trace, double delay, string name, object? result = null)
    {
        yield return simulation.Timeout(delay);
        trace.Log(name);
        if (result is not null)
        {
            simulation.ActiveProcess!.SetResult(result);
        }
    }

    /// <summary>A process that runs <paramref name="body"/> once and ends.</summary>
    public static IEnumerable<Event> Do(Action body)
    {
        body();
        yield break;
    }
}
