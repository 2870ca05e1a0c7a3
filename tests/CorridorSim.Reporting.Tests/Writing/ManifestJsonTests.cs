using System.Text.Json;
using CorridorSim.Reporting.Tests.Given;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

public class ManifestJsonTests(WrittenRun written) : IClassFixture<WrittenRun>
{
    [Fact]
    public void Manifest_Run_HasExactlyTheDesignedFieldsInSnakeCase()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(written.PathOf("manifest.json")));

        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(["scenario", "scenario_sha256", "seed", "replications", "threads", "program_version", "command_line", "started_utc", "consignments"], names);
        Assert.Equal("tiny-corridor", json.RootElement.GetProperty("scenario").GetString());
        Assert.Equal(42UL, json.RootElement.GetProperty("seed").GetUInt64());
        Assert.Equal("2025-03-01T09:30:00Z", json.RootElement.GetProperty("started_utc").GetString());
        Assert.Equal("corridorsim run scenarios/tiny.yaml --seed 42", json.RootElement.GetProperty("command_line").GetString());
        Assert.Equal("first", json.RootElement.GetProperty("consignments").GetString());
    }

    [Fact]
    public void Manifest_ScenarioSha256_IsTheHashOfTheResolvedYamlFile()
    {
        var manifest = ManifestJson.Deserialize(File.ReadAllText(written.PathOf("manifest.json")));
        var bytes = File.ReadAllBytes(written.PathOf("scenario.resolved.yaml"));

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), manifest.ScenarioSha256);
        Assert.Equal(SampleRun.Run().ResolvedYaml, File.ReadAllText(written.PathOf("scenario.resolved.yaml")));
    }

    [Fact]
    public void Serialize_CommandLineWithQuotes_KeepsThemReadableAndReadsBack()
    {
        var context = SampleRun.Context() with { CommandLine = "corridorsim run \"my scenario.yaml\" --set a.b=c+d" };
        var manifest = ManifestJson.For("x", "name: x\n", context);

        var json = ManifestJson.Serialize(manifest);

        Assert.Contains("\\\"my scenario.yaml\\\" --set a.b=c+d", json);
        Assert.DoesNotContain("\r", json);
        Assert.Equal(manifest, ManifestJson.Deserialize(json));
    }
}
