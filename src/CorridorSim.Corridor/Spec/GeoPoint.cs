namespace CorridorSim.Corridor.Spec;

/// <summary>
/// Where a place of the corridor lies on the earth (WGS84, decimal degrees), for the report's map only: the
/// model never reads it, so a scenario without positions simulates exactly the same.
/// </summary>
/// <param name="Lat">Latitude, −90 (south) to 90 (north).</param>
/// <param name="Lon">Longitude, −180 (west) to 180 (east).</param>
public sealed record GeoPoint(double Lat, double Lon);
