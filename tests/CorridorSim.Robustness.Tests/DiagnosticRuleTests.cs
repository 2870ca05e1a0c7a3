using CorridorSim.Robustness.Tests.Fuzzing;
using CorridorSim.Scenarios;

namespace CorridorSim.Robustness.Tests;

/// <summary>The location rule the fuzz tests hold every loader error to, and that it can be broken.</summary>
public class DiagnosticRuleTests
{
    private static readonly string[] Files = ["s.yaml"];

    private static string? Judge(int line, string keyPath, string message, string file = "s.yaml") =>
        DiagnosticRule.Violation(new ScenarioDiagnostic(file, line, line == 0 ? 0 : 3, keyPath, message, null, null), Files);

    [Fact]
    public void Violation_ErrorWithLineAndKeyPath_IsNone() => Assert.Null(Judge(4, "ports.aktau.ferry_berths", "-2 is not allowed"));

    [Fact]
    public void Violation_FileLevelErrorWithoutLine_IsNone() => Assert.Null(Judge(0, "", "is 10.5 MB; scenario files are limited to 10 MB"));

    [Fact]
    public void Violation_SyntaxErrorWithoutKeyPath_IsNone() => Assert.Null(Judge(7, "", "malformed YAML: did not find expected key"));

    [Fact]
    public void Violation_KeyErrorWithoutLine_IsReported() => Assert.NotNull(Judge(0, "ports.aktau.ferry_berths", "-2 is not allowed"));

    [Fact]
    public void Violation_KeyErrorWithoutKeyPath_IsReported() => Assert.NotNull(Judge(4, "", "-2 is not allowed"));

    [Fact]
    public void Violation_FileNotAmongThoseRead_IsReported() => Assert.NotNull(Judge(4, "seed", "'x' is not allowed", file: "other.yaml"));

    [Fact]
    public void Violation_InvisibleCharacterTheMessageDoesNotName_IsReported() =>
        Assert.NotNull(Judge(4, "ports.aktau.ferry\u00a0berths", "unknown key 'ferry\u00a0berths'"));

    [Fact]
    public void Violation_InvisibleCharacterTheMessageNames_IsNone() =>
        Assert.Null(Judge(4, "ports.aktau.ferry\u00a0berths", "unknown key 'ferry\u00a0berths' (it holds the invisible character U+00A0)"));
}
