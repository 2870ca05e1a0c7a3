namespace CorridorSim.Corridor.Results;

/// <summary>
/// One key performance indicator of one replication, e.g. <c>transit_days_p95</c> in <c>days</c>.
/// Per-flow KPIs carry the flow after a colon: <c>transit_days_p50:kz_exports_west</c>.
/// </summary>
public sealed record KpiValue(string Name, string Unit, double Value);
