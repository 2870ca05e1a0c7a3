namespace CorridorSim.Reporting;

/// <summary>How a result folder writes its big tables (consignments, stages, timeseries): <c>--table-format csv|parquet</c>.</summary>
/// <remarks>The small tables are CSV whatever the choice.</remarks>
public enum TableFormat
{
    /// <summary>Apache Parquet, columnar and compressed, one row group per replication (the default).</summary>
    Parquet,

    /// <summary>CSV, as the small tables.</summary>
    Csv,
}
