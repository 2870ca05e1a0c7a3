namespace CorridorSim.Cli.Terminal;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls its handler at once, on the reporting thread: the experiment
/// runner already serialises its reports, and <see cref="Progress{T}"/> would post them out of order.
/// </summary>
public sealed class ProgressCallback<T>(Action<T> handler) : IProgress<T>
{
    /// <summary>Hands <paramref name="value"/> to the handler on the reporting thread.</summary>
    public void Report(T value) => handler(value);
}
