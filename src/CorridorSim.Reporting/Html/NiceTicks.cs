namespace CorridorSim.Reporting.Html;

/// <summary>Round tick values (1, 2 or 5 times a power of ten apart) that cover a range, for the SVG axes.</summary>
internal static class NiceTicks
{
    /// <summary>About <paramref name="count"/> round values from at most <paramref name="low"/> to at least <paramref name="high"/>.</summary>
    public static IReadOnlyList<double> Of(double low, double high, int count = 6)
    {
        if (!(high > low))
        {
            return [low];
        }

        var raw = (high - low) / count;
        var power = Math.Pow(10.0, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2.0, 5.0, 10.0 }.Select(s => s * power).First(s => s >= raw);
        var first = Math.Ceiling((low / step) - 1e-9) * step;
        var ticks = new List<double>();
        for (var t = first; t <= high + (step * 1e-9); t += step)
        {
            ticks.Add(Math.Abs(t) < step * 1e-9 ? 0.0 : t);
        }

        return ticks;
    }
}
