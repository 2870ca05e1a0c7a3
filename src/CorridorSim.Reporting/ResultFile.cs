namespace CorridorSim.Reporting;

/// <summary>One file (or the charts folder) of a result folder, as <see cref="ResultFiles"/> lists it.</summary>
/// <param name="Name">The name in the result folder: <c>summary.csv</c>, or <c>charts</c> for the folder of charts.</param>
/// <param name="WrittenBy">The commands whose own folder holds it.</param>
/// <param name="Optional">Written only when <c>--consignments</c> asks for per-consignment files.</param>
/// <param name="Description">What it holds, in a few words.</param>
/// <param name="IsFolder">A folder of PNG charts rather than a file.</param>
public sealed record ResultFile(string Name, ResultCommand WrittenBy, bool Optional, string Description, bool IsFolder = false)
{
    /// <summary>How a reader finds it in a folder listing: the name, or <c>charts/*.png</c> for the charts folder.</summary>
    public string Pattern => IsFolder ? $"{Name}/*.png" : Name;

    /// <summary>Whether <paramref name="command"/> writes it, given whether per-consignment files were asked for.</summary>
    public bool IsWrittenBy(ResultCommand command, bool withConsignments) =>
        WrittenBy.HasFlag(command) && (withConsignments || !Optional);
}
