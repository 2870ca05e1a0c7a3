namespace CorridorSim.Reporting;

/// <summary>One file (or the charts folder) of a result folder, as <see cref="ResultFiles"/> lists it.</summary>
/// <param name="Name">The name in the result folder: <c>summary.csv</c>, or <c>charts</c> for the folder of charts.</param>
/// <param name="WrittenBy">The commands whose own folder holds it.</param>
/// <param name="Optional">Written only when <c>--consignments</c> asks for per-consignment and per-vehicle files.</param>
/// <param name="Description">What it holds, in a few words.</param>
/// <param name="IsFolder">A folder of PNG charts rather than a file.</param>
/// <param name="IsBigTable">
/// One of the big tables, written as Parquet (<c>.parquet</c>, the name listed) or, with
/// <c>--table-format csv</c>, as CSV (<c>.csv</c>): see <see cref="In"/>.
/// </param>
public sealed record ResultFile(string Name, ResultCommand WrittenBy, bool Optional, string Description, bool IsFolder = false, bool IsBigTable = false)
{
    /// <summary>The entry as a folder written in <paramref name="format"/> holds it: a big table's name takes that format's extension.</summary>
    public ResultFile In(TableFormat format) =>
        IsBigTable ? this with { Name = Path.ChangeExtension(Name, format == TableFormat.Csv ? ".csv" : ".parquet") } : this;

    /// <summary>How a reader finds it in a folder listing: the name, or <c>charts/*.png</c> for the charts folder.</summary>
    public string Pattern => IsFolder ? $"{Name}/*.png" : Name;

    /// <summary>Whether <paramref name="command"/> writes it, given whether per-consignment files were asked for.</summary>
    public bool IsWrittenBy(ResultCommand command, bool withConsignments) =>
        WrittenBy.HasFlag(command) && (withConsignments || !Optional);
}
