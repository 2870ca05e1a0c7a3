using CorridorSim.Browser.Tests.Given;

namespace CorridorSim.Browser.Tests;

/// <summary>The run page's map of the corridor, as the browser draws it.</summary>
[Collection(ReportCollection.Name)]
public class MapTests(ReportFolders folders, Given.Browser browser)
{
    [ChromiumFact]
    public async Task Map_Baseline_HasOneMarkerPerPlaceAndOnePathPerLeg()
    {
        // Given the baseline's places and legs as its scenario lists them
        var spec = folders.Spec;
        var places = spec.Origins.Select(o => o.Name).Concat(spec.Borders.Select(b => b.Name))
            .Concat(spec.Ports.Select(p => p.Name)).Concat(spec.Destinations.Select(d => d.Name)).Order(StringComparer.Ordinal).ToArray();
        var legs = spec.RailLegs.Select(l => l.Name).Concat(spec.RoadLegs.Select(l => l.Name))
            .Concat(spec.SeaServices.Select(s => s.Name)).Order(StringComparer.Ordinal).ToArray();

        // When the run page is open
        await using var page = await browser.Open(Path.Combine(folders.Run, "report.html"));
        var markers = await page.Eval<string[]>("Array.from(document.querySelectorAll('#map circle.node')).map(n => n.dataset.name)");
        var paths = await page.Eval<string[]>("Array.from(document.querySelectorAll('#map path.leg')).map(p => p.dataset.name)");

        // Then every place has exactly one marker and every leg exactly one path
        Assert.Equal(places, markers.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(legs, paths.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("geographic", await page.Eval<string>("document.getElementById('map').dataset.layout"));
    }

    [ChromiumFact]
    public async Task Map_SeaServices_AreDashedCurves()
    {
        await using var page = await browser.Open(Path.Combine(folders.Run, "report.html"));

        var sea = await page.Eval<string[]>("Array.from(document.querySelectorAll('#map path.leg-sea')).map(p => p.getAttribute('stroke-dasharray') + '|' + p.getAttribute('d'))");

        Assert.Equal(folders.Spec.SeaServices.Count, sea.Length);
        Assert.All(sea, s => Assert.Matches(@"^\d.*\|M.* Q", s));
    }

    [ChromiumFact]
    public async Task Map_BusierLeg_IsDrawnWider()
    {
        await using var page = await browser.Open(Path.Combine(folders.Run, "report.html"));

        // The widest line is the leg that carried the most tonnes, as nodes.csv says
        var widest = await page.Eval<string>("Array.from(document.querySelectorAll('#map path.leg')).sort((a, b) => b.getAttribute('stroke-width') - a.getAttribute('stroke-width'))[0].dataset.name");
        var legs = folders.Spec.RailLegs.Select(l => l.Name).Concat(folders.Spec.RoadLegs.Select(l => l.Name)).Concat(folders.Spec.SeaServices.Select(s => s.Name)).ToHashSet();
        var busiest = folders.Result.Replications.SelectMany(r => r.Facilities).Where(f => legs.Contains(f.Facility))
            .GroupBy(f => f.Facility).MaxBy(g => g.Average(f => f.ThroughputTonnes))!.Key;
        Assert.Equal(busiest, widest);
    }
}
