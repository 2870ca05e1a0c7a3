using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Sea;

/// <summary>
/// The fixed part of a call at a berth, paid once per call whatever is handled: coming alongside,
/// mooring, connecting the linkspan or the hoses, papers and casting off.
/// </summary>
/// <remarks>
/// Implementation note: an estimate (SOURCES.md E13). The data sheet gives only whole calls: E4 (2.17) a
/// ferry call of 6–12 h, mode 8 h, and E5 (4.15) a feeder port stay of 12–30 h, mode 20 h. Taking 2 h of
/// a ferry's 8 h and 4 h of a feeder's 20 h as berthing leaves the rest — about 0.12 h a wagon slot on a
/// 52-wagon ferry, 0.08 h a TEU on a 200-TEU feeder — in proportion to the cargo handled. A tanker's
/// mooring, hose connection and sampling are taken as 4 h, as a feeder's.
/// </remarks>
internal static class BerthingPart
{
    /// <summary>The berthing hours of one call of a vessel of <paramref name="vesselClass"/>.</summary>
    public static double Hours(VesselClass vesselClass) => vesselClass switch
    {
        VesselClass.RailFerry => 2,
        _ => 4,
    };
}
