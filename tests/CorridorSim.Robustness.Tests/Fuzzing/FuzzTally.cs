using System.Collections.Concurrent;
using System.Text;

namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>Counts of fuzzed inputs by verdict and by what was done to them, for the test output and the README.</summary>
internal sealed class FuzzTally
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public int Total => Count("total");

    public int LoadedAndRan => Count(nameof(LoadVerdict.LoadedAndRan));

    public int Rejected => Count(nameof(LoadVerdict.Rejected));

    public int Count(string key) => _counts.GetValueOrDefault(key);

    public void Add(FuzzCase fuzzCase, LoadVerdict verdict, TimeSpan took)
    {
        Increment("total");
        _counts.AddOrUpdate($"ms {verdict}", (int)took.TotalMilliseconds, (_, n) => n + (int)took.TotalMilliseconds);
        Increment(verdict.ToString());
        Increment($"damage {fuzzCase.Damage}");
        foreach (var kind in fuzzCase.Edits.Select(e => e.Kind).Distinct()) Increment($"edit {kind}");
        if (verdict == LoadVerdict.LoadedAndRan) Increment($"ran after damage {fuzzCase.Damage}");
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (key, count) in _counts.OrderBy(p => p.Key, StringComparer.Ordinal)) text.AppendLine($"{key}: {count}");
        return text.ToString();
    }

    private void Increment(string key) => _counts.AddOrUpdate(key, 1, (_, n) => n + 1);
}
