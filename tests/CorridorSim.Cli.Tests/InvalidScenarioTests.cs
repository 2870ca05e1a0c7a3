using System.Text;
using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// One broken scenario file per kind of mistake. Each run ends with exit code 2, names the file,
/// line, column and key path (<c>file:line:col: key.path: …</c>) and what is wrong, shows no stack trace, and
/// leaves neither a result folder nor a temporary folder.
/// </summary>
public sealed class InvalidScenarioTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void UnknownKey_Misspelt_ReportedWhereWrittenWithSuggestion()
    {
        // Given the Kuryk ferry's "vessels" misspelt "vesels"
        var text = ScenarioText.BaselineWith("    vessels: 9 ", "    vesels: 9 ");

        // When it is run
        var (file, result) = RunBroken("unknown-key.yaml", text);

        // Then the misspelt key is named where it was written, with the key it probably meant
        AssertReported(result, file, ScenarioText.Locate(text, "vesels: 9"), "sea_services.kuryk_alat_ferry.vesels",
            "unknown key 'vesels' (did you mean 'vessels'?)");
    }

    [Fact]
    public void WrongType_TextForWholeNumber_ReportedAtTheValue()
    {
        var text = ScenarioText.BaselineWith("    vessels: 9 ", "    vessels: nine ");

        var (file, result) = RunBroken("wrong-type.yaml", text);

        AssertReported(result, file, ScenarioText.Locate(text, "vessels: nine", "nine"), "sea_services.kuryk_alat_ferry.vessels",
            "'nine' is not a number; expected a whole number");
    }

    [Fact]
    public void NegativeTime_SailingHours_ReportedAsNotAllowed()
    {
        const string sailing = "sailing_hours: { dist: triangular, min: 16, mode: 18, max: 24 }";
        var text = ScenarioText.BaselineWith(sailing, "sailing_hours: -5");

        var (file, result) = RunBroken("negative-time.yaml", text);

        AssertReported(result, file, ScenarioText.Locate(text, "sailing_hours: -5", "-5"), "sea_services.kuryk_alat_ferry.sailing_hours",
            "-5 is not allowed; expected a number ≥ 0");
    }

    [Fact]
    public void Distribution_MinAboveMax_ReportedAtMin()
    {
        const string sailing = "sailing_hours: { dist: triangular, min: 16, mode: 18, max: 24 }";
        var text = ScenarioText.BaselineWith(sailing, "sailing_hours: { dist: uniform, min: 30, max: 20 }");

        var (file, result) = RunBroken("min-above-max.yaml", text);

        AssertReported(result, file, ScenarioText.Locate(text, "min: 30, max: 20", "30"), "sea_services.kuryk_alat_ferry.sailing_hours.min",
            "min 30 is not below max 20");
    }

    [Fact]
    public void FacilityReference_Unknown_ReportedWithNearestName()
    {
        var text = ScenarioText.BaselineWith("    from: dubendi\n", "    from: dubendy\n");

        var (file, result) = RunBroken("unknown-facility.yaml", text);

        AssertReported(result, file, ScenarioText.Locate(text, "from: dubendy", "dubendy"), "rail_legs.dubendi_btc_pipeline.from",
            "no facility is named 'dubendy' (did you mean 'dubendi'?)");
    }

    [Fact]
    public void Flow_WithoutRoutes_ReportedAsHavingNoRoute()
    {
        // Given the eastbound trucks' only route deleted
        var text = ScenarioText.BaselineWith(
            "    routes:\n      - name: via_kuryk\n        via: [europe_export, alat, kuryk, kazakhstan_import]\n", "");

        var (file, result) = RunBroken("no-route.yaml", text);

        AssertReported(result, file, ScenarioText.Locate(text, "name: trucks_east"), "flows.trucks_east.routes",
            "the flow 'trucks_east' has no route");
    }

    [Fact]
    public void Flow_RouteThroughUnjoinedFacilities_ReportedAsNoWay()
    {
        // Given the road from Europe to Alat deleted, so the eastbound trucks' route has no way from its origin
        var text = ScenarioText.BaselineWith(
            "  - name: alat_europe_export_road    # eastbound only: Europe to Alat\n    from: alat\n    to: europe_export\n"
            + "    travel_hours: { dist: triangular, min: 120, mode: 168, max: 240 } # estimate, as alat_europe_road\n", "");

        var (file, result) = RunBroken("no-way.yaml", text);

        AssertReported(result, file, ScenarioText.Locate(text, "[europe_export, alat, kuryk, kazakhstan_import]", "alat"),
            "flows.trucks_east.routes.via_kuryk.via[1]", "no way for a truck from 'europe_export' to 'alat'");
    }

    [Fact]
    public void Extends_Cycle_ReportedAtTheExtendsThatClosesIt()
    {
        // Given a.yaml extending b.yaml, which extends a.yaml
        _temp.Write("b.yaml", "extends: a.yaml\nname: b\n");
        var (_, result) = RunBroken("a.yaml", "extends: b.yaml\nname: a\n");

        // Then the extends of b.yaml is named, with the whole cycle
        AssertReported(result, _temp.Combine("b.yaml"), (1, 10), "extends", "extends cycle:");
        Assert.Contains($"{_temp.Combine("a.yaml")} → {_temp.Combine("b.yaml")} → {_temp.Combine("a.yaml")}", result.Output);
    }

    [Fact]
    public void MalformedYaml_UnclosedList_ReportedAtTheBracket()
    {
        var text = ScenarioText.BaselineWith("    vessels: 9 ", "    vessels: [9 ");

        var (file, result) = RunBroken("malformed.yaml", text);

        var (line, column) = ScenarioText.Locate(text, "vessels: [9", "[");
        Assert.Contains($"{file}:{line}:{column}: malformed YAML", result.Output);
    }

    [Fact]
    public void InvalidUtf8_LatinOneByte_ReportedAtTheByte()
    {
        // Given the baseline with one Latin-1 byte (é = 0xE9) in its description
        const string before = "description: \"The 2024 Middle Corridor";
        var text = ScenarioText.Baseline;
        var at = text.IndexOf(before, StringComparison.Ordinal) + before.Length;
        byte[] bytes = [.. Encoding.UTF8.GetBytes(text[..at]), 0xE9, .. Encoding.UTF8.GetBytes(text[at..])];
        var path = _temp.Combine("latin1.yaml");
        File.WriteAllBytes(path, bytes);

        // When it is run
        var result = RunBrokenFile(path);

        // Then the byte is named by line and column
        var (line, column) = ScenarioText.Locate(text, before);
        Assert.Contains($"{path}:{line}:{column + before.Length}: the file is not valid UTF-8: byte 0xE9", result.Output);
    }

    [Fact]
    public void File_OverTenMegabytes_RefusedWithTheLimit()
    {
        // Given the baseline padded with comments to just over 10 MB
        var path = _temp.Combine("huge.yaml");
        using (var writer = new StreamWriter(path))
        {
            writer.Write(ScenarioText.Baseline);
            var padding = "# padding " + new string('x', 1013) + "\n";
            for (var written = 0L; written <= 10L * 1024 * 1024; written += padding.Length) writer.Write(padding);
        }

        // When it is run
        var result = RunBrokenFile(path);

        // Then it is refused as a whole, with the limit, before anything is parsed
        Assert.Contains($"{path}: is 10.0 MB; scenario files are limited to 10 MB", result.Output);
    }

    [Fact]
    public void Number_NaN_ReportedAsNotFinite()
    {
        var text = ScenarioText.BaselineWith("capacity_tonnes: 10000 ", "capacity_tonnes: .nan ");

        var (file, result) = RunBroken("nan.yaml", text);

        AssertReported(result, file, ScenarioText.Locate(text, "capacity_tonnes: .nan", ".nan"),
            "sea_services.aktau_dubendi_tanker.capacity_tonnes", ".nan is not a finite number");
    }

    [Fact]
    public void Scenario_SeveralMistakes_AllReportedAtOnce()
    {
        // Given two unrelated mistakes in one file
        var text = ScenarioText.BaselineWith("    vessels: 9 ", "    vessels: nine ")
            .Replace("capacity_tonnes: 10000 ", "capacity_tonnes: .nan ", StringComparison.Ordinal);

        var (file, result) = RunBroken("two-mistakes.yaml", text);

        // Then both are reported, and the count
        Assert.Contains($"{file}:{ScenarioText.Locate(text, "vessels: nine", "nine").Line}:", result.Output);
        Assert.Contains($"{file}:{ScenarioText.Locate(text, "capacity_tonnes: .nan").Line}:", result.Output);
        Assert.Contains("2 errors; nothing was run.", result.Output);
    }

    private (string File, CliResult Result) RunBroken(string fileName, string text)
    {
        var path = _temp.Write(fileName, text);
        return (path, RunBrokenFile(path));
    }

    /// <summary>Runs the file into an --out beside it and checks what every invalid scenario must give: exit 2, no trace, no folder.</summary>
    private CliResult RunBrokenFile(string path)
    {
        var entriesBefore = _temp.Entries();
        var result = Corridorsim.Run(["run", path, .. Corridorsim.Short(2, 0, 1), "--out", _temp.Combine("out")]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.False(result.ShowsStackTrace, result.Output);
        Assert.Equal(entriesBefore, _temp.Entries());
        return result;
    }

    private static void AssertReported(CliResult result, string file, (int Line, int Column) at, string keyPath, string words)
    {
        var expected = $"{file}:{at.Line}:{at.Column}: {keyPath}: ";
        var line = result.Output.Split('\n').FirstOrDefault(l => l.Contains(expected, StringComparison.Ordinal));
        Assert.True(line is not null, $"expected a line with '{expected}' in:\n{result.Output}");
        Assert.Contains(words, line);
    }
}
