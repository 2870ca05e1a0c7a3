using System.Text;

namespace CorridorSim.Scenarios.Tests;

/// <summary>Input that is not a scenario at all: each is an error with a place, never an exception.</summary>
public sealed class RobustnessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-robustness-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void MissingFile_IsReportedByName()
    {
        var path = Path.Combine(_folder, "nowhere.yaml");

        var result = ScenarioLoader.Load(path, []);

        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.File);
        Assert.Contains("file not found", error.Message);
        Assert.Equal([path], result.SourceFiles);
    }

    [Fact]
    public void Folder_InsteadOfFile_IsReported()
    {
        var error = Assert.Single(ScenarioLoader.Load(_folder, []).Errors);

        Assert.Contains("is a folder", error.Message);
    }

    [Fact]
    public void MalformedYaml_GivesTheParsersLineAndColumn()
    {
        var yaml = TinyScenario.With("vessels: 4", "vessels: [4");

        var error = Assert.Single(TinyScenario.Load(yaml).Errors);

        Assert.StartsWith("malformed YAML", error.Message);
        Assert.Equal(TinyScenario.Path, error.File);
        Assert.True(error.Line >= TinyScenario.Locate(yaml, "[4").Line, error.ToString());
    }

    [Fact]
    public void TabIndentation_IsMalformed()
    {
        var error = Assert.Single(TinyScenario.Load("name: x\n\tseed: 2\n").Errors);

        Assert.StartsWith("malformed YAML", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void InvalidUtf8_GivesLineAndColumnOfTheBadByte()
    {
        // Given a valid scenario whose third line holds a Latin-1 "é"
        var text = Encoding.UTF8.GetBytes("name: tiny\nseed: 1\ndescription: caf");
        var path = WriteBytes("latin1.yaml", [.. text, 0xE9, (byte)'\n']);

        var error = Assert.Single(ScenarioLoader.Load(path, []).Errors);

        Assert.Equal((3, 17), (error.Line, error.Column));
        Assert.Contains("not valid UTF-8", error.Message);
        Assert.Equal("0xE9", error.BadValue);
    }

    [Fact]
    public void Utf16File_IsRecognised()
    {
        var path = WriteBytes("utf16.yaml", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("name: x\n")).ToArray());

        var error = Assert.Single(ScenarioLoader.Load(path, []).Errors);

        Assert.Contains("UTF-16", error.Message);
    }

    [Fact]
    public void Utf8ByteOrderMark_IsAccepted()
    {
        var path = WriteBytes("bom.yaml", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(TinyScenario.Yaml)]);

        Assert.True(ScenarioLoader.Load(path, []).Succeeded);
    }

    [Fact]
    public void OversizedFile_IsRefusedBeforeReading()
    {
        var path = Path.Combine(_folder, "huge.yaml");
        using (var stream = File.Create(path)) stream.SetLength(ScenarioLimits.MaxFileBytes + 1);

        var error = Assert.Single(ScenarioLoader.Load(path, []).Errors);

        Assert.Contains("limited to 10 MB", error.Message);
    }

    [Fact]
    public void OversizedText_IsRefused()
    {
        var yaml = "description: " + new string('x', (int)ScenarioLimits.MaxFileBytes);

        var error = Assert.Single(TinyScenario.Load(yaml).Errors);

        Assert.Contains("limited to 10 MB", error.Message);
    }

    [Fact]
    public void EmptyFile_HoldsNoScenario()
    {
        var error = Assert.Single(TinyScenario.Load("").Errors);

        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void ListAtTheTop_IsNotAScenario()
    {
        var error = Assert.Single(TinyScenario.Load("- a\n- b\n").Errors);

        Assert.Contains("the document is a list", error.Message);
    }

    [Fact]
    public void NulCharacter_IsRejectedWhereItStands()
    {
        var error = Assert.Single(TinyScenario.Load("name: x\nseed: 1\0 trailing\n").Errors);

        Assert.Equal((2, 8), (error.Line, error.Column));
        Assert.Contains("U+0000", error.Message);
    }

    [Fact]
    public void TwoDocuments_AreRejected()
    {
        var error = Assert.Single(TinyScenario.Load("name: a\n---\nname: b\n").Errors);

        Assert.Contains("more than one YAML document", error.Message);
    }

    [Fact]
    public void DuplicateKey_IsRejectedWithBothLines()
    {
        var error = Assert.Single(TinyScenario.Load("name: a\nseed: 1\nname: b\n").Errors);

        Assert.Equal(3, error.Line);
        Assert.Contains("appears twice", error.Message);
        Assert.Contains("line 1", error.Message);
    }

    [Fact]
    public void DeepNesting_IsRefused()
    {
        var yaml = "name: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        var error = Assert.Single(TinyScenario.Load(yaml).Errors);

        Assert.Contains("nested more than", error.Message);
    }

    [Fact]
    public void BillionLaughs_AreRefused()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++) yaml.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");

        var error = Assert.Single(TinyScenario.Load(yaml.ToString()).Errors);

        Assert.Contains("expands to more than", error.Message);
    }

    [Fact]
    public void UnsupportedTag_IsRejected()
    {
        var error = Assert.Single(TinyScenario.Load("name: !!binary aGVsbG8=\n").Errors);

        Assert.Contains("tag", error.Message);
    }

    [Fact]
    public void AliasToAnchor_SharesAValue()
    {
        var yaml = TinyScenario.With("ferry_load_hours: 8", "ferry_load_hours: *load").Replace("ferry_load_hours: {", "ferry_load_hours: &load {");

        var result = TinyScenario.Load(yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(result.Spec!.Ports[0].Berth(Corridor.Spec.BerthKind.Ferry).HandlingHours, result.Spec.Ports[1].Berth(Corridor.Spec.BerthKind.Ferry).HandlingHours);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad\0name.yaml")]
    public void UnusablePath_IsAnError(string path)
    {
        var error = Assert.Single(ScenarioLoader.Load(path, []).Errors);

        Assert.Contains("not a usable file path", error.Message);
    }

    [Fact]
    public void ThousandsOfMistakes_AreCappedWithACount()
    {
        // Given a scenario followed by 100,000 unknown keys and a flow with 20,000 unknown facilities
        var yaml = new StringBuilder(TinyScenario.Yaml.Replace("via: [kazakhstan, aktau, alat, azerbaijan]", "via: [kazakhstan, " + string.Join(", ", Enumerable.Range(0, 20_000).Select(i => $"f{i}")) + ", azerbaijan]"));
        for (var i = 0; i < 100_000; i++) yaml.Append($"key_{i}: {i}\n");

        var errors = TinyScenario.Load(yaml.ToString()).Errors;

        Assert.Equal(501, errors.Count);
        Assert.Contains("more errors, not listed", errors[^1].Message);
    }
}
