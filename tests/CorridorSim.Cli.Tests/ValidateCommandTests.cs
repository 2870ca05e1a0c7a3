using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary><c>corridorsim validate</c>: exit 0 for every bundled scenario, 2 for a broken one, nothing run or written.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Bundled => new(RepositoryPaths.BundledScenarios.Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(Bundled))]
    public void Validate_BundledScenario_Exits0(string file)
    {
        var path = RepositoryPaths.Scenario(file);

        var result = Corridorsim.Run("validate", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"ok {path}", result.Output);
        Assert.DoesNotContain("error:", result.Output);
    }

    [Fact]
    public void Validate_AllBundledTogether_Exits0()
    {
        var result = Corridorsim.Run(["validate", .. RepositoryPaths.BundledScenarios]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(RepositoryPaths.BundledScenarios.Count, result.Output.Split('\n').Count(l => l.StartsWith("ok ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_BrokenAmongGood_Exits2AndNamesTheMistake()
    {
        // Given a broken copy of the baseline next to the good one
        var text = ScenarioText.BaselineWith("    vessels: 9 ", "    vessels: 0 ");
        var broken = _temp.Write("broken.yaml", text);

        // When both are validated
        var result = Corridorsim.Run("validate", RepositoryPaths.Baseline, broken);

        // Then the good one is ok, the broken one is reported where it is wrong, and the exit code is 2
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"ok {RepositoryPaths.Baseline}", result.Output);
        var (line, column) = ScenarioText.Locate(text, "vessels: 0 ", "0");
        Assert.Contains($"{broken}:{line}:{column}: sea_services.kuryk_alat_ferry.vessels: ", result.Output);
        Assert.DoesNotContain($"ok {broken}", result.Output);
        Assert.False(result.ShowsStackTrace, result.Output);
        Assert.Equal(["broken.yaml"], _temp.Entries());
    }

    [Fact]
    public void Validate_WithBadSet_Exits2()
    {
        var result = Corridorsim.Run("validate", RepositoryPaths.Baseline, "--set", "sea_services.kuryk_alat_ferry.vessels=-1");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--set: sea_services.kuryk_alat_ferry.vessels: -1 is not allowed", result.Output);
    }
}
