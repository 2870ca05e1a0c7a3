using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// Output sent to a file or another program (a CI log, an editor's build task) is read line by line: a
/// diagnostic must stay on one line there, <c>file:line:col: key.path: message</c>, however long.
/// </summary>
public sealed class RedirectedOutputTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Validate_OutputRedirected_KeepsEachDiagnosticOnOneLine()
    {
        // Given a broken scenario in a folder with a long name, so a diagnostic is far wider than 80 columns
        var folder = _temp.Combine("a-folder-name-long-enough-to-push-a-diagnostic-past-eighty-columns");
        Directory.CreateDirectory(folder);
        var text = ScenarioText.BaselineWith("    vessels: 9 ", "    vesels: 9 ");
        var path = Path.Combine(folder, "unknown-key.yaml");
        File.WriteAllText(path, text);

        // When it is validated by a process whose output is redirected
        using var child = ChildCli.Start(_temp.Path, "validate", path);
        Assert.True(child.WaitForExit(Bound), $"no exit within {Bound.TotalSeconds} s:\n{child.Output}");

        // Then the whole diagnostic, location to suggestion, is one line
        Assert.True(child.ExitCode == 2, $"exit {child.ExitCode}\n{child.Output}");
        var (line, column) = ScenarioText.Locate(text, "vesels: 9");
        var expected = $"error: {path}:{line}:{column}: sea_services.kuryk_alat_ferry.vesels: unknown key 'vesels' (did you mean 'vessels'?); expected one of";
        Assert.Contains(child.Output.Split('\n'), l => l.StartsWith(expected, StringComparison.Ordinal) && l.TrimEnd().EndsWith("transships_wagons", StringComparison.Ordinal));
    }
}
