using System.Text.RegularExpressions;
using CorridorSim.Reporting.Html;
using CorridorSim.Reporting.Tests.Given;

namespace CorridorSim.Reporting.Tests.Html;

/// <summary>The run's <c>report.html</c> as text: self-contained, its policy allowing exactly its own style and script.</summary>
public class ReportPageTests(WrittenRun written) : IClassFixture<WrittenRun>
{
    private string Page => File.ReadAllText(written.PathOf("report.html"));

    [Fact]
    public void Policy_AllowsNothingButTheInlineStyleAndScript_ByTheirHashes()
    {
        // Given the page's policy and its one style sheet and one script
        var page = Page;
        var policy = Regex.Match(page, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"").Groups[1].Value;
        var style = Regex.Match(page, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        var script = Regex.Match(page, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;

        // Then nothing loads by default and each inline block is allowed by exactly its hash
        Assert.StartsWith("default-src 'none';", policy);
        Assert.Contains($"style-src '{ContentSecurityPolicy.Hash(style)}'", policy);
        Assert.Contains($"script-src '{ContentSecurityPolicy.Hash(script)}'", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.Single(Regex.Matches(page, "<script"));
        Assert.Single(Regex.Matches(page, "<style"));
    }

    [Fact]
    public void Page_RefersToNoOtherFileOrAddress()
    {
        var page = Page;

        Assert.DoesNotMatch("(src|href)=\"(?!#)", Regex.Replace(page, "xmlns=\"[^\"]+\"", ""));
        Assert.DoesNotContain("style=\"", page);
    }

    [Fact]
    public void Page_Answer_IsTheSentencesOfReportMarkdown()
    {
        var markdown = File.ReadAllText(written.PathOf("report.md"));
        var bullets = markdown[markdown.IndexOf("## The answer", StringComparison.Ordinal)..markdown.IndexOf("## Key performance", StringComparison.Ordinal)]
            .Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => HtmlText.Escape(l[2..]));

        var items = Regex.Matches(Page, "<li>(.*?)</li>").Select(m => m.Groups[1].Value).Take(bullets.Count());

        Assert.Equal(bullets, items);
    }

    [Fact]
    public void Escape_ScenarioText_CannotOpenAnElement()
    {
        Assert.Equal("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;", HtmlText.Escape("<script>alert(\"x\") & 'y'</script>"));
    }
}
