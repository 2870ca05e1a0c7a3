using System.Collections.Concurrent;

namespace CorridorSim.Experiments.Tests.Fakes;

/// <summary>Keeps every progress report, in the order reported (unlike <c>Progress&lt;T&gt;</c>, which posts them).</summary>
internal sealed class RecordingProgress : IProgress<ExperimentProgress>
{
    private readonly ConcurrentQueue<ExperimentProgress> _reports = new();

    public IReadOnlyList<ExperimentProgress> Reports => _reports.ToArray();

    public void Report(ExperimentProgress value) => _reports.Enqueue(value);
}
