using CorridorSim.Kernel;

namespace CorridorSim.Benchmarks.Scaling;

/// <summary>
/// The kernel operations that once hid a cost growing with n (a list scan or shift per entry), each as a
/// workload of n operations on a queue or condition of size n.
/// </summary>
/// <remarks>
/// Releases and reneges happen in a scattered order (a stride through the entries, coprime with n), so
/// neither the head nor the tail of a queue is favoured; no random source is needed, and every run of one
/// size does identical work.
/// </remarks>
public static class KernelScalingOperations
{
    /// <summary>Every operation, in the order the benchmark prints them.</summary>
    public static IReadOnlyList<ScalingOperation> All { get; } =
    [
        new("allof", "AllOf over n timeouts: its value collects n entries", AllOfValues),
        new("anyof", "AnyOf over n simultaneous timeouts: its value collects n entries", AnyOfValues),
        new("release", "n holders of a capacity-n Resource release in scattered order", Releases),
        new("renege", "n requests queued at a busy Resource renege in scattered order", Reneges),
        new("prio-renege", "n requests queued at a busy PriorityResource (7 priorities) renege in scattered order", PriorityReneges),
        new("store-cancel", "n gets waiting at an empty Store are cancelled in scattered order", StoreCancels),
    ];

    /// <summary>The <paramref name="i"/>-th of <paramref name="n"/> positions in scattered order; a permutation of 0..n-1.</summary>
    public static int Scattered(int i, int n, int stride) => (int)((long)i * stride % n);

    /// <summary>A stride near 0.618 n that is coprime with <paramref name="n"/>, so <see cref="Scattered"/> visits every position.</summary>
    public static int StrideFor(int n)
    {
        var stride = Math.Max(1, (int)(n * 0.6180339887));
        while (Gcd(stride, n) != 1)
        {
            stride++;
        }

        return stride;
    }

    private static void AllOfValues(int n)
    {
        var simulation = new Simulation();
        var events = new Event[n];
        for (var i = 0; i < n; i++)
        {
            events[i] = simulation.Timeout(i % 97);
        }

        var all = simulation.AllOf(events);
        simulation.Run();
        Check(all.Results!.Count == n, "AllOf");
    }

    private static void AnyOfValues(int n)
    {
        var simulation = new Simulation();
        var events = new Event[n];
        for (var i = 0; i < n; i++)
        {
            events[i] = simulation.Timeout(1);
        }

        var any = simulation.AnyOf(events);
        simulation.Run();
        Check(any.Results!.Count == n, "AnyOf");
    }

    private static void Releases(int n)
    {
        var simulation = new Simulation();
        var berths = new Resource(simulation, n);
        var holders = new Request[n];
        for (var i = 0; i < n; i++)
        {
            holders[i] = berths.Request();
        }

        simulation.Run();
        var stride = StrideFor(n);
        for (var i = 0; i < n; i++)
        {
            holders[Scattered(i, n, stride)].Dispose();
        }

        simulation.Run();
        Check(berths.InUse == 0, "release");
    }

    private static void Reneges(int n) => RenegeAll(n, new Resource(new Simulation(), 1), (resource, _) => resource.Request());

    private static void PriorityReneges(int n) =>
        RenegeAll(n, new PriorityResource(new Simulation(), 1), (resource, i) => ((PriorityResource)resource).Request(i % 7));

    private static void RenegeAll(int n, Resource gate, Func<Resource, int, Request> request)
    {
        using var holder = request(gate, 0);
        var waiting = new Request[n];
        for (var i = 0; i < n; i++)
        {
            waiting[i] = request(gate, i);
        }

        var stride = StrideFor(n);
        for (var i = 0; i < n; i++)
        {
            waiting[Scattered(i, n, stride)].Dispose();
        }

        Check(gate.QueueLength == 0, "renege");
    }

    private static void StoreCancels(int n)
    {
        var yard = new Store<int>(new Simulation());
        var gets = new StoreGet<int>[n];
        for (var i = 0; i < n; i++)
        {
            gets[i] = yard.Get();
        }

        var stride = StrideFor(n);
        for (var i = 0; i < n; i++)
        {
            gets[Scattered(i, n, stride)].Dispose();
        }

        Check(yard.GetQueueLength == 0, "store cancel");
    }

    // The workloads check their outcome so a broken kernel cannot look fast.
    private static void Check(bool holds, string operation)
    {
        if (!holds)
        {
            throw new InvalidOperationException($"The {operation} scaling workload did not end as expected.");
        }
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
