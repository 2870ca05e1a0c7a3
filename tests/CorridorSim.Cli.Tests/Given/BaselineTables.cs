namespace CorridorSim.Cli.Tests.Given;

/// <summary>
/// One short run of the baseline (60 days, 10 of warm-up, two replications, every consignment recorded),
/// made once for the tests of a class that check its tables against one another.
/// </summary>
public sealed class BaselineTables : IDisposable
{
    public const int HorizonDays = 60;

    public const int WarmupDays = 10;

    public const int Replications = 2;

    private readonly TempFolder _temp = new();
    private readonly Lazy<string> _folder;

    public BaselineTables()
    {
        _folder = new Lazy<string>(() =>
        {
            var folder = _temp.Combine("baseline");
            var result = Corridorsim.Run(["run", RepositoryPaths.Baseline, .. Corridorsim.Short(HorizonDays, WarmupDays, Replications),
                "--consignments", "all", "--quiet", "--out", folder]);
            Assert.True(result.ExitCode == 0, result.ToString());
            return folder;
        });
    }

    /// <summary>Years of the measurement window, as the per-year KPIs count them.</summary>
    public static double WindowYears => (HorizonDays - WarmupDays) / 365.0;

    /// <summary>The run's result folder.</summary>
    public string Folder => _folder.Value;

    /// <summary>A CSV table of the folder.</summary>
    public CsvTable Csv(string name) => CsvTable.Read(Path.Combine(Folder, name));

    /// <summary>A Parquet table of the folder, row by row.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Parquet(string name) => ParquetText.Records(Path.Combine(Folder, name));

    public void Dispose() => _temp.Dispose();
}
