using System.Text;

namespace CorridorSim.Reporting.Writing;

/// <summary>A GitHub-flavoured Markdown table: a header row, a rule, then one line per row.</summary>
internal static class MarkdownTable
{
    public static void Append(StringBuilder md, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        AppendRow(md, header);
        md.Append('|');
        foreach (var _ in header)
        {
            md.Append(" --- |");
        }

        md.Append('\n');
        foreach (var row in rows)
        {
            AppendRow(md, row);
        }

        md.Append('\n');
    }

    private static void AppendRow(StringBuilder md, IReadOnlyList<string> cells)
    {
        md.Append('|');
        foreach (var cell in cells)
        {
            md.Append(' ').Append(cell.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |");
        }

        md.Append('\n');
    }
}
