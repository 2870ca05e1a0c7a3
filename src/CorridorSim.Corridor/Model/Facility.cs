using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Customs;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Statistics;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Corridor.Weather;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Model;

/// <summary>
/// A place of the running corridor with its own statistics and closures: an origin, border, port or
/// destination (a stop on a route), or a rail leg, road leg or sea service (a link between stops).
/// </summary>
internal abstract class Facility
{
    protected Facility(CorridorRun run, string name, FacilityKind kind)
    {
        Run = run;
        Name = name;
        Kind = kind;
        Monitor = new FacilityMonitor(run.Sim);
        Closure = new ClosureGate(run.Sim, run.WarmupHours);
        ClosureCause = Cause(WaitCauseKind.Closure);
    }

    public CorridorRun Run { get; }

    public string Name { get; }

    /// <summary>What kind of place this is.</summary>
    public FacilityKind Kind { get; }

    public FacilityMonitor Monitor { get; }

    /// <summary>Closed by storms and disruptions.</summary>
    public ClosureGate Closure { get; }

    /// <summary>The account of waits for this facility to reopen after a storm or disruption.</summary>
    public CauseAccount ClosureCause { get; }

    /// <summary>Work held here or already heading here (consignments), which least-congested routing compares.</summary>
    public double Work => Monitor.PresentUnits + Monitor.InboundUnits;

    /// <summary>Units of capacity busy now (tracks, paths, berths, vessels sailing), for the daily snapshot.</summary>
    public virtual double InServiceNow => 0;

    /// <summary>Time-average busy share of the binding capacity since the warm-up, 0..1.</summary>
    public virtual double Utilisation => 0;

    /// <summary>The customs post a train travelling <paramref name="direction"/> meets on arrival here, if any.</summary>
    public virtual CustomsPost? CustomsFor(Direction direction) => null;

    /// <summary>Restarts the statistics at the end of the warm-up.</summary>
    public virtual void ResetStatistics()
    {
        Monitor.Reset();
        Closure.Reset();
    }

    /// <summary>Reports the consignments this facility holds itself (yards, queues, vessels) to the ledger.</summary>
    public virtual void CollectHoldings(Holdings holdings)
    {
    }

    /// <summary>
    /// Opens the account of a cause of waiting that belongs to this facility; its utilisation is
    /// <paramref name="utilisation"/>'s, or the facility's own without one.
    /// </summary>
    public CauseAccount Cause(WaitCauseKind kind, string? detail = null, Func<double>? utilisation = null) =>
        Run.Causes.Account(kind, Name, Kind, detail, utilisation ?? (() => Utilisation));

    /// <summary>Sea-service figures; null for other kinds.</summary>
    protected virtual SeaServiceStats? SeaStats => null;

    /// <summary>
    /// Holds <paramref name="train"/> at this facility until a storm or disruption closing it ends, counted
    /// as waiting here; the caller yields each event in turn and only calls it while the facility is closed.
    /// </summary>
    protected IEnumerable<Event> WaitWhileClosed(Train train)
    {
        Monitor.StartWaiting(train.Count, train.Tonnes);
        while (!Closure.IsOpen)
        {
            yield return Closure.WhenOpen;
        }

        Monitor.StopWaiting(train.Count, train.Tonnes);
    }

    /// <summary>The facility's row of <c>nodes.csv</c> for the measurement window.</summary>
    public FacilityStats ToStats() => new(
        Name,
        Kind,
        Monitor.TonnesServed,
        Monitor.UnitsServed,
        Monitor.Waits.Mean,
        Monitor.Waits.Quantile(0.95),
        Zero(Monitor.WaitingUnits.Mean),
        Monitor.WaitingUnits.Max,
        Utilisation,
        Closure.ClosedHours,
        Monitor.Waits.Sum,
        SeaStats);

    /// <summary>The daily snapshot of this facility.</summary>
    public TimeseriesPoint Snapshot(int day) => new(
        day,
        Name,
        Monitor.WaitingUnits.Level,
        Monitor.WaitingTonnes.Level,
        InServiceNow,
        !Closure.IsOpen);

    protected static double Zero(double value) => double.IsNaN(value) ? 0 : value;
}
