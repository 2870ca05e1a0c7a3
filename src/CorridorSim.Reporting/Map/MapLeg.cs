namespace CorridorSim.Reporting.Map;

/// <summary>One leg of the map between two of its nodes: a rail or road leg, or a sea service between its ports.</summary>
/// <param name="Name">Leg or sea service name, as in the CSV files.</param>
/// <param name="From">Node at its eastern end.</param>
/// <param name="To">Node at its western end.</param>
/// <param name="Kind">Rail, road or sea: how it is drawn.</param>
/// <param name="TonnesPerYear">Mean tonnes it carried in the measurement window, per year of window: its line width.</param>
/// <param name="WaitingShare">Of all consignment-hours spent waiting, the share charged to causes of this leg (train paths, a service's vessels).</param>
public sealed record MapLeg(string Name, string From, string To, MapLegKind Kind, double TonnesPerYear, double WaitingShare = 0.0);
