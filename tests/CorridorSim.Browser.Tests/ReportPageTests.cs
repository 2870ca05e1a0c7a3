using CorridorSim.Browser.Tests.Given;
using CorridorSim.Reporting.Map;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Browser.Tests;

/// <summary>Each kind of <c>report.html</c> opened from disk in headless Chromium: it loads cleanly, alone, and says what <c>report.md</c> says.</summary>
[Collection(ReportCollection.Name)]
public class ReportPageTests(ReportFolders folders, Given.Browser browser)
{
    public static TheoryData<string> Kinds => new() { "run", "compare", "sweep" };

    [ChromiumTheory]
    [MemberData(nameof(Kinds))]
    public async Task Page_Opened_PrintsNoConsoleError(string kind)
    {
        // Given a report page, opened from disk
        await using var page = await browser.Open(Path.Combine(folders.FolderOf(kind), "report.html"));

        // When its script has run and a node or chart point has been hovered
        await page.Page.HoverAsync(kind == "run" ? "circle.node" : "svg.chart circle.point");

        // Then nothing was refused by the Content-Security-Policy and no script failed
        Assert.Empty(page.Errors);
        Assert.True(await page.Eval<bool>("document.querySelectorAll('svg').length > 0"));
    }

    [ChromiumTheory]
    [MemberData(nameof(Kinds))]
    public async Task Page_Opened_RequestsNothingButItself(string kind)
    {
        var file = Path.Combine(folders.FolderOf(kind), "report.html");

        await using var page = await browser.Open(file);
        await page.Page.HoverAsync(kind == "run" ? "circle.node" : "svg.chart circle.point");

        Assert.Equal([new Uri(file).AbsoluteUri], page.Requests);
    }

    [ChromiumTheory]
    [MemberData(nameof(Kinds))]
    public async Task Answer_OnThePage_EqualsTheAnswerOfReportMarkdown(string kind)
    {
        // Given the bullet points of report.md's answer
        var folder = folders.FolderOf(kind);
        var expected = MarkdownAnswer(File.ReadAllText(Path.Combine(folder, "report.md")));

        // When the page's answer is read as the browser renders it
        await using var page = await browser.Open(Path.Combine(folder, "report.html"));
        var shown = await page.Eval<string[]>("Array.from(document.querySelectorAll('#answer li')).map(li => li.textContent)");

        // Then they are the same sentences, in the same order
        Assert.NotEmpty(expected);
        Assert.Equal(expected, shown);
    }

    [ChromiumFact]
    public async Task HoveringAPort_ShowsItsUtilisationMeanWaitAndWhatCargoWaitsFor()
    {
        // Given the run page and Aktau's figures on the map, from nodes.csv and the bottleneck ranking
        var aktau = CorridorMap.Of(folders.Result).Nodes.Single(n => n.Name == "aktau");
        await using var page = await browser.Open(Path.Combine(folders.Run, "report.html"));
        Assert.True(await page.Eval<bool>("document.getElementById('tip').hidden"));

        // When the pointer rests on Aktau's marker
        await page.Page.HoverAsync("circle.node[data-name='aktau']");

        // Then the tooltip is shown with Aktau's numbers
        Assert.False(await page.Eval<bool>("document.getElementById('tip').hidden"));
        var tip = await page.Eval<string>("document.getElementById('tip').textContent");
        Assert.StartsWith("aktau (port)", tip);
        Assert.Contains($"utilisation {ReportNumber.Percent(aktau.Utilisation)}", tip);
        Assert.Contains($"share of all waiting {ReportNumber.Percent(aktau.WaitingShare)}", tip);
        Assert.Contains("mean wait ", tip);
        Assert.Contains($"mean wait {ReportNumber.Format(aktau.MeanWaitHours)} h", tip);
        Assert.All(aktau.Causes, c => Assert.Contains(c.Words, tip));
    }

    /// <summary>The "- " lines of the "## The answer" section.</summary>
    private static List<string> MarkdownAnswer(string markdown)
    {
        var start = markdown.IndexOf("## The answer\n", StringComparison.Ordinal);
        var end = markdown.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return markdown[start..end].Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
    }
}
