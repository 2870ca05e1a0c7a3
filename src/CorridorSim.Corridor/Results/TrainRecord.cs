namespace CorridorSim.Corridor.Results;

/// <summary>One corridor train, formed at an origin or re-formed at a port after a crossing: one row of <c>trains.csv</c>.</summary>
/// <remarks>
/// Loaded trains and trains of empties are listed (an empties flow is named <c>&lt;flow&gt;:empty</c>);
/// trucks are road vehicles and are not. A train still on its way at the end of the horizon has no
/// arrival. Background trains are not corridor trains and are counted apart, in the KPIs.
/// </remarks>
/// <param name="Train">The train's number in the replication, in the order trains were formed.</param>
/// <param name="Flow">The flow whose units it carries.</param>
/// <param name="FormedAt">The origin or port where it was formed.</param>
/// <param name="FormedHours">Hour it was formed.</param>
/// <param name="Wagons">Rail wagons in it (tank wagons of an oil flow included).</param>
/// <param name="Containers">Containers in it.</param>
/// <param name="Tonnes">Tonnes of cargo in it (0 for empties).</param>
/// <param name="Route">The flow's routes still open to it when it arrived (or at the end), joined by <c>|</c>.</param>
/// <param name="ArrivedAt">The destination, port or origin where it was broken up, or null while on its way.</param>
/// <param name="ArrivedHours">Hour it arrived there, or null while on its way.</param>
public readonly record struct TrainRecord(
    long Train,
    string Flow,
    string FormedAt,
    double FormedHours,
    long Wagons,
    long Containers,
    double Tonnes,
    string Route,
    string? ArrivedAt,
    double? ArrivedHours);
