using CorridorSim.Experiments;

namespace CorridorSim.Reporting;

/// <summary>One point of a sweep as it was run: the point and its scenario text with the varied keys set.</summary>
/// <param name="ResolvedYaml">The scenario at this point, written as the point's <c>scenario.resolved.yaml</c>.</param>
public sealed record SweepRun(SweepPoint Point, string ResolvedYaml);
