namespace CorridorSim.Corridor.Model;

/// <summary>
/// The model's calendar: months are twelfths of a 365-day year (730 h), and day 0 falls on the first day
/// of the scenario's <c>start_month</c>.
/// </summary>
/// <remarks>
/// Month <em>k</em> of the run is hours [730 k, 730 (k + 1)); its calendar month is
/// (start month − 1 + k) mod 12. Seasonality, storm rates and monthly outputs all use this calendar, so a
/// window that starts in April sees the April factors first.
/// </remarks>
internal sealed class ModelCalendar
{
    /// <summary>Hours in a calendar month of the model.</summary>
    public const double HoursPerMonth = 730;

    /// <param name="startMonth">Calendar month of day 0, 1 = January.</param>
    public ModelCalendar(int startMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startMonth, 12);
        StartMonth = startMonth;
    }

    /// <summary>Calendar month of day 0, 1 = January.</summary>
    public int StartMonth { get; }

    /// <summary>Month of the run (0 = the first) that hour <paramref name="hours"/> falls in.</summary>
    public static int MonthOfRun(double hours) => (int)(hours / HoursPerMonth);

    /// <summary>Calendar month (0 = January) of month <paramref name="monthOfRun"/> of the run.</summary>
    public int CalendarMonth(int monthOfRun) => (StartMonth - 1 + monthOfRun) % 12;

    /// <summary>Calendar month (0 = January) of hour <paramref name="hours"/>.</summary>
    public int MonthOfYear(double hours) => CalendarMonth(MonthOfRun(hours));
}
