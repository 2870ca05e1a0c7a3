using System.Globalization;
using System.Text;
using CorridorSim.Reporting.Charts;

namespace CorridorSim.Reporting.Html;

/// <summary>
/// A <c>report.html</c> under construction: sections appended in reading order, then written out as one
/// self-contained document whose style and script are inline and allowed by hash (<see cref="ContentSecurityPolicy"/>).
/// </summary>
internal sealed class HtmlPage
{
    private readonly StringBuilder _body = new();
    private readonly string _title;
    private int _charts;

    public HtmlPage(string title)
    {
        _title = title;
        _body.Append("<h1>").Append(HtmlText.Escape(title)).Append("</h1>\n");
    }

    public HtmlPage Description(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _body.Append("<p class=\"description\">").Append(HtmlText.Escape(text.Trim())).Append("</p>\n");
        }

        return this;
    }

    public HtmlPage Heading(string text)
    {
        _body.Append("<h2>").Append(HtmlText.Escape(text)).Append("</h2>\n");
        return this;
    }

    /// <summary>The answer-first sentences, the very ones <c>report.md</c> lists under "The answer".</summary>
    public HtmlPage Answer(IEnumerable<string> sentences)
    {
        _body.Append("<ul id=\"answer\">\n");
        foreach (var sentence in sentences)
        {
            _body.Append("<li>").Append(HtmlText.Escape(sentence)).Append("</li>\n");
        }

        _body.Append("</ul>\n");
        return this;
    }

    public HtmlPage Note(string text)
    {
        _body.Append("<p class=\"note\">").Append(HtmlText.Escape(text)).Append("</p>\n");
        return this;
    }

    /// <summary>A table; the first column and columns named in <paramref name="textColumns"/> are left-aligned text.</summary>
    public HtmlPage Table(string id, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, params int[] textColumns)
    {
        string Class(int i) => i > 0 && textColumns.Contains(i) ? " class=\"text\"" : "";
        _body.Append(CultureInfo.InvariantCulture, $"<table id=\"{HtmlText.Escape(id)}\">\n<thead><tr>");
        for (var i = 0; i < header.Count; i++)
        {
            _body.Append(CultureInfo.InvariantCulture, $"<th{Class(i)}>{HtmlText.Escape(header[i])}</th>");
        }

        _body.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                _body.Append(CultureInfo.InvariantCulture, $"<td{Class(i)}>{HtmlText.Escape(row[i])}</td>");
            }

            _body.Append("</tr>\n");
        }

        _body.Append("</tbody>\n</table>\n");
        return this;
    }

    /// <summary>A chart as a figure: its title, toggles for its series when it has several lines to tell apart, and its SVG.</summary>
    public HtmlPage Chart(Chart chart)
    {
        var id = $"chart-{++_charts}";
        _body.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart-figure\" data-file=\"{HtmlText.Escape(chart.FileName)}\">\n<h3>{HtmlText.Escape(chart.Title)}</h3>\n");
        var lines = chart.Series.Count(s => s is LineSeries);
        if (lines > 2)
        {
            _body.Append("<div class=\"toggles\">");
            for (var i = 0; i < chart.Series.Count; i++)
            {
                var colour = ChartPalette.Of(i);
                _body.Append(CultureInfo.InvariantCulture, $"<label><input type=\"checkbox\" checked data-chart=\"{id}\" data-series=\"{i}\"> <svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect width=\"12\" height=\"12\" fill=\"{colour}\"/></svg> {HtmlText.Escape(chart.Series[i].Label)}</label>");
            }

            _body.Append("</div>\n");
        }

        _body.Append(SvgChart.Render(chart, id)).Append("\n</figure>\n");
        return this;
    }

    public HtmlPage Raw(string html)
    {
        _body.Append(html).Append('\n');
        return this;
    }

    public HtmlPage Code(string text)
    {
        _body.Append("<pre><code>").Append(HtmlText.Escape(text)).Append("</code></pre>\n");
        return this;
    }

    /// <summary>Links to the pages of the parts (scenarios, sweep points), each with a short remark.</summary>
    public HtmlPage Links(IEnumerable<(string Href, string Text, string Remark)> links)
    {
        _body.Append("<ul class=\"parts\">\n");
        foreach (var (href, text, remark) in links)
        {
            _body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{HtmlText.Escape(href)}\">{HtmlText.Escape(text)}</a>{HtmlText.Escape(remark)}</li>\n");
        }

        _body.Append("</ul>\n");
        return this;
    }

    /// <summary>The whole document.</summary>
    public override string ToString()
    {
        var style = PageAssets.Style;
        var script = PageAssets.Script;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy.For(style, script)).Append("\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(HtmlText.Escape(_title)).Append("</title>\n");
        html.Append("<style>").Append(style).Append("</style>\n</head>\n<body>\n");
        html.Append(_body);
        html.Append("<div id=\"tip\" hidden></div>\n");
        html.Append("<script>").Append(script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }
}
