using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Demand;

namespace CorridorSim.Corridor.Statistics;

/// <summary>
/// The book of cargo generated and delivered: the all-time totals for the conservation ledger, the
/// measurement-window figures behind the KPIs, the monthly tonnes and the transit-time samples.
/// </summary>
/// <remarks>
/// Only consignments created after the warm-up count in the window, so a KPI never mixes in cargo that
/// started in an empty corridor. Transit samples are kept (one double per delivered consignment) because
/// the result carries them; everything else is a running sum.
/// </remarks>
internal sealed class CargoBook
{
    public CargoBook(int flows, double horizonHours, bool keepConsignments)
    {
        FlowDeliveredTonnes = new double[flows];
        FlowTransitDays = Enumerable.Range(0, flows).Select(_ => new List<double>()).ToArray();
        var months = Math.Max(1, (int)Math.Ceiling(horizonHours / DemandProfile.HoursPerMonth - 1e-9));
        MonthDemandTonnes = new double[months];
        MonthDeliveredTonnes = new double[months];
        All = keepConsignments ? [] : null;
    }

    public double GeneratedTonnes { get; private set; }

    public double DeliveredTonnes { get; private set; }

    public double WindowGeneratedTonnes { get; private set; }

    public double WindowDeliveredTonnes { get; private set; }

    public double[] FlowDeliveredTonnes { get; }

    /// <summary>Transit days of every consignment created and delivered in the window, in delivery order.</summary>
    public List<double> TransitDays { get; } = [];

    public List<double>[] FlowTransitDays { get; }

    public double[] MonthDemandTonnes { get; }

    public double[] MonthDeliveredTonnes { get; }

    /// <summary>Every consignment created, when consignment records are kept.</summary>
    public List<Consignment>? All { get; }

    public void Generated(Consignment c, double now)
    {
        GeneratedTonnes += c.Tonnes;
        MonthDemandTonnes[Month(now)] += c.Tonnes;
        if (c.InWindow)
        {
            WindowGeneratedTonnes += c.Tonnes;
        }

        All?.Add(c);
    }

    public void Delivered(Consignment c, double now)
    {
        c.DeliveredHours = now;
        DeliveredTonnes += c.Tonnes;
        MonthDeliveredTonnes[Month(now)] += c.Tonnes;
        if (!c.InWindow)
        {
            return;
        }

        WindowDeliveredTonnes += c.Tonnes;
        FlowDeliveredTonnes[c.Flow.Index] += c.Tonnes;
        var days = (now - c.CreatedHours) / 24.0;
        TransitDays.Add(days);
        FlowTransitDays[c.Flow.Index].Add(days);
    }

    private int Month(double hours) => Math.Min(MonthDemandTonnes.Length - 1, (int)(hours / DemandProfile.HoursPerMonth));
}
