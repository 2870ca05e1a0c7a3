using CorridorSim.Corridor.Spec;

namespace CorridorSim.Scenarios.Tests;

/// <summary>The optional <c>lat</c>/<c>lon</c> of places: read, range-checked, both-or-neither, and kept by the resolved YAML.</summary>
public class PositionTests
{
    private static string WithAktauAt(string lat, string lon) =>
        TinyScenario.With("  - name: aktau\n", $"  - name: aktau\n    lat: {lat}\n    lon: {lon}\n");

    [Fact]
    public void Port_WithLatAndLon_HasThatPosition_AndKeepsItThroughTheResolvedYaml()
    {
        // Given Aktau at its data-sheet position
        var result = TinyScenario.Load(WithAktauAt("43.65", "51.15"));

        // When the spec is written out and loaded again
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var again = ScenarioLoader.LoadFromString(result.ResolvedYaml, "resolved.yaml");

        // Then both hold the position, and a place without one has none
        Assert.Equal(new GeoPoint(43.65, 51.15), result.Spec!.Ports.Single(p => p.Name == "aktau").Position);
        Assert.Equal(new GeoPoint(43.65, 51.15), again.Spec!.Ports.Single(p => p.Name == "aktau").Position);
        Assert.Null(again.Spec.Ports.Single(p => p.Name == "alat").Position);
    }

    [Fact]
    public void Latitude_BeyondThePole_IsAnErrorAtItsKey()
    {
        var result = TinyScenario.Load(WithAktauAt("91", "51.15"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("ports.aktau.lat", error.KeyPath);
        Assert.Contains("≤ 90", error.Allowed);
    }

    [Fact]
    public void Latitude_WithoutLongitude_IsAnErrorNamingTheMissingKey()
    {
        var yaml = TinyScenario.With("  - name: kazakhstan\n", "  - name: kazakhstan\n    lat: 48\n");

        var result = TinyScenario.Load(yaml);

        var error = Assert.Single(result.Errors);
        Assert.Equal("origins.kazakhstan.lon", error.KeyPath);
        Assert.Contains("without 'lon'", error.Message);
    }

    [Fact]
    public void BundledBaseline_PlacesEveryNodeOnTheMap()
    {
        var spec = ScenarioLoader.Load(RepositoryPaths.Scenario("baseline-2024.yaml")).Spec!;

        var places = spec.Origins.Select(o => (o.Name, o.Position))
            .Concat(spec.Destinations.Select(d => (d.Name, d.Position)))
            .Concat(spec.Borders.Select(b => (b.Name, b.Position)))
            .Concat(spec.Ports.Select(p => (p.Name, p.Position)));

        Assert.Empty(places.Where(p => p.Position is null).Select(p => p.Name));
    }
}
