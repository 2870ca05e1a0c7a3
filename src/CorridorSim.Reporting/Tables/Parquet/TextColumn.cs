using Parquet;
using Parquet.Schema;

namespace CorridorSim.Reporting.Tables.Parquet;

/// <summary>A column of text (names of flows, facilities, stages), dictionary-encoded by the writer where values repeat.</summary>
internal sealed class TextColumn<TRow>(string name, Func<TRow, string> text) : ParquetColumn<TRow>
{
    private readonly DataField<string> _field = new(name, nullable: false);

    public override DataField Field => _field;

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, IReadOnlyList<TRow> rows, CancellationToken cancellation)
    {
        var values = new string[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = text(rows[i]);
        }

        return rowGroup.WriteAsync(_field, values);
    }
}
