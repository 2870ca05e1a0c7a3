using System.Diagnostics;
using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// Issue 18, item 7: work is linear in the facility count. 20k / 40k / 80k unused origins took 8 / 29 / 204 s, because
/// the bottleneck ranking scanned every facility's rows for each facility. This guard runs alone and bounds the
/// processor time (not the wall time, which other work on the machine stretches) very generously.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class FacilityScaleTests : IDisposable
{
    /// <summary>Ten times what validate plus the run take here in a Debug build; the quadratic scan alone took more.</summary>
    private static readonly TimeSpan ProcessorBound = TimeSpan.FromSeconds(40);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ValidateAndRun_FiftyThousandUnusedOrigins_StayWithinAGenerousProcessorBound()
    {
        // Given the baseline with 50,000 origins no flow uses
        var wide = _temp.Write("wide.yaml", ScenarioText.BaselineWithUnusedOrigins(50_000));
        var before = Process.GetCurrentProcess().TotalProcessorTime;

        // When it is validated and run for 30 days, one replication
        var validate = Corridorsim.Run("validate", wide);
        var run = Corridorsim.Run(["run", wide, .. Corridorsim.Short(30, 0, 1), "--consignments", "none", "--out", _temp.Combine("x")]);
        var used = Process.GetCurrentProcess().TotalProcessorTime - before;

        // Then both succeed within the bound
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(used < ProcessorBound, $"validate and run used {used.TotalSeconds:F1} s of processor time, bound {ProcessorBound.TotalSeconds} s");
    }
}
