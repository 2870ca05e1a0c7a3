using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Routing;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Statistics;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Model;

/// <summary>
/// One replication of a corridor scenario on its own simulation: the running facilities, flows, trains
/// and vessels, the random streams, and the books they keep.
/// </summary>
/// <remarks>
/// Life cycle: built from a valid spec (<see cref="CorridorRun(CorridorSpec, int, RunOptions)"/>), run once
/// over the horizon (<see cref="Execute"/>), then discarded. Nothing is shared between replications, so
/// they can run on separate threads.
/// </remarks>
internal sealed partial class CorridorRun
{
    private readonly RunOptions _options;
    private readonly ChunkedList<StageRecord>? _stages;
    private long _nextConsignmentId;
    private long _nextTrainId;

    public CorridorRun(CorridorSpec spec, int replication, RunOptions options)
    {
        Spec = spec;
        Replication = replication;
        _options = options;
        Sim = new Simulation();
        Streams = new RandomStreams(spec.Seed, replication);
        HorizonHours = spec.HorizonDays * 24;
        WarmupHours = spec.WarmupDays * 24;
        Calendar = new ModelCalendar(spec.StartMonth);
        Groups = [.. spec.Flows.Select(f => f.Group).Distinct(StringComparer.Ordinal)];
        Book = new CargoBook([.. spec.Flows.Select(ExpectedConsignments)], [.. spec.Flows.Select(f => Array.IndexOf(Groups, f.Group))],
            HorizonHours, options.RecordConsignments,
            () => Streams.Stream("statistics:transit-sample"), () => Streams.Stream("statistics:group-transit-sample"));
        _stages = options.RecordConsignments ? new(1024) : null;
        Build();
    }

    public CorridorSpec Spec { get; }

    public int Replication { get; }

    public Simulation Sim { get; }

    public RandomStreams Streams { get; }

    public double HorizonHours { get; }

    public double WarmupHours { get; }

    /// <summary>The calendar of the run: which month of the year each hour falls in.</summary>
    public ModelCalendar Calendar { get; }

    public CargoBook Book { get; }

    /// <summary>The waiting charged to each cause since the warm-up.</summary>
    public CauseLedger Causes { get; } = new();

    /// <summary>The flows' groups in order of first appearance, as <see cref="CargoBook.GroupTransitDays"/> numbers them.</summary>
    public string[] Groups { get; }

    /// <summary>Trains on their way, by id, for the ledger.</summary>
    public TrainRegister<Train> Trains { get; } = new();

    /// <summary>Whether per-stage records are kept.</summary>
    public bool RecordsStages => _stages is not null;

    /// <summary>Loaded units (wagons, containers, trucks, oil parcels) created and delivered, for the unit ledger.</summary>
    public long LoadedUnitsCreated { get; private set; }

    public long LoadedUnitsDelivered { get; set; }

    /// <summary>Empty wagons and containers sent back and those back at their origin, for the unit ledger.</summary>
    public long EmptiesSent { get; private set; }

    public long EmptiesReturned { get; set; }

    /// <summary>Creates a train of new consignments of <paramref name="flow"/> at its origin and starts it.</summary>
    public void FormTrain(FlowModel flow)
    {
        var now = Sim.Now;
        var routes = Router.Initial(flow);
        var units = RentUnits(flow.UnitsPerTrain);
        var inWindow = now >= WarmupHours;
        for (var i = 0; i < flow.UnitsPerTrain; i++)
        {
            var c = NewConsignment(flow, now, inWindow, routes);
            units.Add(c);
            Book.Generated(c, now);
        }

        LoadedUnitsCreated += units.Count;
        LaunchTrain(flow, routes, 0, units);
    }

    /// <summary>
    /// Sends back, from the destination (or the port <paramref name="from"/>) where <paramref name="unloaded"/>
    /// of <paramref name="flow"/> were just unloaded, the flow's share of them as a train of empties by the
    /// reverse of their route.
    /// </summary>
    /// <remarks>
    /// The share is kept exactly over the run, without a random draw: the fraction of an empty not yet sent
    /// is carried over to the next train, so the empties sent never depend on anything but the deliveries.
    /// </remarks>
    public void SendEmpties(FlowModel flow, int unloaded, int routes, Facility? from = null)
    {
        if (unloaded <= 0)
        {
            return;
        }

        if (flow.Empties is not { } empties)
        {
            flow.Pool?.Put(unloaded);
            return;
        }

        flow.EmptiesOwed += unloaded * flow.Spec.EmptyReturnShare;
        var count = (int)Math.Floor(flow.EmptiesOwed + 1e-9);

        // The units that do not come back empty are reloaded by other shippers; they are back in the pool now.
        if (unloaded > count)
        {
            flow.Pool?.Put(unloaded - count);
        }

        if (count == 0)
        {
            return;
        }

        flow.EmptiesOwed -= count;
        var now = Sim.Now;
        var units = RentUnits(count);
        for (var i = 0; i < count; i++)
        {
            units.Add(NewConsignment(empties, now, false, routes));
        }

        EmptiesSent += count;
        var position = from is null ? 0 : Router.First(empties, routes).PositionOf(from);
        LaunchTrain(empties, routes, position, units);
    }

    /// <summary>Starts a train of <paramref name="units"/> at stop <paramref name="position"/> of its routes.</summary>
    public void LaunchTrain(FlowModel flow, int routes, int position, List<Consignment> units)
    {
        var train = NewTrain(flow, routes, position, units, Router.First(flow, routes).Stops[position].Name, Sim.Now);
        Trains.Add(train.Id, train);
        Sim.Process(train.Journey(), "train");
    }

    /// <summary>Records a stage of a loaded consignment (empties keep no stage records: they are no consignment of a flow's demand).</summary>
    public void RecordStage(Consignment c, string stage, string facility, double arrived, double started, double left)
    {
        if (!c.Flow.IsEmpty)
        {
            _stages?.Add(new StageRecord(c.Id, stage, facility, arrived, started, left));
        }
    }

    public void RecordStages(IReadOnlyList<Consignment> cargo, string stage, string facility, double arrived, double started, double left)
    {
        if (_stages is null)
        {
            return;
        }

        foreach (var c in cargo)
        {
            if (!c.Flow.IsEmpty)
            {
                _stages.Add(new StageRecord(c.Id, stage, facility, arrived, started, left));
            }
        }
    }

    /// <summary>Consignments a flow creates over the horizon at its mean rate, with a margin for randomness.</summary>
    private int ExpectedConsignments(FlowSpec flow)
    {
        var meanTonnes = (flow.AnnualTonnes + (flow.AnnualTonnesEnd ?? flow.AnnualTonnes)) / 2 * (HorizonHours / 8760);
        return (int)Math.Min(10_000_000, 1.1 * meanTonnes / flow.TonnesPerUnit);
    }

    /// <summary>Runs the replication over the horizon and returns what it measured.</summary>
    public ReplicationResult Execute()
    {
        _options.Cancellation.ThrowIfCancellationRequested();
        Start();
        Sim.Run(HorizonHours);
        SnapshotRemainingDays();
        return Result();
    }
}
