namespace CorridorSim.Cli.Tests.Given;

/// <summary>
/// Scenario text to break on purpose: the bundled baseline with one fragment replaced, and where a fragment
/// sits (1-based line and column), to check the location an error names.
/// </summary>
public static class ScenarioText
{
    public static string Baseline { get; } = File.ReadAllText(RepositoryPaths.Baseline);

    /// <summary>The baseline with <paramref name="find"/>, which must occur exactly once, replaced.</summary>
    public static string BaselineWith(string find, string replace)
    {
        Assert.True(Occurrences(Baseline, find) == 1, $"'{find}' should occur exactly once in baseline-2024.yaml");
        return Baseline.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>
    /// The baseline with <paramref name="count"/> more origins that no flow uses (<c>u000000</c>, <c>u000001</c>, …):
    /// valid, and as large as needed to show how the cost of loading and running grows with the facility count.
    /// </summary>
    public static string BaselineWithUnusedOrigins(int count)
    {
        var origins = new System.Text.StringBuilder(count * 18);
        for (var i = 0; i < count; i++) origins.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - name: u{i:D6}\n");
        return BaselineWith("\ndestinations:", "\n" + origins + "\ndestinations:");
    }

    /// <summary>The 1-based line and column of <paramref name="fragment"/>, which must occur exactly once in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Locate(string text, string fragment)
    {
        Assert.True(Occurrences(text, fragment) == 1, $"'{fragment}' should occur exactly once");
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        var line = text.AsSpan(0, index).Count('\n') + 1;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (line, index - lineStart + 1);
    }

    /// <summary>The 1-based line and column of <paramref name="target"/> inside <paramref name="fragment"/>, which must occur exactly once.</summary>
    public static (int Line, int Column) Locate(string text, string fragment, string target)
    {
        var offset = fragment.IndexOf(target, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{target}' is not part of '{fragment}'");
        var (line, column) = Locate(text, fragment);
        Assert.DoesNotContain('\n', fragment[..offset]);
        return (line, column + offset);
    }

    private static int Occurrences(string text, string fragment)
    {
        var count = 0;
        for (var at = text.IndexOf(fragment, StringComparison.Ordinal); at >= 0; at = text.IndexOf(fragment, at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
