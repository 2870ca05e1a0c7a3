namespace CorridorSim.Scenarios.Yaml;

/// <summary>Where a value was written: a file (or <c>--set</c>) and a 1-based line and column (0 when unknown).</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation FileOnly(string file) => new(file, 0, 0);

    public static SourceLocation At(string file, YamlDotNet.Core.Mark mark) =>
        new(file, (int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));
}
