namespace CorridorSim.Scenarios.Tests;

public class BundledScenarioTests
{
    public static TheoryData<string> ScenarioFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml").Select(Path.GetFileName).Order())
            data.Add(file!);
        return data;
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void BundledScenario_Loads_WithoutErrorsOrWarnings(string file)
    {
        // Given a scenario shipped in scenarios/
        // When it is loaded
        var result = ScenarioLoader.Load(RepositoryPaths.Scenario(file), []);

        // Then it is valid and draws no warning
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        Assert.True(result.Warnings.Count == 0, string.Join("\n", result.Warnings));
        Assert.NotNull(result.Spec);
    }
}
