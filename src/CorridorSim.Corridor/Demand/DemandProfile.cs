using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Demand;

/// <summary>
/// A flow's demand over the horizon as a rate of trains (or trucks) per hour: its annual tonnes, ramped
/// linearly from the start level to the end level, shaped by its monthly seasonality.
/// </summary>
/// <remarks>
/// <para>
/// Months are those of the <see cref="ModelCalendar"/> (twelfths of a 365-day year from the scenario's
/// start month). Seasonal factors multiply the month's rate as given, never divided by their mean: the
/// validator requires them to average 1 (± 0.01) so they keep the annual total, and a change to one month's
/// factor then changes that month's demand alone.
/// </para>
/// <para>
/// Arrivals are a Poisson process with this time-varying rate, drawn month by month: month <em>k</em>
/// takes the points of a unit-rate Poisson process from its own stream and maps each through the inverse
/// of the month's cumulative rate (<see cref="HourOfTrain"/>). Changing one month's factor, or the end of
/// the ramp, therefore moves arrivals smoothly and never re-draws another month's random numbers.
/// </para>
/// </remarks>
internal sealed class DemandProfile
{
    /// <summary>Hours in a calendar month of the model.</summary>
    public const double HoursPerMonth = ModelCalendar.HoursPerMonth;

    private const double HoursPerYear = 8760;

    private readonly double _startTonnes;
    private readonly double _endTonnes;
    private readonly double _horizonHours;
    private readonly double _tonnesPerTrain;
    private readonly double[] _season;
    private readonly ModelCalendar _calendar;

    public DemandProfile(FlowSpec flow, double horizonHours, ModelCalendar? calendar = null)
    {
        _startTonnes = flow.AnnualTonnes;
        _endTonnes = flow.AnnualTonnesEnd ?? flow.AnnualTonnes;
        _horizonHours = horizonHours;
        _calendar = calendar ?? new ModelCalendar(1);
        _tonnesPerTrain = flow.TonnesPerUnit * Math.Max(1, flow.UnitsPerTrain);
        _season = flow.MonthlySeasonality is { Count: 12 } m ? m.ToArray() : Enumerable.Repeat(1.0, 12).ToArray();
        PeakTrainsPerHour = Math.Max(_startTonnes, _endTonnes) * _season.Max() / _tonnesPerTrain / HoursPerYear;
    }

    /// <summary>The highest rate over the horizon.</summary>
    public double PeakTrainsPerHour { get; }

    /// <summary>The calendar month (0 = January) of hour <paramref name="hours"/> in a run that starts in January.</summary>
    public static int MonthOfYear(double hours) => (int)(hours / HoursPerMonth) % 12;

    /// <summary>Annual tonnes at hour <paramref name="hours"/> before seasonality: the ramp.</summary>
    public double AnnualTonnesAt(double hours) =>
        _startTonnes + ((_endTonnes - _startTonnes) * Math.Clamp(hours / _horizonHours, 0, 1));

    /// <summary>Trains (or trucks, or parcels) per hour at hour <paramref name="hours"/>.</summary>
    public double TrainsPerHour(double hours) =>
        AnnualTonnesAt(hours) * _season[_calendar.MonthOfYear(hours)] / _tonnesPerTrain / HoursPerYear;

    /// <summary>Expected trains of month <paramref name="monthOfRun"/> (up to the end of the horizon).</summary>
    public double TrainsInMonth(int monthOfRun)
    {
        var (from, to) = Month(monthOfRun);
        return to > from ? Cumulative(monthOfRun, from, to - from) : 0;
    }

    /// <summary>
    /// The hour at which the expected number of trains since the start of month <paramref name="monthOfRun"/>
    /// reaches <paramref name="trains"/>, or null if the month (or the horizon) ends first.
    /// </summary>
    public double? HourOfTrain(int monthOfRun, double trains)
    {
        var (from, to) = Month(monthOfRun);
        if (!(trains < TrainsInMonth(monthOfRun)))
        {
            return null;
        }

        // Within a month the rate is linear, c (A + g x) at x hours in: invert c (A x + g x² / 2) = trains.
        var c = _season[_calendar.CalendarMonth(monthOfRun)] / _tonnesPerTrain / HoursPerYear;
        var level = AnnualTonnesAt(from);
        var slope = (_endTonnes - _startTonnes) / _horizonHours;
        var y = trains / c;
        var root = Math.Sqrt(Math.Max(0, (level * level) + (2 * slope * y)));
        var x = 2 * y / (level + root);
        return Math.Min(from + x, to);
    }

    private (double From, double To) Month(int monthOfRun)
    {
        var from = monthOfRun * HoursPerMonth;
        return (from, Math.Min(from + HoursPerMonth, _horizonHours));
    }

    private double Cumulative(int monthOfRun, double from, double hours)
    {
        var c = _season[_calendar.CalendarMonth(monthOfRun)] / _tonnesPerTrain / HoursPerYear;
        var slope = (_endTonnes - _startTonnes) / _horizonHours;
        return c * ((AnnualTonnesAt(from) * hours) + (slope * hours * hours / 2));
    }
}
