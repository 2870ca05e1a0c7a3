using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Spec;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Weather;

/// <summary>
/// A storm regime (Caspian winter storms, a local gale at one port, wind at Dostyk): episodes start at
/// random with a rate that follows the calendar month, and each closes all its places together for a
/// random length.
/// </summary>
/// <remarks>
/// <para>
/// Common random numbers, month by month: month <em>k</em> of the run draws its episode starts from the
/// stream <c>storm:&lt;name&gt;:&lt;k&gt;:starts</c> and their lengths from
/// <c>storm:&lt;name&gt;:&lt;k&gt;:lengths</c>, and from nothing else. Starts are the points of a unit-rate
/// Poisson process divided by the month's rate (episodes per month ÷ 730 h), so raising one month's rate
/// brings that month's episodes closer together and adds some at its end, while every other month's
/// episodes stay exactly as they were. An episode may run on past the end of its month.
/// </para>
/// <para>
/// A storm closes every place it lists at once: a regional storm lists every port and sea service it
/// shuts (all Azerbaijani ports close together, sheet row 6.3); a local storm lists one place. Episodes of
/// different storms, or overlapping episodes of one, simply extend a closure (closures nest).
/// </para>
/// </remarks>
internal sealed class StormSeason
{
    private readonly CorridorRun _run;
    private readonly StormSpec _spec;
    private readonly IReadOnlyList<ClosureGate> _closes;

    public StormSeason(CorridorRun run, StormSpec spec, IReadOnlyList<ClosureGate> closes)
    {
        _run = run;
        _spec = spec;
        _closes = closes;
    }

    public void Start() => _run.Sim.Process(Episodes(), $"storm:{_spec.Name}");

    /// <summary>The episode starts of month <paramref name="monthOfRun"/>, in hours of the run, and their lengths.</summary>
    public IEnumerable<(double StartHours, double LengthHours)> EpisodesOfMonth(int monthOfRun)
    {
        var from = monthOfRun * ModelCalendar.HoursPerMonth;
        var to = Math.Min(from + ModelCalendar.HoursPerMonth, _run.HorizonHours);
        var rate = _spec.EpisodesPerMonth[_run.Calendar.CalendarMonth(monthOfRun)] / ModelCalendar.HoursPerMonth;
        if (!(rate > 0) || from >= to)
        {
            yield break;
        }

        var starts = _run.Streams.Stream($"storm:{_spec.Name}:{monthOfRun}:starts");
        var lengths = new Variate(_spec.EpisodeHours, _run.Streams.Stream($"storm:{_spec.Name}:{monthOfRun}:lengths"));
        var unitPoints = 0.0;
        while (true)
        {
            unitPoints += -Math.Log(1 - starts.NextDouble());
            var start = from + (unitPoints / rate);
            if (start >= to)
            {
                yield break;
            }

            yield return (start, lengths.Next());
        }
    }

    private IEnumerable<Event> Episodes()
    {
        var sim = _run.Sim;
        for (var month = 0; month * ModelCalendar.HoursPerMonth < _run.HorizonHours; month++)
        {
            foreach (var (start, length) in EpisodesOfMonth(month))
            {
                yield return sim.Timeout(start - sim.Now);
                foreach (var gate in _closes)
                {
                    gate.Close();
                }

                sim.Timeout(length).AddCallback(_ =>
                {
                    foreach (var gate in _closes)
                    {
                        gate.Open();
                    }
                });
            }
        }
    }
}
