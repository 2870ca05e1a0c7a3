using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Demand;

namespace CorridorSim.Corridor.Statistics;

/// <summary>
/// The book of cargo generated and delivered: the all-time totals for the conservation ledger, the
/// measurement-window figures behind the KPIs, the monthly tonnes and the transit-time samples.
/// </summary>
/// <remarks>
/// Only consignments created after the warm-up count in the window, so a KPI never mixes in cargo that
/// started in an empty corridor. Transit times are kept in bounded samples (see <see cref="TransitSample"/>)
/// because the result carries them; everything else is a running sum.
/// </remarks>
internal sealed class CargoBook
{
    /// <summary>Flow <em>f</em>'s month <em>m</em> is at <c>f × months + m</c>.</summary>
    private readonly MonthTally[] _flowMonths;

    /// <summary>Transit times kept exactly for the corridor as a whole before sampling starts.</summary>
    public const int TransitCapacity = 250_000;

    /// <summary>Transit times kept exactly per flow before sampling starts.</summary>
    public const int FlowTransitCapacity = 100_000;

    /// <param name="expectedPerFlow">Consignments each flow is expected to create, to size the samples once.</param>
    /// <param name="groupOfFlow">The index of each flow's group (groups numbered in order of first appearance).</param>
    /// <param name="openSampleStream">Opens the random stream that picks which transit times a full sample keeps.</param>
    /// <param name="openGroupSampleStream">The same for the pooled samples of the flow groups.</param>
    public CargoBook(IReadOnlyList<int> expectedPerFlow, IReadOnlyList<int> groupOfFlow, double horizonHours, bool keepConsignments,
        Func<Random> openSampleStream, Func<Random> openGroupSampleStream)
    {
        _groupOfFlow = [.. groupOfFlow];
        var groups = groupOfFlow.Count == 0 ? 0 : groupOfFlow.Max() + 1;
        GroupTransitDays = [.. Enumerable.Range(0, groups).Select(g =>
            new TransitSample(TransitCapacity, expectedPerFlow.Where((_, f) => groupOfFlow[f] == g).Sum(), openGroupSampleStream))];
        var flows = expectedPerFlow.Count;
        FlowDeliveredTonnes = new double[flows];

        // Implementation note: the samples keep their values in chunks (see ChunkedList) because one array
        // of tens of thousands of doubles is a large object, and a large object per replication triggers
        // full collections that stop every worker.
        FlowTransitDays = [.. expectedPerFlow.Select(n => new TransitSample(FlowTransitCapacity, n, openSampleStream))];
        TransitDays = new TransitSample(TransitCapacity, expectedPerFlow.Sum(), openSampleStream);
        var months = Math.Max(1, (int)Math.Ceiling(horizonHours / DemandProfile.HoursPerMonth - 1e-9));
        MonthDemandTonnes = new double[months];
        MonthDeliveredTonnes = new double[months];
        _flowMonths = new MonthTally[flows * months];
        All = keepConsignments ? [] : null;
    }

    public double GeneratedTonnes { get; private set; }

    public double DeliveredTonnes { get; private set; }

    public double WindowGeneratedTonnes { get; private set; }

    public double WindowDeliveredTonnes { get; private set; }

    public double[] FlowDeliveredTonnes { get; }

    /// <summary>Transit days of the consignments created and delivered in the window.</summary>
    public TransitSample TransitDays { get; }

    public TransitSample[] FlowTransitDays { get; }

    /// <summary>Transit days of each flow group's consignments created and delivered in the window, its flows pooled.</summary>
    public TransitSample[] GroupTransitDays { get; }

    private readonly int[] _groupOfFlow;

    public double[] MonthDemandTonnes { get; }

    /// <summary>Corridor tonnes (no background) created and not yet delivered, at this moment.</summary>
    public double HeldTonnes { get; private set; }

    /// <summary>
    /// Per flow, the hour up to which a window consignment belongs to the cohort behind
    /// <c>cohort_delivered_share</c>; empty (no cohort) until the run sets it.
    /// </summary>
    public double[] CohortCutoffHours { get; set; } = [];

    /// <summary>Tonnes of the cohort created.</summary>
    public double CohortGeneratedTonnes { get; private set; }

    /// <summary>Tonnes of the cohort delivered by now.</summary>
    public double CohortDeliveredTonnes { get; private set; }

    public double[] MonthDeliveredTonnes { get; }

    /// <summary>Every consignment created, when consignment records are kept.</summary>
    public List<Consignment>? All { get; }

    public void Generated(Consignment c, double now)
    {
        GeneratedTonnes += c.Tonnes;
        HeldTonnes += c.Tonnes;
        MonthDemandTonnes[Month(now)] += c.Tonnes;
        if (c.InWindow)
        {
            WindowGeneratedTonnes += c.Tonnes;
            if (InCohort(c)) CohortGeneratedTonnes += c.Tonnes;
            ref var month = ref _flowMonths[FlowMonth(c, now)];
            month.DemandTonnes += c.Tonnes;
            month.DemandUnits++;
        }

        All?.Add(c);
    }

    /// <summary>A background train arrived: its tonnes count in the ledger's total and in no KPI.</summary>
    public void BackgroundGenerated(double tonnes) => GeneratedTonnes += tonnes;

    /// <summary>A background train left its facility.</summary>
    public void BackgroundDelivered(double tonnes) => DeliveredTonnes += tonnes;

    public void Delivered(Consignment c, double now)
    {
        c.DeliveredHours = now;
        DeliveredTonnes += c.Tonnes;
        HeldTonnes -= c.Tonnes;
        MonthDeliveredTonnes[Month(now)] += c.Tonnes;
        if (!c.InWindow)
        {
            return;
        }

        if (InCohort(c)) CohortDeliveredTonnes += c.Tonnes;
        WindowDeliveredTonnes += c.Tonnes;
        FlowDeliveredTonnes[c.Flow.Index] += c.Tonnes;
        ref var month = ref _flowMonths[FlowMonth(c, now)];
        month.DeliveredTonnes += c.Tonnes;
        month.DeliveredUnits++;
        var days = (now - c.CreatedHours) / 24.0;
        TransitDays.Add(days);
        FlowTransitDays[c.Flow.Index].Add(days);
        GroupTransitDays[_groupOfFlow[c.Flow.Index]].Add(days);
    }

    /// <summary>The window cargo of flow <paramref name="flow"/> in month <paramref name="month"/> of the run.</summary>
    public MonthTally FlowWindowMonth(int flow, int month) => _flowMonths[(flow * MonthDemandTonnes.Length) + month];

    private int FlowMonth(Consignment c, double now) => (c.Flow.Index * MonthDemandTonnes.Length) + Month(now);

    private bool InCohort(Consignment c) => c.Flow.Index < CohortCutoffHours.Length && c.CreatedHours <= CohortCutoffHours[c.Flow.Index];

    private int Month(double hours) => Math.Min(MonthDemandTonnes.Length - 1, (int)(hours / DemandProfile.HoursPerMonth));
}
