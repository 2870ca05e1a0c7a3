using CorridorSim.Corridor.Results;

namespace CorridorSim.Robustness.Tests.Capacity;

/// <summary>
/// What one replication did for the cargo created in its measurement window: the tonnes created and
/// delivered, and the mean days in the system, counting undelivered cargo at its age at the window's end.
/// </summary>
/// <remarks>
/// Counting only cargo created in the window, and undelivered cargo at its age, makes the measure fair
/// between a corridor that delivers more and one that leaves more waiting: cargo still queued at the end
/// counts against time in system instead of being left out.
/// </remarks>
internal sealed record WindowCohort(double DemandTonnes, double DeliveredTonnes, double MeanDaysInSystem)
{
    public static WindowCohort Of(ReplicationResult result, double warmupHours, double horizonHours)
    {
        var cohort = result.Consignments!.Where(c => c.CreatedHours >= warmupHours).ToList();
        if (cohort.Count == 0)
        {
            return new WindowCohort(0, 0, 0);
        }

        return new WindowCohort(
            cohort.Sum(c => c.Tonnes),
            cohort.Where(c => c.DeliveredHours is not null).Sum(c => c.Tonnes),
            cohort.Average(c => ((c.DeliveredHours ?? horizonHours) - c.CreatedHours) / 24));
    }
}
