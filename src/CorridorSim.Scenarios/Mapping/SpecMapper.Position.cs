using CorridorSim.Corridor.Spec;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>A place's optional <c>lat</c> and <c>lon</c>, read for the report's map.</summary>
internal static partial class SpecMapper
{
    /// <summary>
    /// The place's position, or null without one. Both keys or neither: a place with only one of them is an
    /// error, because drawing it at a guessed other coordinate would put it somewhere it is not.
    /// </summary>
    private static GeoPoint? Position(MappingReader r)
    {
        var lat = r.OptionalNumber("lat", NumberRule.Latitude);
        var lon = r.OptionalNumber("lon", NumberRule.Longitude);
        if (lat is { } la && lon is { } lo)
        {
            return double.IsNaN(la) || double.IsNaN(lo) ? null : new GeoPoint(la, lo);
        }

        if (lat is not null || lon is not null)
        {
            var (given, missing) = lat is not null ? ("lat", "lon") : ("lon", "lat");
            r.Context.Error(r.LocationOf(given), r.KeyPath(missing), $"'{given}' is given without '{missing}'", null,
                "both lat and lon (decimal degrees), or neither");
        }

        return null;
    }
}
