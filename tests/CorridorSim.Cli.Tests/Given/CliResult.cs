using System.Text.RegularExpressions;

namespace CorridorSim.Cli.Tests.Given;

/// <summary>How one command line ended: its exit code and everything it printed.</summary>
public sealed partial record CliResult(int ExitCode, string Output)
{
    /// <summary>True when the output holds a .NET stack frame (<c>   at Namespace.Type.Method(</c>) or an exception's type name.</summary>
    public bool ShowsStackTrace => StackFrame().IsMatch(Output) || Output.Contains("Exception:", StringComparison.Ordinal);

    public override string ToString() => $"exit {ExitCode}\n{Output}";

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
