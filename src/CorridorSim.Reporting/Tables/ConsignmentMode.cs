namespace CorridorSim.Reporting.Tables;

/// <summary>Which replications get per-consignment tables (<c>consignments.csv</c>, <c>stages.csv</c>): <c>--consignments none|first|all</c>.</summary>
public enum ConsignmentMode
{
    /// <summary>No per-consignment tables are written.</summary>
    None,

    /// <summary>Only the first replication's consignments (the default: enough to trace, small enough to open).</summary>
    First,

    /// <summary>Every replication's consignments.</summary>
    All,
}
