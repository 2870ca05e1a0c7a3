using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Routing;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Statistics;

namespace CorridorSim.Corridor.Model;

internal sealed partial class CorridorRun
{
    // Implementation note: sailings number in the thousands per simulated year and ports.csv counts them in
    // every replication, so they are always kept, as structs appended to a list. Trains are kept only where
    // consignments are recorded, the only replications trains.csv lists; a route set's name is built once.
    // The lists are chunked so that a replication allocates no large object for them (see ChunkedList).
    private readonly ChunkedList<SailingRecord> _sailings = new(256);
    private readonly ChunkedList<TrainRecord> _trainRecords = new(256);
    private readonly Dictionary<(FlowModel Flow, int Routes), string> _routeNames = [];

    /// <summary>Records one departure of a vessel (one row of <c>sailings.csv</c>).</summary>
    public void RecordSailing(SailingRecord sailing) => _sailings.Add(sailing);

    /// <summary>
    /// A train reached the stop where it is broken up (<paramref name="at"/>, at <paramref name="arrivedHours"/>):
    /// it leaves the ledger's trains on their way and its row of <c>trains.csv</c> is written.
    /// </summary>
    public void TrainArrived(Train train, Facility at, double arrivedHours)
    {
        Trains.Remove(train.Id);
        if (RecordsStages && !train.IsTrucks)
        {
            _trainRecords.Add(TrainRow(train, at.Name, arrivedHours));
        }
    }

    /// <summary>The trains' rows: those that arrived and those still on their way, by train number.</summary>
    /// <remarks>
    /// Put in order by their numbers, which run from 0, instead of sorted: the same order without a large
    /// array to sort. Each train is either arrived, on its way, or trucks (which have no row).
    /// </remarks>
    private ChunkedList<TrainRecord> TrainRows()
    {
        if (!RecordsStages)
        {
            return new ChunkedList<TrainRecord>(1);
        }

        const int NoRow = int.MinValue;
        var onTheirWay = new ChunkedList<TrainRecord>(Math.Max(1, Trains.Count));
        foreach (var train in Trains.Values)
        {
            if (!train.IsTrucks)
            {
                onTheirWay.Add(TrainRow(train, null, null));
            }
        }

        // A row's place by train number: i for the i-th arrived train's row, ~i for the i-th on its way.
        var rowOf = new ChunkedList<int>((int)Math.Min(_nextTrainId, int.MaxValue));
        for (long id = 0; id < _nextTrainId; id++) rowOf.Add(NoRow);
        for (var i = 0; i < _trainRecords.Count; i++) rowOf[(int)_trainRecords[i].Train] = i;
        for (var i = 0; i < onTheirWay.Count; i++) rowOf[(int)onTheirWay[i].Train] = ~i;

        var rows = new ChunkedList<TrainRecord>(_trainRecords.Count + onTheirWay.Count);
        for (var id = 0; id < rowOf.Count; id++)
        {
            var at = rowOf[id];
            if (at != NoRow) rows.Add(at >= 0 ? _trainRecords[at] : onTheirWay[~at]);
        }

        return rows;
    }

    private TrainRecord TrainRow(Train train, string? arrivedAt, double? arrivedHours)
    {
        var containers = train.Flow.Unit == CargoUnit.Container ? train.Count : 0;
        return new TrainRecord(
            train.Id,
            train.Flow.Name,
            train.FormedAt,
            train.FormedHours,
            train.Count - containers,
            containers,
            train.Tonnes,
            RouteName(train.Flow, train.Routes),
            arrivedAt,
            arrivedHours);
    }

    private string RouteName(FlowModel flow, int routes)
    {
        if (!_routeNames.TryGetValue((flow, routes), out var name))
        {
            name = string.Join('|', flow.Routes.Where(r => (routes & (1 << r.Index)) != 0).Select(r => r.Name));
            _routeNames.Add((flow, routes), name);
        }

        return name;
    }

    /// <summary>Each loaded flow's window cargo per month of the run, from the month the warm-up ends in.</summary>
    private List<FlowMonthRecord> FlowMonthRows()
    {
        var rows = new List<FlowMonthRecord>();
        var months = Book.MonthDemandTonnes.Length;
        for (var month = Math.Min(months - 1, ModelCalendar.MonthOfRun(WarmupHours)); month < months; month++)
        {
            foreach (var flow in Flows)
            {
                var window = Book.FlowWindowMonth(flow.Index, month);
                rows.Add(new FlowMonthRecord(month, flow.Name, window.DemandTonnes, window.DeliveredTonnes, window.DemandUnits, window.DeliveredUnits));
            }
        }

        return rows;
    }
}
