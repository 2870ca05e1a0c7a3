using System.Collections.Concurrent;

namespace CorridorSim.Cli.Tests.Given;

/// <summary>Runs each golden case once for all the tests of a class that read its result folder.</summary>
public sealed class GoldenRuns : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ConcurrentDictionary<string, Lazy<GoldenRun>> _runs = new();

    public GoldenRun Of(GoldenCase goldenCase) =>
        _runs.GetOrAdd(goldenCase.Name, _ => new Lazy<GoldenRun>(() => Run(goldenCase))).Value;

    public void Dispose() => _temp.Dispose();

    private GoldenRun Run(GoldenCase goldenCase)
    {
        var folder = _temp.Combine(goldenCase.Name);
        var arguments = goldenCase.Arguments(folder);
        var before = DateTimeOffset.UtcNow;
        var result = Corridorsim.Run(arguments);
        return new GoldenRun(goldenCase, arguments, result, folder, before, DateTimeOffset.UtcNow);
    }
}

/// <summary>A golden case as this build ran it: the command line, how it ended, and where its results are.</summary>
public sealed record GoldenRun(GoldenCase Case, string[] Arguments, CliResult Result, string Folder, DateTimeOffset StartedAfter, DateTimeOffset EndedBefore);
