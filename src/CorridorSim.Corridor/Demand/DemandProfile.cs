using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Demand;

/// <summary>
/// A flow's demand over the horizon as a rate of trains (or trucks) per hour: its annual tonnes, ramped
/// linearly from the start level to the end level, shaped by its monthly seasonality.
/// </summary>
/// <remarks>
/// Months are twelfths of a 365-day year (730 h) starting on 1 January at hour 0. Seasonal factors are
/// divided by their mean so they never change the annual total. Arrivals are a Poisson process with this
/// time-varying rate, drawn by thinning: candidates at the peak rate, each kept with probability
/// rate(t) ÷ peak.
/// </remarks>
internal sealed class DemandProfile
{
    /// <summary>Hours in a calendar month of the model.</summary>
    public const double HoursPerMonth = 730;

    private const double HoursPerYear = 8760;

    private readonly double _startTonnes;
    private readonly double _endTonnes;
    private readonly double _horizonHours;
    private readonly double _tonnesPerTrain;
    private readonly double[] _season;

    public DemandProfile(FlowSpec flow, double horizonHours)
    {
        _startTonnes = flow.AnnualTonnes;
        _endTonnes = flow.AnnualTonnesEnd ?? flow.AnnualTonnes;
        _horizonHours = horizonHours;
        _tonnesPerTrain = flow.TonnesPerUnit * Math.Max(1, flow.UnitsPerTrain);
        var factors = flow.MonthlySeasonality is { Count: 12 } m ? m.ToArray() : Enumerable.Repeat(1.0, 12).ToArray();
        var mean = factors.Average();
        _season = mean > 0 ? factors.Select(f => f / mean).ToArray() : Enumerable.Repeat(1.0, 12).ToArray();
        PeakTrainsPerHour = Math.Max(_startTonnes, _endTonnes) * _season.Max() / _tonnesPerTrain / HoursPerYear;
    }

    /// <summary>The highest rate over the horizon: the rate of the thinning candidates.</summary>
    public double PeakTrainsPerHour { get; }

    /// <summary>The calendar month (0 = January) of hour <paramref name="hours"/>.</summary>
    public static int MonthOfYear(double hours) => (int)(hours / HoursPerMonth) % 12;

    /// <summary>Annual tonnes at hour <paramref name="hours"/> before seasonality: the ramp.</summary>
    public double AnnualTonnesAt(double hours) =>
        _startTonnes + ((_endTonnes - _startTonnes) * Math.Clamp(hours / _horizonHours, 0, 1));

    /// <summary>Trains (or trucks, or parcels) per hour at hour <paramref name="hours"/>.</summary>
    public double TrainsPerHour(double hours) =>
        AnnualTonnesAt(hours) * _season[MonthOfYear(hours)] / _tonnesPerTrain / HoursPerYear;
}
