using System.Text.Json;
using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// The experiment commands take their start time from the clock the application is given, never from the
/// system clock directly: the manifest records it, and it names the default result folder.
/// </summary>
public sealed class StartTimeTests : IDisposable
{
    private static readonly DateTimeOffset Started = new(2031, 4, 5, 6, 7, 8, TimeSpan.Zero);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string[]> ExperimentCommands => new()
    {
        { ["run", RepositoryPaths.Baseline] },
        { ["compare", RepositoryPaths.Baseline, RepositoryPaths.DigitalCustoms] },
        { ["sweep", RepositoryPaths.Baseline, "--vary", "sea_services.aktau_alat_ferry.vessels=4"] },
    };

    [Theory]
    [MemberData(nameof(ExperimentCommands))]
    public void ExperimentCommand_InjectedClock_IsTheStartTimeInTheManifest(string[] command)
    {
        // Given a clock fixed at a time the system clock cannot show
        var folder = _temp.Combine("out");

        // When an experiment command runs with it
        var result = Corridorsim.Run(CancellationToken.None, new FixedClock(Started),
            [.. command, .. Corridorsim.Short(2, 0, 1), "--consignments", "none", "--out", folder]);

        // Then its manifest records that time as the start
        Assert.True(result.ExitCode == 0, result.ToString());
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        Assert.Equal("2031-04-05T06:07:08Z", manifest.RootElement.GetProperty("started_utc").GetString());
    }
}
