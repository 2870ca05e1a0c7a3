using Parquet;
using Parquet.Schema;

namespace CorridorSim.Reporting.Tables.Parquet;

/// <summary>A column of numbers that may be missing (a null where the CSV has an empty field).</summary>
internal sealed class NullableColumn<TRow, TValue>(string name, Func<TRow, TValue?> value) : ParquetColumn<TRow>
    where TValue : struct
{
    private readonly DataField<TValue?> _field = new(name, nullable: true);

    public override DataField Field => _field;

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, IReadOnlyList<TRow> rows, CancellationToken cancellation)
    {
        var values = new TValue?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(rows[i]);
        }

        return rowGroup.WriteAsync<TValue>(_field, values, cancellationToken: cancellation);
    }
}
