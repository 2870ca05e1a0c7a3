using System.Globalization;

namespace CorridorSim.Reporting.Writing;

/// <summary>A day of the run as a calendar date for sentences: the scenario says only the month day 0 falls in, not the year.</summary>
internal static class RunCalendar
{
    /// <summary>
    /// The date <paramref name="day"/> days after the 1st of <paramref name="startMonth"/> (<c>2 January</c>),
    /// with the year of the run (counted from day 0, not the calendar's) when past the first
    /// (<c>2 January of the run's second year</c>).
    /// </summary>
    public static string DateOf(double day, int startMonth)
    {
        // Any common year serves: the scenario's calendar has twelve months and no leap days.
        var whole = (int)Math.Floor(Math.Max(0, day));
        var first = new DateOnly(2001, Math.Clamp(startMonth, 1, 12), 1);
        var date = first.AddDays(whole % 365);
        var text = date.ToString("d MMMM", CultureInfo.InvariantCulture);
        return (whole / 365) switch
        {
            0 => text,
            1 => $"{text} of the run's second year",
            var year => $"{text} of the run's year {year + 1}",
        };
    }
}
