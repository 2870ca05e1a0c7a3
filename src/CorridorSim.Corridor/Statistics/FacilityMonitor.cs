using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Statistics;

/// <summary>
/// What one facility counts while the model runs: the consignments present, waiting and heading there,
/// the waits they had, and what left it.
/// </summary>
/// <remarks>
/// Levels (waiting units and tonnes) are kernel <see cref="TimeWeighted"/> monitors, so their averages are
/// exact; waits go into a bounded <see cref="WaitHistogram"/>. <see cref="Reset"/> at the end of the warm-up
/// restarts every statistic but keeps the current levels.
/// </remarks>
internal sealed class FacilityMonitor
{
    private double _waitingUnits;
    private double _waitingTonnes;

    public FacilityMonitor(Simulation simulation)
    {
        WaitingUnits = new TimeWeighted(simulation);
        WaitingTonnes = new TimeWeighted(simulation);
    }

    /// <summary>Consignments waiting here over time.</summary>
    public TimeWeighted WaitingUnits { get; }

    /// <summary>Tonnes waiting here over time.</summary>
    public TimeWeighted WaitingTonnes { get; }

    /// <summary>Waits of consignments that began service here since the last reset.</summary>
    public WaitHistogram Waits { get; } = new();

    /// <summary>Consignments here now, waiting or in service.</summary>
    public double PresentUnits { get; private set; }

    /// <summary>Consignments on their way here by rail or road (committed work, for route choice).</summary>
    public double InboundUnits { get; set; }

    /// <summary>Consignments that left here since the last reset.</summary>
    public long UnitsServed { get; private set; }

    /// <summary>Tonnes that left here since the last reset.</summary>
    public double TonnesServed { get; private set; }

    public void Arrive(int units) => PresentUnits += units;

    public void Depart(int units) => PresentUnits -= units;

    public void StartWaiting(int units, double tonnes)
    {
        _waitingUnits += units;
        _waitingTonnes += tonnes;
        WaitingUnits.Update(_waitingUnits);
        WaitingTonnes.Update(_waitingTonnes);
    }

    public void StopWaiting(int units, double tonnes)
    {
        _waitingUnits -= units;
        _waitingTonnes -= tonnes;
        WaitingUnits.Update(_waitingUnits);
        WaitingTonnes.Update(_waitingTonnes);
    }

    public void RecordWait(double hours, int units) => Waits.Add(hours, units);

    public void Served(int units, double tonnes)
    {
        UnitsServed += units;
        TonnesServed += tonnes;
    }

    public void Reset()
    {
        WaitingUnits.Reset();
        WaitingTonnes.Reset();
        Waits.Reset();
        UnitsServed = 0;
        TonnesServed = 0;
    }
}
