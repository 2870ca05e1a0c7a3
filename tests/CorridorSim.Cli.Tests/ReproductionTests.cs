using System.Text.Json;
using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// Reproducibility and threads (README, "What a run writes" and "How it is built"): the CSV files of a run are byte-identical when its
/// <c>scenario.resolved.yaml</c> is run again with the manifest's seed and replications, and whatever the
/// number of threads.
/// </summary>
public sealed class ReproductionTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ResolvedScenario_RunAgainWithManifestSeedAndReplications_GivesIdenticalCsvFiles()
    {
        // Given a run of the baseline with its seed and replications overridden on the command line
        var first = _temp.Combine("first");
        var original = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(12, 3, 3), "--seed", "77", "--threads", "2", "--out", first]);
        Assert.True(original.ExitCode == 0, original.ToString());

        // When its resolved scenario is run again with the seed and replications its manifest records
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(first, "manifest.json")));
        var seed = manifest.RootElement.GetProperty("seed").GetUInt64();
        var replications = manifest.RootElement.GetProperty("replications").GetInt32();
        Assert.Equal((77UL, 3), (seed, replications));
        var again = _temp.Combine("again");
        var rerun = Corridorsim.Run("run", Path.Combine(first, "scenario.resolved.yaml"), "--seed", seed.ToString(), "--replications",
            replications.ToString(), "--threads", "2", "--quiet", "--out", again);

        // Then every table, CSV and Parquet, is the same, byte for byte
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(ResultFiles.RunCsv.Order(StringComparer.Ordinal), ResultFiles.CsvIn(again));
        Assert.Equal(ResultFiles.RunParquet.Order(StringComparer.Ordinal), ResultFiles.ParquetIn(again));
        ResultFiles.AssertIdentical(first, again, ResultFiles.RunTables);
    }

    [Fact]
    public void Run_OneThreadAgainstTwo_GivesIdenticalCsvFiles()
    {
        // Given the same short baseline run with four replications, its big tables written as CSV
        string[] common = ["run", RepositoryPaths.Baseline, .. Corridorsim.Short(12, 3, 4), "--consignments", "all", "--table-format", "csv"];

        // When it runs on one thread and on two
        var oneThread = Corridorsim.Run([.. common, "--threads", "1", "--out", _temp.Combine("t1")]);
        var twoThreads = Corridorsim.Run([.. common, "--threads", "2", "--out", _temp.Combine("t2")]);

        // Then every CSV file is the same, byte for byte, the per-consignment files of all replications included
        Assert.True(oneThread.ExitCode == 0, oneThread.ToString());
        Assert.True(twoThreads.ExitCode == 0, twoThreads.ToString());
        var csv = ResultFiles.RunCsvInCsvFormat(withConsignments: true);
        Assert.Equal(csv.Order(StringComparer.Ordinal), ResultFiles.CsvIn(_temp.Combine("t1")));
        ResultFiles.AssertIdentical(_temp.Combine("t1"), _temp.Combine("t2"), csv);
        var replicationsInStages = File.ReadLines(_temp.Combine("t2", "stages.csv")).Skip(1).Select(l => l[..l.IndexOf(',')]).Distinct();
        Assert.Equal(["0", "1", "2", "3"], replicationsInStages);
    }

    [Fact]
    public void Run_OneThreadAgainstTwo_ParquetTablesHoldTheCsvRowsAndIdenticalBytes()
    {
        // Given the same short baseline run with four replications, its big tables as Parquet (the default)
        string[] common = ["run", RepositoryPaths.Baseline, .. Corridorsim.Short(12, 3, 4), "--consignments", "all"];

        // When it runs on one thread and on two, and once more with its big tables as CSV
        var oneThread = Corridorsim.Run([.. common, "--threads", "1", "--out", _temp.Combine("p1")]);
        var twoThreads = Corridorsim.Run([.. common, "--threads", "2", "--out", _temp.Combine("p2")]);
        var asCsv = Corridorsim.Run([.. common, "--threads", "2", "--table-format", "csv", "--out", _temp.Combine("c")]);

        // Then both Parquet folders read back to the CSV variant's rows, one row group per replication,
        // and their Parquet files are byte-identical too (Parquet.Net writes no time or random id)
        Assert.True(oneThread.ExitCode == 0, oneThread.ToString());
        Assert.True(twoThreads.ExitCode == 0, twoThreads.ToString());
        Assert.True(asCsv.ExitCode == 0, asCsv.ToString());
        Assert.Equal(ResultFiles.RunParquet.Order(StringComparer.Ordinal), ResultFiles.ParquetIn(_temp.Combine("p1")));
        ResultFiles.AssertSameRows(_temp.Combine("c"), _temp.Combine("p1"), ResultFiles.RunParquet);
        ResultFiles.AssertSameRows(_temp.Combine("c"), _temp.Combine("p2"), ResultFiles.RunParquet);
        Assert.All(ResultFiles.RunParquet, f => Assert.Equal(4, ParquetText.RowGroupSizes(_temp.Combine("p2", f)).Count));
        ResultFiles.AssertIdentical(_temp.Combine("p1"), _temp.Combine("p2"), ResultFiles.RunTables);
    }
}
