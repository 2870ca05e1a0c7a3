namespace CorridorSim.Kernel.Tests;

/// <summary>
/// An M/M/c queue on a <see cref="Resource"/>, for checks against Erlang C: Poisson arrivals, exponential
/// service, c servers, first come first served.
/// </summary>
public sealed class MMcModel
{
    private readonly Simulation _simulation = new();
    private readonly TestRandom _random;
    private readonly double _meanGap;
    private readonly double _meanService;

    public MMcModel(int servers, double arrivalRate, double serviceRate, ulong seed)
    {
        _random = new TestRandom(seed);
        _meanGap = 1 / arrivalRate;
        _meanService = 1 / serviceRate;
        Server = new Resource(_simulation, servers);
    }

    public Resource Server { get; }

    public Simulation Simulation => _simulation;

    /// <summary>Each customer's wait in queue, in arrival order.</summary>
    public List<double> Waits { get; } = [];

    /// <summary>Runs <paramref name="customers"/> arrivals to completion (the system ends empty).</summary>
    public MMcModel Run(int customers)
    {
        _simulation.Process(Source(customers));
        _simulation.Run();
        return this;
    }

    /// <summary>The grand mean and 95% half-width from 20 batch means after dropping <paramref name="warmUp"/> customers.</summary>
    public (double Mean, double HalfWidth) BatchMeans(int warmUp)
    {
        const int Batches = 20;
        const double T19 = 2.093;
        var size = (Waits.Count - warmUp) / Batches;
        var means = Enumerable.Range(0, Batches)
            .Select(b => Waits.Skip(warmUp + (b * size)).Take(size).Average())
            .ToArray();
        var mean = means.Average();
        var variance = means.Sum(m => (m - mean) * (m - mean)) / (Batches - 1);
        return (mean, T19 * Math.Sqrt(variance / Batches));
    }

    private IEnumerable<Event> Source(int customers)
    {
        for (var i = 0; i < customers; i++)
        {
            yield return _simulation.Timeout(_random.Exponential(_meanGap));
            _simulation.Process(Customer());
        }
    }

    private IEnumerable<Event> Customer()
    {
        var arrival = _simulation.Now;
        using var request = Server.Request();
        yield return request;
        Waits.Add(_simulation.Now - arrival);
        yield return _simulation.Timeout(_random.Exponential(_meanService));
    }
}
