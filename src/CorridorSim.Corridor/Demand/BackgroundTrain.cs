namespace CorridorSim.Corridor.Demand;

/// <summary>One non-corridor train: it carries no consignments, only its tonnes for the ledger.</summary>
internal sealed class BackgroundTrain(BackgroundTraffic traffic)
{
    /// <summary>The background flow it belongs to.</summary>
    public BackgroundTraffic Traffic { get; } = traffic;

    public Spec.Direction Direction => Traffic.Spec.Direction;

    /// <summary>Whether it arrived after the warm-up, so that it counts in its flow's figures.</summary>
    public bool InWindow { get; set; }

    /// <summary>Hours it has queued for capacity or a reopening so far.</summary>
    public double WaitHours { get; set; }
}
