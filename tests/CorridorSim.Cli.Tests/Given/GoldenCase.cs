using System.Globalization;

namespace CorridorSim.Cli.Tests.Given;

/// <summary>
/// One recorded run of the baseline: its command-line options and the CSV files it must write, kept under
/// <c>Golden/&lt;Name&gt;/</c>. Two cases keep the recorded files small: a longer horizon without the
/// per-consignment files, its big table written as Parquet (the default) and recorded as the CSV it reads
/// back to; and a few days with them, written with <c>--table-format csv</c>.
/// </summary>
public sealed record GoldenCase(string Name, int HorizonDays, int WarmupDays, string Consignments, string TableFormat, IReadOnlyList<string> Csv, IReadOnlyList<string> Parquet)
{
    public static readonly GoldenCase Baseline45Days = new("baseline-45d", 45, 10, "none", "parquet", ResultFiles.RunCsvWithoutConsignments, ResultFiles.RunParquetFiles(withConsignments: false));

    public static readonly GoldenCase Baseline6DaysWithConsignments = new("baseline-6d-consignments", 6, 1, "first", "csv", ResultFiles.RunCsvInCsvFormat(withConsignments: true), []);

    public static readonly IReadOnlyList<GoldenCase> All = [Baseline45Days, Baseline6DaysWithConsignments];

    public const int Replications = 2;

    public const int Threads = 2;

    /// <summary>Set to <c>1</c> to rewrite the recorded files from this build's output (on purpose only).</summary>
    public const string UpdateVariable = "CORRIDORSIM_UPDATE_GOLDEN";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public string RecordedFolder => RepositoryPaths.Golden(Name);

    public string[] Arguments(string outFolder) =>
    [
        "run", RepositoryPaths.Baseline,
        .. Corridorsim.Short(HorizonDays, WarmupDays, Replications),
        "--threads", Threads.ToString(CultureInfo.InvariantCulture),
        "--consignments", Consignments,
        "--table-format", TableFormat,
        "--out", outFolder,
    ];

    public static GoldenCase Named(string name) => All.Single(c => c.Name == name);
}
