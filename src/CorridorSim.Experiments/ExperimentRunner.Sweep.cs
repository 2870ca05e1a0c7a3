using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments;

public sealed partial class ExperimentRunner
{
    /// <summary>Runs every point of a parameter sweep, each with its replications.</summary>
    /// <param name="grid">The points to run.</param>
    /// <param name="specAt">
    /// Builds the scenario at one point from its settings (the command line applies them to the loaded
    /// scenario like <c>--set</c>). Called for every point before any replication runs, so a bad key or
    /// value is reported at once; whatever it throws reaches the caller unchanged.
    /// </param>
    /// <remarks>All points' replications share one pool of threads and one progress count.</remarks>
    public SweepResult Sweep(
        SweepGrid grid,
        Func<IReadOnlyList<KeyValuePair<string, string>>, CorridorSpec> specAt,
        ExperimentOptions? options = null,
        IProgress<ExperimentProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(specAt);
        var specs = grid.Points.Select(settings => specAt(settings)).ToArray();
        var experiments = RunAll(specs, options ?? ExperimentOptions.Default, progress, cancellation);
        var points = grid.Points.Select((settings, i) => new SweepPoint(i, settings, experiments[i])).ToArray();
        return new SweepResult(grid.Keys, points);
    }
}
