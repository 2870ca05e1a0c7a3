using CorridorSim.Kernel;

namespace CorridorSim.Benchmarks.Scaling;

/// <summary>
/// The kernel operations that once hid a cost growing with n (a list scan or shift per entry), each as a
/// workload of n operations on a queue or condition of size n.
/// </summary>
/// <remarks>
/// <para>
/// Releases, reneges and cancels happen in <see cref="Interleaved"/> order: the first half leave from the
/// middle of the queue (every other entry, from the back), where a list scan from the head or a shift pays
/// for the whole queue, and the second half from its back. Every run of one size does identical work, with no
/// random source.
/// </para>
/// <para>
/// Implementation note: the order walks memory backwards in small steps, so the time per operation shows the
/// algorithm's growth, not cache misses. A random order would add them at 160k entries (tens of megabytes
/// of requests), which no queue structure avoids.
/// </para>
/// </remarks>
public static class KernelScalingOperations
{
    /// <summary>Every operation, in the order the benchmark prints them.</summary>
    public static IReadOnlyList<ScalingOperation> All { get; } =
    [
        new("allof", "AllOf over n timeouts: its value collects n entries", AllOfValues),
        new("anyof", "AnyOf over n simultaneous timeouts: its value collects n entries", AnyOfValues),
        new("release", "n holders of a capacity-n Resource release in interleaved order", Releases),
        new("renege", "n requests queued at a busy Resource renege in interleaved order", Reneges),
        new("prio-renege", "n requests queued at a busy PriorityResource (7 priorities) renege in interleaved order", PriorityReneges),
        new("store-cancel", "n gets waiting at an empty Store are cancelled in interleaved order", StoreCancels),
    ];

    /// <summary>
    /// The <paramref name="i"/>-th of <paramref name="n"/> positions in the order entries leave: every other
    /// position from the back (n-1, n-3, …), then the rest from the back (n-2, n-4, …); a permutation of 0..n-1.
    /// </summary>
    public static int Interleaved(int i, int n)
    {
        var firstPass = (n + 1) / 2;
        return i < firstPass ? n - 1 - (2 * i) : n - 2 - (2 * (i - firstPass));
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
        for (var i = 0; i < n; i++)
        {
            holders[Interleaved(i, n)].Dispose();
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

        for (var i = 0; i < n; i++)
        {
            waiting[Interleaved(i, n)].Dispose();
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

        for (var i = 0; i < n; i++)
        {
            gets[Interleaved(i, n)].Dispose();
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
}
