using CorridorSim.Corridor.Spec;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Weather;

/// <summary>A scheduled closure (a border closed, a line under maintenance) from its start day for its duration.</summary>
internal static class DisruptionWindow
{
    /// <summary>Schedules the closure of <paramref name="gate"/> by <paramref name="spec"/>.</summary>
    public static void Schedule(Simulation sim, DisruptionSpec spec, ClosureGate gate)
    {
        var start = spec.StartDay * 24;
        sim.Timeout(start).AddCallback(_ => gate.Close());
        sim.Timeout(start + (spec.DurationDays * 24)).AddCallback(_ => gate.Open());
    }
}
