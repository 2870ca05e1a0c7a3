using CorridorSim.Corridor.Spec;
using CorridorSim.Reporting.Html;
using CorridorSim.Reporting.Map;
using CorridorSim.Reporting.Tests.Given;

namespace CorridorSim.Reporting.Tests.Html;

/// <summary>The map model: where places stand, how wide legs are, what a tooltip says.</summary>
public class CorridorMapTests
{
    [Fact]
    public void Map_WithoutPositions_IsSchematicWithEveryPlaceAndLeg()
    {
        // Given the tiny ferry corridor, whose places have no lat/lon
        var spec = TinyCorridor.FerryLine().Build();

        var map = CorridorMap.Of(spec, SampleRun.Experiment(), []);

        // Then it is laid out schematically, one node per place and one leg per leg between two places
        Assert.False(map.Geographic);
        Assert.NotEmpty(map.Nodes);
        Assert.Equal(spec.RailLegs.Count + spec.RoadLegs.Count + spec.SeaServices.Count, map.Legs.Count);
        Assert.Equal(spec.Origins.Count + spec.Borders.Count + spec.Ports.Count + spec.Destinations.Count, map.Nodes.Count);
        Assert.All(map.Nodes, n => Assert.InRange(n.X, 0.0, 1.0));
        Assert.All(map.Legs, l => Assert.Contains(map.Nodes, n => n.Name == l.From));
    }

    [Fact]
    public void Map_WithPositions_PutsTheWesternPlaceLeftAndTheNorthernPlaceUp()
    {
        // Given the tiny corridor placed as the real one: its origin far east, its destination west
        var result = SampleRun.Experiment();
        var spec = TinyCorridor.FerryLine().Build();
        var placed = spec with
        {
            Origins = [.. spec.Origins.Select((o, i) => o with { Position = new GeoPoint(45 + i, 80) })],
            Destinations = [.. spec.Destinations.Select(d => d with { Position = new GeoPoint(41, 44) })],
            Borders = [.. spec.Borders.Select(b => b with { Position = new GeoPoint(45.25, 82.5) })],
            Ports = [.. spec.Ports.Select((p, i) => p with { Position = new GeoPoint(43.6 - (3.6 * i), 51 - (1.6 * i)) })],
        };

        var map = CorridorMap.Of(placed, result, []);

        Assert.True(map.Geographic);
        var origin = map.Nodes.First(n => n.Name == spec.Origins[0].Name);
        var destination = map.Nodes.First(n => n.Name == spec.Destinations[0].Name);
        Assert.True(destination.X < origin.X);
        Assert.True(destination.Y < origin.Y);
    }

    [Fact]
    public void LegWidth_MoreTonnes_IsWiderUpToTheMaximum()
    {
        Assert.Equal(MapStyle.MinLegWidth, MapStyle.LegWidth(0, 100));
        Assert.True(MapStyle.LegWidth(25, 100) < MapStyle.LegWidth(50, 100));
        Assert.Equal(MapStyle.MaxLegWidth, MapStyle.LegWidth(100, 100), 9);
    }

    [Fact]
    public void NodeColour_ShareOfWaiting_RunsFromCalmToHot()
    {
        Assert.Equal("#dce4ee", MapStyle.NodeColour(0, 0.5));
        Assert.Equal("#b2182b", MapStyle.NodeColour(0.5, 0.5));
    }

    [Fact]
    public void Tip_Port_ListsUtilisationMeanWaitShareAndWhatCargoWaitsFor()
    {
        var node = new MapNode("aktau", Corridor.Vocabulary.FacilityKind.Port, 0.5, 0.2, false, 0.25, 0.815, 12.5, 48,
            [new MapCause("Aktau's ferry berths", 0.2), new MapCause("the closures of Aktau", 0.05)]);

        var tip = SvgMap.Tip(node);

        Assert.Equal("aktau (port)\nutilisation 81.5%\nmean wait 12.50 h\nshare of all waiting 25.0%\nclosed 48.00 h\ncargo waits for:\n  Aktau's ferry berths (20.0% of all waiting)\n  the closures of Aktau (5.0% of all waiting)", tip);
    }
}
