using System.Text;
using CorridorSim.Robustness.Tests.Fuzzing;
using CorridorSim.Scenarios;

namespace CorridorSim.Robustness.Tests;

/// <summary>The fuzzer's file damage does what it says: each kind gets the loader's matching, located error.</summary>
public sealed class FuzzCaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-fuzzcase-").FullName;

    public FuzzCaseTests()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Scenarios, "*.yaml"))
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(FileMutation damage, int where = 0, string scenario = "baseline-2024.yaml") =>
        new FuzzCase(scenario, [], damage, where, 20, 0).WriteTo(_folder, "case");

    [Fact]
    public void WriteTo_NoEditsNoDamage_IsTheBundledFileByteForByte()
    {
        var path = Write(FileMutation.None);

        Assert.Equal(File.ReadAllBytes(RepositoryPaths.Scenario("baseline-2024.yaml")), File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData(FileMutation.ExtendsItself, "extends cycle", "extends")]
    [InlineData(FileMutation.ExtendsCycleOfTwo, "extends cycle", "extends")]
    [InlineData(FileMutation.ExtendsCycleOfThree, "extends cycle", "extends")]
    [InlineData(FileMutation.ExtendsMissingFile, "file not found", "extends")]
    [InlineData(FileMutation.ExtendsFolder, "is a folder", "extends")]
    [InlineData(FileMutation.InvalidUtf8, "not valid UTF-8", "")]
    [InlineData(FileMutation.Utf16, "UTF-16", "")]
    [InlineData(FileMutation.NulByte, "U+0000", "")]
    public void Damage_OfTheBaseline_IsRejectedWithItsOwnLocatedError(FileMutation damage, string message, string keyPath)
    {
        // Given the baseline damaged as a file
        var path = Write(damage, where: 5000);

        // When it is loaded
        var result = ScenarioLoader.Load(path);

        // Then one error says what is wrong, where
        var error = Assert.Single(result.Errors);
        Assert.Contains(message, error.Message);
        Assert.Equal(keyPath, error.KeyPath);
        Assert.True(error.Line >= 1, error.ToString());
        Assert.Null(DiagnosticRule.Violation(error, result.SourceFiles));
    }

    [Fact]
    public void OverSizeLimit_IsRejectedAsAWholeFileWithoutALine()
    {
        var path = Write(FileMutation.OverSizeLimit);

        var error = Assert.Single(ScenarioLoader.Load(path).Errors);

        Assert.True(new FileInfo(path).Length > ScenarioLimits.MaxFileBytes);
        Assert.Contains("limited to 10 MB", error.Message);
        Assert.Equal((0, 0, ""), (error.Line, error.Column, error.KeyPath));
    }

    [Fact]
    public void Truncated_InsideAMultiByteCharacter_IsRejectedAsNotUtf8()
    {
        // Given the baseline cut after the first byte of its first non-ASCII character
        var bytes = File.ReadAllBytes(RepositoryPaths.Scenario("baseline-2024.yaml"));
        var firstWide = Array.FindIndex(bytes, b => b >= 0x80);

        var error = Assert.Single(ScenarioLoader.Load(Write(FileMutation.Truncated, where: firstWide + 1)).Errors);

        Assert.Contains("not valid UTF-8", error.Message);
        Assert.Equal(Encoding.UTF8.GetString(bytes[..firstWide]).Count(c => c == '\n') + 1, error.Line);
    }

    [Fact]
    public void Utf8ByteOrderMark_StillLoads()
    {
        var path = Write(FileMutation.Utf8ByteOrderMark, scenario: "digital-customs.yaml");

        var result = ScenarioLoader.Load(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }
}
