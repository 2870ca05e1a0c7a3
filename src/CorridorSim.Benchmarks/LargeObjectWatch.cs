using System.Diagnostics.Tracing;

namespace CorridorSim.Benchmarks;

/// <summary>
/// Watches this process's allocations on the large-object heap while it is open: the runtime's allocation
/// ticks (one per ~100 KB allocated of a kind) that were large-object allocations, by type.
/// </summary>
/// <remarks>
/// Implementation note: a large object is collected only in a full (generation 2) collection, and enough of
/// them trigger one, which stops every replication worker; so the model should allocate none per
/// replication. The ticks are sampled — a single array of 85–100 KB may not raise one of its own — but every
/// array of 100 KB or more does, which is what names the culprits.
/// </remarks>
public sealed class LargeObjectWatch : EventListener
{
    private const int AllocationTickEvent = 10;
    private const int LargeObjectKind = 1;
    private readonly Dictionary<string, int> _ticks = [];
    private bool _watching;

    /// <summary>Starts watching; the runtime's event source is enabled as soon as it is created.</summary>
    public LargeObjectWatch() => _watching = true;

    /// <summary>Large-object allocation ticks seen so far, by the allocated type's name, most first.</summary>
    public IReadOnlyList<(string Type, int Ticks)> Ticks
    {
        get
        {
            lock (_ticks) return [.. _ticks.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value))];
        }
    }

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
        if (kind < 0 || Convert.ToInt32(eventData.Payload[kind], System.Globalization.CultureInfo.InvariantCulture) != LargeObjectKind) return;
        var name = type >= 0 ? eventData.Payload[type] as string ?? "?" : "?";
        lock (_ticks) _ticks[name] = _ticks.GetValueOrDefault(name) + 1;
    }
}
