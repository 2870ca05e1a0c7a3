using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary><c>compare BASE --variant "name: key=value, …"</c>: an edit compared without writing a file.</summary>
public sealed class CompareVariantTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Compare_BaseAndOneVariant_RunsBothOnTheSameSeedsUnderTheVariantsName()
    {
        // Given the baseline and a variant with more ferry berths at Aktau and Alat
        var folder = _temp.Combine("compare");

        // When they are compared on a short horizon
        var result = Corridorsim.Run(["compare", RepositoryPaths.Baseline,
            "--variant", "more-berths: ports.aktau.ferry_berths=2, ports.alat.ferry_berths=5",
            .. Corridorsim.Short(10, 2, 2), "--out", folder]);

        // Then the variant has its own folder and rows, its resolved scenario holds the edit under its name and
        // the base's seed, and the titles show the overrides
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["baseline-2024", "charts", "more-berths"], Directory.GetDirectories(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var variant = YamlKeyPaths.OfFile(Path.Combine(folder, "more-berths", "scenario.resolved.yaml"));
        var baseline = YamlKeyPaths.OfFile(Path.Combine(folder, "baseline-2024", "scenario.resolved.yaml"));
        Assert.Equal(("more-berths", "2", "5"), (variant["name"], variant["ports.aktau.ferry_berths"], variant["ports.alat.ferry_berths"]));
        Assert.Equal(baseline["seed"], variant["seed"]);
        var scenarios = CsvTable.Read(Path.Combine(folder, "comparison.csv")).Column("scenario").Distinct();
        Assert.Equal(["baseline-2024", "more-berths"], scenarios);
        Assert.StartsWith("# more-berths with horizon_days=10, warmup_days=2, ports.aktau.ferry_berths=2, ports.alat.ferry_berths=5\n",
            File.ReadAllText(Path.Combine(folder, "more-berths", "report.md")));
    }

    [Theory]
    [InlineData("ports.aktau.ferry_berths=2", "it has no name")]
    [InlineData("Aktau Berth: ports.aktau.ferry_berths=2", "the name 'Aktau Berth' is not a folder-safe word")]
    [InlineData("more-berths:", "it needs one or more key.path=value settings")]
    [InlineData("more-berths: ports.aktau.ferry_berths=2, ", "none empty")]
    [InlineData("more-berths: ports.aktau.ferry_berths", "'ports.aktau.ferry_berths' is not key.path=value")]
    public void Compare_MalformedVariant_ExitsWithInvalidInputAndSaysWhy(string variant, string why)
    {
        var result = Corridorsim.Run(["compare", RepositoryPaths.Baseline, "--variant", variant, .. Corridorsim.Short(5, 1, 1), "--out", _temp.Combine("x")]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--variant", result.Output);
        Assert.Contains(why, result.Output);
        Assert.False(result.ShowsStackTrace, result.Output);
        Assert.False(Directory.Exists(_temp.Combine("x")));
    }

    [Fact]
    public void Compare_VariantWithAnUnknownKey_IsReportedAsSetWouldBe()
    {
        var result = Corridorsim.Run(["compare", RepositoryPaths.Baseline, "--variant", "more-ferries: sea_services.kuryk_alat_ferry.vesels=9",
            .. Corridorsim.Short(5, 1, 1), "--out", _temp.Combine("x")]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("sea_services.kuryk_alat_ferry.vesels: unknown key 'vesels' (did you mean 'vessels'?)", result.Output);
        Assert.Contains("--variant more-ferries: 1 error; nothing was run.", result.Output);
    }

    [Fact]
    public void Compare_TwoVariantsOfOneName_IsRefused()
    {
        var result = Corridorsim.Run(["compare", RepositoryPaths.Baseline, "--variant", "a: ports.aktau.ferry_berths=2", "--variant", "a: ports.alat.ferry_berths=5",
            .. Corridorsim.Short(5, 1, 1), "--out", _temp.Combine("x")]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("the name 'a' is already a compared scenario's or variant's", result.Output);
    }

    [Fact]
    public void Compare_OneScenarioAndNoVariant_IsRefused()
    {
        var result = Corridorsim.Run(["compare", RepositoryPaths.Baseline, .. Corridorsim.Short(5, 1, 1)]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("one scenario file and a --variant", result.Output);
    }
}
