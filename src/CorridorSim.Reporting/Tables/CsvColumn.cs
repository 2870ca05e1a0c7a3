namespace CorridorSim.Reporting.Tables;

/// <summary>One column of a CSV table: the header it stands under and how a row's field in it is written.</summary>
/// <typeparam name="TRow">What one line of the table describes (a KPI, a facility in a replication, …).</typeparam>
/// <param name="Header">The column's name in the header row.</param>
/// <param name="Field">The row's field in this column, already formatted (see <see cref="CsvNumber"/>).</param>
internal sealed record CsvColumn<TRow>(string Header, Func<TRow, string> Field);
