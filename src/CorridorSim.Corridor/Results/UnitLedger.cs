namespace CorridorSim.Corridor.Results;

/// <summary>
/// The end-of-run balance of units (wagons, containers, trucks, oil parcels): every loaded unit created is
/// delivered or held somewhere, and every empty sent back is home again or held somewhere, where the held
/// units are counted from what the places actually hold.
/// </summary>
/// <param name="LoadedCreated">Loaded units created at the origins.</param>
/// <param name="LoadedDelivered">Loaded units delivered.</param>
/// <param name="LoadedHeld">Loaded units held in trains, yards, queues and vessels at the end.</param>
/// <param name="EmptiesSent">Empty wagons and containers sent back from destinations.</param>
/// <param name="EmptiesReturned">Empties back at their origin.</param>
/// <param name="EmptiesHeld">Empties held in trains, yards, queues and vessels at the end.</param>
public sealed record UnitLedger(
    long LoadedCreated,
    long LoadedDelivered,
    long LoadedHeld,
    long EmptiesSent,
    long EmptiesReturned,
    long EmptiesHeld)
{
    /// <summary>Whether both the loaded and the empty units are conserved.</summary>
    public bool Balances => LoadedCreated == LoadedDelivered + LoadedHeld && EmptiesSent == EmptiesReturned + EmptiesHeld;
}
