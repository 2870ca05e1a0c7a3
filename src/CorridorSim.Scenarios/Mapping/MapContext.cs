using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>
/// What mapping a document into a spec shares: the diagnostics, and the location of every value read, by key
/// path, so that checks made later on the finished spec can still point at a file and line.
/// </summary>
internal sealed class MapContext(DiagnosticBag bag)
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    private readonly List<string> _unchecked = [];

    public DiagnosticBag Bag { get; } = bag;

    /// <summary>
    /// Marks an item whose cross-item checks would only repeat an error already reported (a flow whose unit
    /// is unknown cannot have its routes judged).
    /// </summary>
    public void SkipChecksBelow(string keyPath) => _unchecked.Add(keyPath + ".");

    public bool IsChecked(string keyPath) => !_unchecked.Any(keyPath.StartsWith);

    public void Remember(string keyPath, SourceLocation at) => _locations.TryAdd(keyPath, at);

    /// <summary>The location of <paramref name="keyPath"/>, or of its nearest ancestor that was read.</summary>
    public SourceLocation Locate(string keyPath)
    {
        var path = keyPath;
        while (true)
        {
            if (_locations.TryGetValue(path, out var at)) return at;
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0) return _locations.TryGetValue("", out var root) ? root : SourceLocation.FileOnly("");
            path = path[..cut];
        }
    }

    public void Error(SourceLocation at, string keyPath, string message, string? badValue = null, string? allowed = null) =>
        Bag.Error(at, keyPath, message, badValue, allowed);

    public void Warning(SourceLocation at, string keyPath, string message, string? badValue = null, string? allowed = null) =>
        Bag.Warning(at, keyPath, message, badValue, allowed);
}
