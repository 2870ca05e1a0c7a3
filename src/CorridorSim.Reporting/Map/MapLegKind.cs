namespace CorridorSim.Reporting.Map;

/// <summary>How cargo moves along a leg of the map, which decides how the leg is drawn.</summary>
public enum MapLegKind
{
    /// <summary>A rail leg: a solid line.</summary>
    Rail,

    /// <summary>A road leg: a dotted line.</summary>
    Road,

    /// <summary>A sea service between two ports: a dashed curve, as a sailing route rather than a track.</summary>
    Sea,
}
