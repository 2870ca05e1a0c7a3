using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// What one port landed from and shipped onto vessels of one direction, in one kind of unit, per year of
/// the measurement window: mean and 95% interval across replications. One row of <c>ports.csv</c>.
/// </summary>
/// <param name="Port">The port.</param>
/// <param name="Direction">The direction of the sailings: westbound landed at a west port, shipped from an east port.</param>
/// <param name="Unit">
/// <c>loaded_wagons</c>, <c>empty_wagons</c>, <c>trucks</c>, <c>loaded_teu</c>, <c>empty_teu</c> or <c>oil_tonnes</c>
/// (<see cref="PortRows.Units"/>).
/// </param>
/// <param name="LandedPerYear">Units aboard sailings that reached the port in the window, per year of window.</param>
/// <param name="ShippedPerYear">Units aboard sailings that left the port in the window, per year of window.</param>
public sealed record PortRow(string Port, Direction Direction, string Unit, ConfidenceInterval LandedPerYear, ConfidenceInterval ShippedPerYear);
