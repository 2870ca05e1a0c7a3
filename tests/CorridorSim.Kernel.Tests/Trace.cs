using System.Globalization;

namespace CorridorSim.Kernel.Tests;

/// <summary>
/// A log of what happened when, written as <c>time:what</c> entries, for exact event-order assertions.
/// </summary>
public sealed class Trace(Simulation simulation)
{
    private readonly List<string> _entries = [];

    /// <summary>The entries in the order they were logged.</summary>
    public IReadOnlyList<string> Entries => _entries;

    /// <summary>Logs <paramref name="what"/> at the current time.</summary>
    public void Log(string what) =>
        _entries.Add(string.Create(CultureInfo.InvariantCulture, $"{simulation.Now:R}:{what}"));

    /// <summary>The entries joined by single spaces.</summary>
    public override string ToString() => string.Join(' ', _entries);
}
