using Parquet;
using Parquet.Schema;

namespace CorridorSim.Reporting.Tables.Parquet;

/// <summary>A required column of numbers, counts or flags.</summary>
internal sealed class ValueColumn<TRow, TValue>(string name, Func<TRow, TValue> value) : ParquetColumn<TRow>
    where TValue : struct
{
    private readonly DataField<TValue> _field = new(name, nullable: false);

    public override DataField Field => _field;

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, IReadOnlyList<TRow> rows, CancellationToken cancellation)
    {
        var values = new TValue[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(rows[i]);
        }

        return rowGroup.WriteAsync<TValue>(_field, values, cancellationToken: cancellation);
    }
}
