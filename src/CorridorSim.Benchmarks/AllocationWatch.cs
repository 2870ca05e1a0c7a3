using System.Diagnostics.Tracing;

namespace CorridorSim.Benchmarks;

/// <summary>
/// Watches this process's allocations while it is open through the runtime's allocation ticks (one per
/// ~100 KB allocated of a kind), by type: the large-object ones apart, and all of them for where the bytes go.
/// </summary>
/// <remarks>
/// Implementation note: a large object is collected only in a full (generation 2) collection, and enough of
/// them trigger one, which stops every replication worker; so the model should allocate none per
/// replication. The ticks are sampled — a single array of 85–100 KB may not raise one of its own — but every
/// array of 100 KB or more does, which is what names the culprits.
/// </remarks>
public sealed class AllocationWatch : EventListener
{
    private const int AllocationTickEvent = 10;
    private const int LargeObjectKind = 1;
    private readonly Dictionary<string, int> _ticks = [];
    private readonly Dictionary<string, int> _smallTicks = [];
    private bool _watching;

    /// <summary>Starts watching; the runtime's event source is enabled as soon as it is created.</summary>
    public AllocationWatch() => _watching = true;

    /// <summary>Large-object allocation ticks seen so far, by the allocated type's name, most first.</summary>
    public IReadOnlyList<(string Type, int Ticks)> LargeObjectTicks => Sorted(_ticks);

    /// <summary>Small-object allocation ticks seen so far (each ~100 KB), by the type that crossed the mark, most first.</summary>
    public IReadOnlyList<(string Type, int Ticks)> SmallObjectTicks => Sorted(_smallTicks);

    /// <summary>Stops counting; what was seen stays readable.</summary>
    public void Stop() => _watching = false;

    /// <inheritdoc/>
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            // Keyword 0x1 is the garbage collector's; allocation ticks are raised at the verbose level.
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    /// <inheritdoc/>
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_watching || eventData.EventId != AllocationTickEvent || eventData.Payload is null || eventData.PayloadNames is null) return;
        var kind = eventData.PayloadNames.IndexOf("AllocationKind");
        var type = eventData.PayloadNames.IndexOf("TypeName");
        if (kind < 0) return;
        var ticks = Convert.ToInt32(eventData.Payload[kind], System.Globalization.CultureInfo.InvariantCulture) == LargeObjectKind ? _ticks : _smallTicks;
        var name = type >= 0 ? eventData.Payload[type] as string ?? "?" : "?";
        lock (ticks) ticks[name] = ticks.GetValueOrDefault(name) + 1;
    }

    private static List<(string Type, int Ticks)> Sorted(Dictionary<string, int> ticks)
    {
        lock (ticks) return [.. ticks.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value))];
    }
}
