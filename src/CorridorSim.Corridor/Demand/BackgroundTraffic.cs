using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Spec;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Demand;

/// <summary>
/// A background flow of the running model: whole trains arriving at one shared facility, passing its
/// capacities and leaving, kept out of every corridor KPI.
/// </summary>
/// <remarks>
/// Arrivals are a Poisson process drawn month by month from <c>background:&lt;name&gt;:&lt;k&gt;</c>; step
/// times and channel draws come from <c>background:&lt;name&gt;:service</c>, so background traffic never
/// takes random numbers from a corridor stream. Its tonnes enter the ledger's totals (generated on arrival,
/// delivered on leaving, held while it is at the facility) and nothing else.
/// </remarks>
internal sealed class BackgroundTraffic
{
    private readonly CorridorRun _run;
    private readonly IBackgroundHost _host;
    private readonly Dictionary<object, Variate> _hours = [];
    private int _held;

    public BackgroundTraffic(CorridorRun run, BackgroundFlowSpec spec, IBackgroundHost host)
    {
        _run = run;
        Spec = spec;
        _host = host;
        Service = run.Streams.Stream($"background:{spec.Name}:service");
    }

    public BackgroundFlowSpec Spec { get; }

    /// <summary>The stream of its step times and channel draws.</summary>
    public Random Service { get; }

    /// <summary>Trains that left the facility in the window.</summary>
    public long WindowTrains { get; private set; }

    /// <summary>Hours those trains queued.</summary>
    public double WindowWaitHours { get; private set; }

    /// <summary>Tonnes of the trains at the facility now.</summary>
    public double HeldTonnes => _held * Spec.TonnesPerTrain;

    public void Start() => _run.Sim.Process(Arrivals(), $"background:{Spec.Name}");

    /// <summary>This flow's draws of <paramref name="hours"/>, one variate per place it is used (a border step).</summary>
    public double NextHours(object place, DistributionSpec hours)
    {
        if (!_hours.TryGetValue(place, out var variate))
        {
            variate = new Variate(hours, Service);
            _hours.Add(place, variate);
        }

        return variate.Next();
    }

    private IEnumerable<Event> Arrivals()
    {
        var sim = _run.Sim;
        var rate = Spec.TrainsPerDay / 24;
        if (!(rate > 0))
        {
            yield break;
        }

        for (var month = 0; month * ModelCalendar.HoursPerMonth < _run.HorizonHours; month++)
        {
            var from = month * ModelCalendar.HoursPerMonth;
            var to = Math.Min(from + ModelCalendar.HoursPerMonth, _run.HorizonHours);
            var stream = _run.Streams.Stream($"background:{Spec.Name}:{month}");
            var unitPoints = 0.0;
            while (true)
            {
                unitPoints += -Math.Log(1 - stream.NextDouble());
                var at = from + (unitPoints / rate);
                if (at >= to)
                {
                    break;
                }

                yield return sim.Timeout(at - sim.Now);
                sim.Process(_host.PassBackground(new BackgroundTrain(this)), "background-train");
            }
        }
    }

    /// <summary>A train of this flow arrives at its facility: the first step of its passage.</summary>
    public void Arrive(BackgroundTrain train)
    {
        _run.Book.BackgroundGenerated(Spec.TonnesPerTrain);
        _held++;
        train.InWindow = _run.Sim.Now >= _run.WarmupHours;
    }

    /// <summary>A train of this flow leaves its facility: the last step of its passage.</summary>
    public void Leave(BackgroundTrain train)
    {
        _held--;
        _run.Book.BackgroundDelivered(Spec.TonnesPerTrain);
        if (train.InWindow)
        {
            WindowTrains++;
            WindowWaitHours += train.WaitHours;
        }
    }
}
