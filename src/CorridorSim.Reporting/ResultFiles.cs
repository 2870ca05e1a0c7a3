namespace CorridorSim.Reporting;

/// <summary>
/// Every file a result folder can hold: its name, which command writes it, whether it is optional and what
/// it holds. The folder writers take their file names from here, the tests check the folders they write
/// against it, and a README test checks the README's "What a run writes" table against it.
/// </summary>
/// <remarks>
/// A comparison or sweep also holds one sub-folder per scenario or point, written as <c>corridorsim run</c>
/// would write that scenario's folder; this list names the files at the top of each kind of folder.
/// </remarks>
public static class ResultFiles
{
    private const ResultCommand Every = ResultCommand.Run | ResultCommand.Compare | ResultCommand.Sweep;

    /// <summary><c>report.md</c>: the answer in words and numbers, then the tables and charts.</summary>
    public static ResultFile Report { get; } = new("report.md", Every, false, "the answer in words and numbers, the KPI table, the charts and how to reproduce the run");

    /// <summary>
    /// <c>report.html</c>: the report as one self-contained page (map, charts, tables) that opens from disk.
    /// Every run and the top of every comparison and sweep have one; a sweep's points only up to
    /// <see cref="SweepReport.MaxPointPages"/> points.
    /// </summary>
    public static ResultFile Html { get; } = new("report.html", Every, false, "the report as one page that opens from disk: the answer, a map of the corridor, the KPI table and charts");

    /// <summary><c>summary.csv</c>.</summary>
    public static ResultFile Summary { get; } = new("summary.csv", ResultCommand.Run, false, "each KPI's mean, 95% interval and range over the replications");

    /// <summary><c>replications.csv</c>.</summary>
    public static ResultFile Replications { get; } = new("replications.csv", ResultCommand.Run, false, "each replication's seed and KPIs");

    /// <summary><c>nodes.csv</c>.</summary>
    public static ResultFile Nodes { get; } = new("nodes.csv", ResultCommand.Run, false, "what each facility did in each replication");

    /// <summary><c>bottlenecks.csv</c>.</summary>
    public static ResultFile Bottlenecks { get; } = new("bottlenecks.csv", ResultCommand.Run, false, "what cargo waited for, ranked by its share of all waiting");

    /// <summary><c>timeseries.csv</c>.</summary>
    public static ResultFile Timeseries { get; } = new("timeseries.parquet", ResultCommand.Run, false, "queues and busy capacity at the end of every day", IsBigTable: true);

    /// <summary><c>sailings.csv</c>, for the replications <c>--consignments first|all</c> records.</summary>
    public static ResultFile Sailings { get; } = new("sailings.csv", ResultCommand.Run, true, "every departure of a vessel: units aboard, load factor and waits at the port");

    /// <summary><c>trains.csv</c>, for the replications <c>--consignments first|all</c> records.</summary>
    public static ResultFile Trains { get; } = new("trains.csv", ResultCommand.Run, true, "every corridor train formed or re-formed: where, when, what it carried and where it arrived");

    /// <summary><c>ports.csv</c>.</summary>
    public static ResultFile Ports { get; } = new("ports.csv", ResultCommand.Run, false, "units each port landed and shipped per year, by direction and unit kind");

    /// <summary><c>monthly.csv</c>.</summary>
    public static ResultFile Monthly { get; } = new("monthly.csv", ResultCommand.Run, false, "demand and delivered tonnes and units per month of the window, per flow");

    /// <summary><c>consignments.parquet</c> (or <c>.csv</c>), written only with <c>--consignments first|all</c>.</summary>
    public static ResultFile Consignments { get; } = new("consignments.parquet", ResultCommand.Run, true, "every consignment of the recorded replications", IsBigTable: true);

    /// <summary><c>stages.parquet</c> (or <c>.csv</c>), written only with <c>--consignments first|all</c>.</summary>
    public static ResultFile Stages { get; } = new("stages.parquet", ResultCommand.Run, true, "every stage of every recorded consignment", IsBigTable: true);

    /// <summary>The <c>charts</c> folder of PNG images.</summary>
    public static ResultFile Charts { get; } = new("charts", Every, false, "the charts the report shows", IsFolder: true);

    /// <summary><c>manifest.json</c>.</summary>
    public static ResultFile Manifest { get; } = new("manifest.json", Every, false, "seed, replications, threads, version, command line and the scenario's hash");

    /// <summary>
    /// <c>.corridorsim-result</c>, the marker that tells CorridorSim's folders from the user's: <c>--force</c> replaces,
    /// and the clean-up after a hard kill removes, only folders that hold it (<see cref="Folders.ResultFolder"/>).
    /// </summary>
    public static ResultFile Marker { get; } = new(Folders.ResultFolder.MarkerName, Every, false,
        "marks the folder as written by CorridorSim: --force replaces only folders that hold it");

    /// <summary><c>scenario.resolved.yaml</c>.</summary>
    public static ResultFile ResolvedScenario { get; } = new("scenario.resolved.yaml", ResultCommand.Run, false, "the scenario after extends and --set");

    /// <summary><c>comparison.csv</c>.</summary>
    public static ResultFile Comparison { get; } = new("comparison.csv", ResultCommand.Compare, false, "each KPI of each scenario with its paired difference to the first");

    /// <summary><c>sweep.csv</c>.</summary>
    public static ResultFile Sweep { get; } = new("sweep.csv", ResultCommand.Sweep, false, "each KPI at each point of the sweep");

    /// <summary><c>marginal.csv</c>, added to a run's folder by <c>bottlenecks</c> and <c>run --marginal</c>.</summary>
    public static ResultFile Marginal { get; } = new("marginal.csv", ResultCommand.Marginal, false, "each tried change with its paired gain in delivered tonnes and p95 transit, ranked");

    /// <summary>Every entry, in the order a reader meets them in the README.</summary>
    public static IReadOnlyList<ResultFile> All { get; } =
    [
        Report, Html, Summary, Replications, Nodes, Bottlenecks, Sailings, Trains, Ports, Monthly, Timeseries, Consignments, Stages, Charts, Manifest,
        ResolvedScenario, Marker, Comparison, Sweep, Marginal,
    ];

    /// <summary>
    /// The entries at the top of <paramref name="command"/>'s folder, in <see cref="All"/>'s order, named as a
    /// folder written in <paramref name="format"/> names them.
    /// </summary>
    public static IReadOnlyList<ResultFile> WrittenBy(ResultCommand command, bool withConsignments, TableFormat format = TableFormat.Parquet) =>
        All.Where(f => f.IsWrittenBy(command, withConsignments)).Select(f => f.In(format)).ToList();
}
