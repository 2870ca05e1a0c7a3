namespace CorridorSim.Kernel;

public partial class Resource
{
    /// <summary>The fraction of units in use over time (0 to 1); its mean is the utilisation.</summary>
    public TimeWeighted UtilizationMonitor { get; }

    /// <summary>The number of waiting requests over time; its integral equals the sum of all waits.</summary>
    public TimeWeighted QueueLengthMonitor { get; }

    /// <summary>The hours each granted request waited between request and grant.</summary>
    public Tally WaitTimeMonitor { get; } = new();
}
