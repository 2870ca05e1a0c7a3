using Parquet;
using Parquet.Schema;

namespace CorridorSim.Reporting.Tables.Parquet;

/// <summary>One typed column of a Parquet table: its field in the schema and how a row group's values are taken from the rows.</summary>
/// <typeparam name="TRow">What one line of the table describes.</typeparam>
internal abstract class ParquetColumn<TRow>
{
    /// <summary>The column's field, named as the CSV header names it.</summary>
    public abstract DataField Field { get; }

    /// <summary>Writes this column of one row group: one value per row, in the rows' order.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, IReadOnlyList<TRow> rows, CancellationToken cancellation);
}
