using System.Text.RegularExpressions;

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

    /// <summary>Scenarios built to overload the corridor; the capacity check warns about them before the run.</summary>
    private static readonly string[] Overloaded = ["growth-10mt.yaml", "wb-2030.yaml"];

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void BundledScenario_Loads_WithoutErrors(string file)
    {
        // Given a scenario shipped in scenarios/
        // When it is loaded
        var result = ScenarioLoader.Load(RepositoryPaths.Scenario(file), []);

        // Then it is valid, and only the scenarios meant to overload the corridor draw (capacity) warnings
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors));
        Assert.NotNull(result.Spec);
        if (Overloaded.Contains(file)) Assert.All(result.Warnings, w => Assert.Contains("a year to its", w.Message));
        else Assert.True(result.Warnings.Count == 0, string.Join("\n", result.Warnings));
    }

    [Theory]
    [InlineData("growth-10mt.yaml", "sea_services.kuryk_alat_ferry")]
    [InlineData("wb-2030.yaml", "sea_services.aktau_alat_feeder")]
    public void OverloadedScenario_WarnsOfItsBottleneckBeforeTheRun(string file, string facility)
    {
        var result = ScenarioLoader.Load(RepositoryPaths.Scenario(file), []);

        Assert.Contains(result.Warnings, w => w.KeyPath == facility);
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void BundledScenario_EveryNumber_CarriesASourceComment(string file)
    {
        // Given the lines of a bundled scenario that write a number as a value
        var uncommented = File.ReadLines(RepositoryPaths.Scenario(file))
            .Select((text, index) => (Text: text, Line: index + 1))
            .Where(l => !l.Text.TrimStart().StartsWith('#'))
            .Where(l => !Regex.IsMatch(l.Text, @"^\s*-?\s*(name|extends|description):"))
            .Where(l => Regex.IsMatch(l.Text.Split('#')[0], @"[:\[,]\s*-?\.?\d"))
            .Where(l => !l.Text.Contains('#'))
            .ToList();

        // Then every one says where the number comes from (a data-sheet row or "estimate")
        Assert.True(uncommented.Count == 0, string.Join("\n", uncommented.Select(l => $"{file}:{l.Line}: {l.Text.Trim()}")));
    }

    [Fact]
    public void Baseline_Demand_IsAbout4Point5MtWithKazakhExports3Point2()
    {
        var spec = ScenarioLoader.Load(RepositoryPaths.Scenario("baseline-2024.yaml"), []).Spec!;

        var total = spec.Flows.Sum(f => f.AnnualTonnes);
        var kazakh = spec.Flows.Where(f => f.Origin is "kazakhstan" or "kz_oil_fields").Sum(f => f.AnnualTonnes);
        var containerTeu = spec.Flows.Where(f => f.Unit == Corridor.Spec.CargoUnit.Container).Sum(f => f.AnnualTonnes / f.TonnesPerUnit * f.TeuPerUnit);

        Assert.InRange(total, 4.4e6, 4.6e6);
        Assert.InRange(kazakh, 3.1e6, 3.3e6);
        Assert.InRange(containerTeu, 53_000, 57_000);
    }

    [Theory]
    [InlineData("growth-10mt.yaml", 10e6)]
    [InlineData("roadmap-2027.yaml", 10e6)]
    [InlineData("wb-2030.yaml", 11e6)]
    public void GrowthScenario_ReachesItsTarget(string file, double tonnes)
    {
        var spec = ScenarioLoader.Load(RepositoryPaths.Scenario(file), []).Spec!;

        var reached = spec.Flows.Sum(f => f.AnnualTonnesEnd ?? f.AnnualTonnes);

        Assert.InRange(reached, tonnes * 0.999, tonnes * 1.001);
    }
}
