using CorridorSim.Browser.Tests.Given;
using PuppeteerSharp;

namespace CorridorSim.Browser.Tests;

/// <summary>
/// A screenshot of a run page, as a planner sees it. Set <c>CORRIDORSIM_SCREENSHOT</c> to a PNG path to keep
/// it (<c>docs/report-baseline.png</c> is made so), and <c>CORRIDORSIM_SCREENSHOT_PAGE</c> to take it of
/// another <c>report.html</c> (a full baseline run) instead of the shortened one.
/// </summary>
[Collection(ReportCollection.Name)]
public class ScreenshotTests(ReportFolders folders, Given.Browser browser)
{
    [ChromiumFact]
    public async Task RunPage_Screenshot_IsAPictureOfTheWholePage()
    {
        // Given the run page (or the page named by the environment)
        var file = Environment.GetEnvironmentVariable("CORRIDORSIM_SCREENSHOT_PAGE") is { Length: > 0 } named
            ? Path.GetFullPath(named)
            : Path.Combine(folders.Run, "report.html");
        var target = Environment.GetEnvironmentVariable("CORRIDORSIM_SCREENSHOT") is { Length: > 0 } asked
            ? Path.GetFullPath(asked)
            : Path.Combine(folders.Run, "screenshot.png");

        // When it is photographed down to the end of its map and first charts
        await using var page = await browser.Open(file);
        await page.Page.ScreenshotAsync(target, new ScreenshotOptions { Clip = new PuppeteerSharp.Media.Clip { X = 0, Y = 0, Width = 1200, Height = 1500 } });

        // Then a PNG picture was written
        Assert.True(Png.IsPng(target));
    }
}
