using CorridorSim.Experiments;

namespace CorridorSim.Reporting;

/// <summary>
/// How a run was started, as the command line knows it: what a result folder records so that anyone can
/// reproduce it (<c>manifest.json</c>, the report's last section).
/// </summary>
/// <param name="CommandLine">The command as typed, e.g. <c>corridorsim run scenarios/baseline-2024.yaml --seed 7</c>.</param>
/// <param name="Seed">The master seed the replications were derived from.</param>
/// <param name="Replications">Replications per scenario (per sweep point).</param>
/// <param name="Threads">Threads the replications ran on (results do not depend on it).</param>
/// <param name="ProgramVersion">CorridorSim's version.</param>
/// <param name="StartedUtc">When the run started; also names the default result folder.</param>
/// <param name="Consignments">Which replications get the consignments and stages tables.</param>
/// <param name="TableFormat">How the big tables (consignments, stages, timeseries) are written: Parquet or CSV.</param>
public sealed record RunContext(
    string CommandLine,
    ulong Seed,
    int Replications,
    int Threads,
    string ProgramVersion,
    DateTimeOffset StartedUtc,
    ConsignmentRecording Consignments = ConsignmentRecording.First,
    TableFormat TableFormat = TableFormat.Parquet);
