using CorridorSim.Corridor.Results;

namespace CorridorSim.Corridor.Tests.Support;

/// <summary>Look-ups into a replication's records for assertions.</summary>
internal static class ResultQueries
{
    public static IReadOnlyList<StageRecord> StagesOf(this ReplicationResult result, string stage, string facility) =>
        [.. result.Stages!.Where(s => s.Stage == stage && s.Facility == facility)];

    public static FacilityStats Facility(this ReplicationResult result, string name) =>
        result.Facilities.Single(f => f.Facility == name);

    public static double Kpi(this ReplicationResult result, string name) =>
        result.Kpis.Single(k => k.Name == name).Value;

    /// <summary>The distinct departure hours of a sea service, from its loading stages.</summary>
    public static IReadOnlyList<double> Departures(this ReplicationResult result, string service) =>
        [.. result.StagesOf("loading", service).Select(s => s.LeftHours).Distinct().Order()];
}
