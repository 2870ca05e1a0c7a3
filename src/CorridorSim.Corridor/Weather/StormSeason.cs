using CorridorSim.Corridor.Demand;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Spec;
using CorridorSim.Kernel;
using MathNet.Numerics.Distributions;

namespace CorridorSim.Corridor.Weather;

/// <summary>
/// A storm regime (e.g. Caspian winter storms): episodes start as a Poisson process whose rate follows the
/// month, each closing its ports and sea services for a random length.
/// </summary>
/// <remarks>
/// Starts are drawn by thinning at the busiest month's rate (episodes per month ÷ 730 h) and keep coming
/// during an episode, so overlapping episodes simply extend the closure. Draws come from the stream
/// <c>storm:&lt;name&gt;</c> alone.
/// </remarks>
internal sealed class StormSeason
{
    private readonly Simulation _sim;
    private readonly StormSpec _spec;
    private readonly IReadOnlyList<ClosureGate> _closes;
    private readonly Random _stream;
    private readonly Variate _length;

    public StormSeason(Simulation sim, StormSpec spec, IReadOnlyList<ClosureGate> closes, RandomStreams streams)
    {
        _sim = sim;
        _spec = spec;
        _closes = closes;
        _stream = streams.Stream($"storm:{spec.Name}");
        _length = new Variate(spec.EpisodeHours, _stream);
    }

    public void Start() => _sim.Process(Episodes(), $"storm:{_spec.Name}");

    private IEnumerable<Event> Episodes()
    {
        var peak = _spec.EpisodesPerMonth.Max() / DemandProfile.HoursPerMonth;
        if (!(peak > 0))
        {
            yield break;
        }

        while (true)
        {
            yield return _sim.Timeout(Exponential.Sample(_stream, peak));
            var rate = _spec.EpisodesPerMonth[DemandProfile.MonthOfYear(_sim.Now)] / DemandProfile.HoursPerMonth;
            if (_stream.NextDouble() * peak > rate)
            {
                continue;
            }

            foreach (var gate in _closes)
            {
                gate.Close();
            }

            _sim.Timeout(_length.Next()).AddCallback(_ =>
            {
                foreach (var gate in _closes)
                {
                    gate.Open();
                }
            });
        }
    }
}
