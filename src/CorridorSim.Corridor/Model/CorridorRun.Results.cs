using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Routing;
using CorridorSim.Corridor.Statistics;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Model;

internal sealed partial class CorridorRun
{
    private readonly ChunkedList<TimeseriesPoint> _timeseries = new(256);
    private readonly List<double> _heldByDay = [];
    private int _daysSnapshot;

    private int Days => Math.Max(1, (int)Math.Ceiling((HorizonHours / 24) - 1e-9));

    /// <summary>Takes each facility's snapshot at the end of every day and checks for cancellation.</summary>
    private IEnumerable<Event> DailySnapshots()
    {
        while ((_daysSnapshot + 1) * 24.0 < HorizonHours)
        {
            yield return Sim.Timeout(((_daysSnapshot + 1) * 24.0) - Sim.Now);
            _options.Cancellation.ThrowIfCancellationRequested();
            Snapshot();
        }
    }

    private void Snapshot()
    {
        foreach (var facility in _facilities)
        {
            _timeseries.Add(facility.Snapshot(_daysSnapshot));
        }

        _heldByDay.Add(Book.HeldTonnes);

        _daysSnapshot++;
    }

    private void SnapshotRemainingDays()
    {
        while (_daysSnapshot < Days)
        {
            Snapshot();
        }
    }

    private ReplicationResult Result()
    {
        var holdings = new Holdings();
        foreach (var train in Trains.Values)
        {
            holdings.Add($"trains:{train.Location}", train.Units);
        }

        foreach (var facility in _facilities)
        {
            facility.CollectHoldings(holdings);
        }

        foreach (var background in _background)
        {
            holdings.AddTonnes($"background:{background.Spec.Name}", background.HeldTonnes);
        }

        var units = new UnitLedger(LoadedUnitsCreated, LoadedUnitsDelivered, holdings.LoadedUnits, EmptiesSent, EmptiesReturned, holdings.EmptyUnits);
        var ledger = new ConservationLedger(Book.GeneratedTonnes, Book.DeliveredTonnes, holdings.Entries(), units);
        return new ReplicationResult(
            Replication,
            Streams.ReplicationSeed,
            KpiValues(holdings.WindowTonnes),
            [.. _facilities.Select(f => f.ToStats())],
            _timeseries,
            [.. Book.MonthDemandTonnes.Select((demand, m) => new MonthlyTonnes(m, demand, Book.MonthDeliveredTonnes[m]) { CalendarMonth = Calendar.CalendarMonth(m) + 1 })],
            Book.TransitDays.Values,
            Book.All?.Select(Record).ToList(),
            _stages,
            ledger,
            Sim.ProcessedEvents)
        {
            DailyHeldTonnes = _heldByDay,
            Causes = Causes.Results(),
            Sailings = _sailings,
            Trains = TrainRows(),
            FlowMonths = FlowMonthRows(),
        };
    }

    private List<KpiValue> KpiValues(double backlogTonnes)
    {
        var years = (HorizonHours - WarmupHours) / 8760.0;
        var demand = Book.WindowGeneratedTonnes / years;
        var delivered = Book.WindowDeliveredTonnes / years;
        var transit = Quantiles.Of(Book.TransitDays.Values, 0.5, 0.95);
        var kpis = new List<KpiValue>
        {
            Kpis.DemandTonnesPerYear.Of(demand),
            Kpis.DeliveredTonnesPerYear.Of(delivered),
            Kpis.DeliveredShare.Of(demand > 0 ? delivered / demand : double.NaN),
            Kpis.TransitDaysMean.Of(Book.TransitDays.Mean),
            Kpis.TransitDaysP50.Of(transit[0]),
            Kpis.TransitDaysP95.Of(transit[1]),
            Kpis.BacklogTonnesEnd.Of(backlogTonnes),
            Kpis.BacklogGrowthTonnesPerYear.Of(BacklogSlope.TonnesPerYear(_heldByDay, Spec.WarmupDays)),
            Kpis.CohortDeliveredShare.Of(Book.CohortGeneratedTonnes > 0 ? Book.CohortDeliveredTonnes / Book.CohortGeneratedTonnes : double.NaN),
        };
        foreach (var flow in Flows)
        {
            var flowTransit = Quantiles.Of(Book.FlowTransitDays[flow.Index].Values, 0.5, 0.95);
            kpis.Add(Kpis.TransitDaysP50.OfFlow(flow.Name, flowTransit[0]));
            kpis.Add(Kpis.TransitDaysP95.OfFlow(flow.Name, flowTransit[1]));
            kpis.Add(Kpis.DeliveredTonnesPerYear.OfFlow(flow.Name, Book.FlowDeliveredTonnes[flow.Index] / years));
        }

        for (var g = 0; g < Groups.Length; g++)
        {
            var groupTransit = Quantiles.Of(Book.GroupTransitDays[g].Values, 0.5, 0.95);
            kpis.Add(Kpis.GroupTransitDaysP50.OfPart(Groups[g], groupTransit[0]));
            kpis.Add(Kpis.GroupTransitDaysP95.OfPart(Groups[g], groupTransit[1]));
        }

        // Each border step's mean hours per corridor train: where a regime saves (or costs) time.
        foreach (var border in _facilities.OfType<Borders.BorderCrossing>())
        {
            foreach (var (step, hours) in border.StepHours())
            {
                kpis.Add(Kpis.BorderStepHours.OfPart(step, hours));
            }
        }

        // Background traffic is reported apart and counts in no corridor KPI above.
        foreach (var background in _background)
        {
            kpis.Add(Kpis.BackgroundTrainsPerYear.OfPart(background.Spec.Name, background.WindowTrains / years));
            kpis.Add(Kpis.BackgroundWaitHoursMean.OfPart(background.Spec.Name,
                background.WindowTrains > 0 ? background.WindowWaitHours / background.WindowTrains : double.NaN));
        }

        return kpis;
    }

    private static ConsignmentRecord Record(Cargo.Consignment c)
    {
        var names = c.Flow.Routes.Where(r => (c.Routes & (1 << r.Index)) != 0).Select(r => r.Name);
        return new ConsignmentRecord(
            c.Id,
            c.Flow.Name,
            c.Flow.Unit,
            c.Flow.Direction,
            string.Join('|', names),
            c.Tonnes,
            c.Teu,
            c.CreatedHours,
            double.IsNaN(c.DeliveredHours) ? null : c.DeliveredHours);
    }
}
