using System.Globalization;
using System.Text.RegularExpressions;
using CorridorSim.Cli.Tests.Given;
using DuckDB.NET.Data;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// The README's example SQL, run as written by DuckDB (DuckDB.NET) on a baseline run's Parquet tables,
/// against the same answer worked out from the rows read back without DuckDB.
/// </summary>
public partial class DuckDbQueryTests(BaselineTables run) : IClassFixture<BaselineTables>
{
    [Fact]
    public void ReadmeQuery_MeanBerthWaitAtAlatByMonth_IsTheWaitOfTheUnloadingStagesThere()
    {
        // Given the README's query, pointed at the run's folder
        var sql = ReadmeSql()
            .Replace("'stages.parquet'", $"'{Path.Combine(run.Folder, "stages.parquet")}'", StringComparison.Ordinal)
            .Replace("'consignments.parquet'", $"'{Path.Combine(run.Folder, "consignments.parquet")}'", StringComparison.Ordinal);

        // When DuckDB answers it
        var answer = new List<(int Month, double MeanWait, long Units)>();
        using (var connection = new DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
                answer.Add((reader.GetInt32(0), reader.GetDouble(1), reader.GetInt64(2)));
        }

        // Then it is, month by month, the mean wait of the westbound unloading stages on the services to Alat
        var westbound = run.Parquet("consignments.parquet").Where(c => c["direction"] == "westbound")
            .Select(c => (c["replication"], c["id"])).ToHashSet();
        var expected = run.Parquet("stages.parquet")
            .Where(s => s["stage"] == "unloading" && s["facility"].Contains("alat", StringComparison.Ordinal) && westbound.Contains((s["replication"], s["id"])))
            .GroupBy(s => (int)Math.Floor(N(s["arrived_hours"]) / 730))
            .OrderBy(g => g.Key)
            .Select(g => (Month: g.Key, MeanWait: g.Average(s => N(s["wait_hours"])), Units: (long)g.Count()))
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => (e.Month, e.Units)), answer.Select(a => (a.Month, a.Units)));
        Assert.All(expected.Zip(answer), p => Assert.Equal(p.First.MeanWait, p.Second.MeanWait, 6));
    }

    private static string ReadmeSql()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var block = SqlBlock().Match(readme);
        Assert.True(block.Success, "README.md shows no ~~~sql block");
        return block.Groups[1].Value;
    }

    private static double N(string field) => double.Parse(field, CultureInfo.InvariantCulture);

    [GeneratedRegex("~~~sql\n(.*?)~~~", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
