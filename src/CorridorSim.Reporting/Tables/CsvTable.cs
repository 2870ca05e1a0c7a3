using CorridorSim.Reporting.Tables.Parquet;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// A CSV table declared as its list of columns, so the header and every row come from the same list and
/// cannot disagree on how many fields there are or which is which; the big tables are also written as
/// Parquet from the same list (<see cref="AsParquet"/>), so the two formats cannot disagree either.
/// </summary>
/// <remarks>
/// Columns are added in the order they appear. Each <c>Column</c> overload formats its kind of value the one
/// way <see cref="CsvNumber"/> does; a missing value (a null) is an empty field. An enum has no overload on
/// purpose: it must be spelled through <see cref="CorridorSim.Corridor.Vocabulary.SnakeCase"/>, so the lambda returns a string.
/// </remarks>
/// <typeparam name="TRow">What one line of the table describes.</typeparam>
internal sealed class CsvTable<TRow>
{
    // Millions of rows take seconds; Ctrl+C must not wait for the whole table.
    private const long CancellationCheckRows = 1 << 16;

    private readonly List<CsvColumn<TRow>> _columns = [];
    private readonly List<ParquetColumn<TRow>> _typed = [];

    /// <summary>The header row: every column's name, in order.</summary>
    public IReadOnlyList<string> Header => _columns.Select(c => c.Header).ToList();

    /// <summary>Adds a column of text.</summary>
    public CsvTable<TRow> Column(string header, Func<TRow, string> text) => Add(new(header, text), new TextColumn<TRow>(header, text));

    /// <summary>Adds a column of numbers (NaN is an empty field).</summary>
    public CsvTable<TRow> Column(string header, Func<TRow, double> number) =>
        Add(new(header, r => CsvNumber.Format(number(r))), new ValueColumn<TRow, double>(header, number));

    /// <summary>Adds a column of numbers that may be missing.</summary>
    public CsvTable<TRow> Column(string header, Func<TRow, double?> number) =>
        Add(new(header, r => CsvNumber.Format(number(r))), new NullableColumn<TRow, double>(header, number));

    /// <summary>Adds a column of counts.</summary>
    public CsvTable<TRow> Column(string header, Func<TRow, long> count) =>
        Add(new(header, r => CsvNumber.Format(count(r))), new ValueColumn<TRow, long>(header, count));

    /// <summary>Adds a column of counts that may be missing.</summary>
    public CsvTable<TRow> Column(string header, Func<TRow, long?> count) =>
        Add(new(header, r => count(r) is { } c ? CsvNumber.Format(c) : ""), new NullableColumn<TRow, long>(header, count));

    /// <summary>Adds a column of seeds.</summary>
    public CsvTable<TRow> Column(string header, Func<TRow, ulong> seed) =>
        Add(new(header, r => CsvNumber.Format(seed(r))), new ValueColumn<TRow, ulong>(header, seed));

    /// <summary>Adds a column of yes/no values, written <c>true</c> or <c>false</c>.</summary>
    public CsvTable<TRow> Column(string header, Func<TRow, bool> flag) =>
        Add(new(header, r => CsvNumber.Format(flag(r))), new ValueColumn<TRow, bool>(header, flag));

    /// <summary>
    /// Adds the three columns of an estimate across replications, <c>mean</c>, <c>ci95_low</c> and
    /// <c>ci95_high</c>, as every KPI table gives them.
    /// </summary>
    public CsvTable<TRow> Estimate(Func<TRow, double> mean, Func<TRow, double> ci95Low, Func<TRow, double> ci95High) =>
        Column("mean", mean).Column("ci95_low", ci95Low).Column("ci95_high", ci95High);

    /// <summary>Adds a run of columns known only when the table is written, such as one per KPI.</summary>
    public CsvTable<TRow> Columns(IEnumerable<CsvColumn<TRow>> columns)
    {
        foreach (var column in columns)
        {
            Add(column, new TextColumn<TRow>(column.Header, column.Field));
        }

        return this;
    }

    /// <summary>Writes the header and then one line per row, streamed; checks for cancellation every 65,536 rows.</summary>
    public void Write(TextWriter writer, IEnumerable<TRow> rows, CancellationToken cancellation = default)
    {
        using var csv = CsvFile.On(writer, Header);
        var written = 0L;
        foreach (var row in rows)
        {
            foreach (var column in _columns)
            {
                csv.Field(column.Field(row));
            }

            csv.EndRow();
            if (++written % CancellationCheckRows == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>The same table as Parquet: the same columns in the same order, each with its own type.</summary>
    public ParquetTable<TRow> AsParquet() => new(_typed);

    private CsvTable<TRow> Add(CsvColumn<TRow> column, ParquetColumn<TRow> typed)
    {
        _columns.Add(column);
        _typed.Add(typed);
        return this;
    }
}
