using System.Globalization;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tests.Given;

/// <summary>A hand-built sweep of Aktau–Baku ferries over 4, 6, 8 and 10 vessels: delivered tonnes rise steeply to 6, then barely.</summary>
public static class SampleSweep
{
    public const string Key = "sea_services.aktau_baku.vessels";

    public static IReadOnlyList<SweepRun> Points { get; } =
        new[] { 1.0, 1.1, 1.105, 1.107 }
            .Select((scale, i) => new SweepRun(
                new SweepPoint(i, [new(Key, (4 + (2 * i)).ToString(CultureInfo.InvariantCulture))], SampleRun.Experiment("baseline-2024", scale)),
                $"name: baseline-2024\nsea_services: {i}\n"))
            .ToList();

    public static IReadOnlyList<SweepPoint> SweepPoints => Points.Select(p => p.Point).ToList();
}
