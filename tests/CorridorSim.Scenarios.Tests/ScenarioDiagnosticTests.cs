namespace CorridorSim.Scenarios.Tests;

public class ScenarioDiagnosticTests
{
    [Fact]
    public void ToString_WithLocation_ReadsLikeACompilerMessage()
    {
        var diagnostic = new ScenarioDiagnostic("scenarios/x.yaml", 12, 5, "sea_services.aktau_alat_ferry.vessels", "-2 is not allowed", "-2", "a whole number ≥ 1");

        Assert.Equal("scenarios/x.yaml:12:5: sea_services.aktau_alat_ferry.vessels: -2 is not allowed; expected a whole number ≥ 1", diagnostic.ToString());
    }

    [Fact]
    public void ToString_WithoutLineOrKey_ShowsOnlyTheFile()
    {
        var diagnostic = new ScenarioDiagnostic("missing.yaml", 0, 0, "", "file not found", null, null);

        Assert.Equal("missing.yaml: file not found", diagnostic.ToString());
    }
}
