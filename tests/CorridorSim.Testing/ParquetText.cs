using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace CorridorSim.Testing;

/// <summary>
/// A Parquet table of a result folder read back as the text of its CSV variant: the same header, and every
/// value written as the result folder's CSV dialect writes it (shortest round-trip numbers in invariant
/// culture, NaN and nulls empty, negative zero as 0, <c>true</c>/<c>false</c>, <c>\n</c> line ends).
/// </summary>
/// <remarks>
/// Written apart from the writer under test, on Parquet.Net's reader, so a table that reads back to its CSV
/// variant's bytes holds the same rows, in the same order, with the same values.
/// </remarks>
public static class ParquetText
{
    /// <summary>The table as CSV text.</summary>
    public static string AsCsv(string path)
    {
        var (header, rows) = Read(path);
        var text = new StringBuilder();
        text.Append(string.Join(',', header.Select(Quote))).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select(Quote))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Every row as column name → field text.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Records(string path)
    {
        var (header, rows) = Read(path);
        return [.. rows.Select(row => (IReadOnlyDictionary<string, string>)header.Zip(row).ToDictionary(p => p.First, p => p.Second))];
    }

    /// <summary>How many rows each row group holds, in order.</summary>
    public static IReadOnlyList<long> RowGroupSizes(string path) => RowGroupSizesAsync(path).GetAwaiter().GetResult();

    private static async Task<IReadOnlyList<long>> RowGroupSizesAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var sizes = new List<long>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            sizes.Add(group.RowCount);
        }

        return sizes;
    }

    private static (IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows) Read(string path) => ReadAsync(path).GetAwaiter().GetResult();

    private static async Task<(IReadOnlyList<string>, IReadOnlyList<string[]>)> ReadAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        var rows = new List<string[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            var columns = new List<string[]>();
            foreach (var field in fields)
            {
                columns.Add(await ColumnAsync(group, field, count));
            }

            for (var i = 0; i < count; i++)
            {
                rows.Add([.. columns.Select(c => c[i])]);
            }
        }

        return ([.. fields.Select(f => f.Name)], rows);
    }

    private static async Task<string[]> ColumnAsync(ParquetRowGroupReader group, DataField field, int count)
    {
        var type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var values = new string?[count];
            await group.ReadAsync(field, values.AsMemory());
            return [.. values.Select(v => v ?? "")];
        }

        if (type == typeof(double)) return await NumbersAsync<double>(group, field, count, Number);
        if (type == typeof(long)) return await NumbersAsync<long>(group, field, count, v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(ulong)) return await NumbersAsync<ulong>(group, field, count, v => v.ToString(CultureInfo.InvariantCulture));
        if (type == typeof(bool)) return await NumbersAsync<bool>(group, field, count, v => v ? "true" : "false");
        throw new NotSupportedException($"{field.Name}: a column of {type} is not one a result folder writes.");
    }

    private static async Task<string[]> NumbersAsync<T>(ParquetRowGroupReader group, DataField field, int count, Func<T, string> text)
        where T : struct
    {
        if (field.IsNullable)
        {
            var values = new T?[count];
            await group.ReadAsync<T>(field, values.AsMemory());
            return [.. values.Select(v => v is { } x ? text(x) : "")];
        }

        var required = new T[count];
        await group.ReadAsync<T>(field, required.AsMemory());
        return [.. required.Select(text)];
    }

    private static string Number(double value) =>
        double.IsNaN(value) ? "" : value == 0.0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
