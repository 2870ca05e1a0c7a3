namespace CorridorSim.Cli.Commands;

/// <summary>
/// The options <c>corridorsim plan run|compare|sweep</c> adds to the experiment's own: how many shards,
/// how long a work item takes, and which executable the job files call.
/// </summary>
/// <remarks>
/// Implementation note: an interface, because each plan command's settings must also derive from its
/// experiment's settings (Spectre reads options from the class hierarchy, and C# has one base class);
/// the texts and checks live once in <see cref="PlanOptions"/>.
/// </remarks>
public interface IPlanSettings
{
    /// <summary><c>--shards N</c>.</summary>
    int Shards { get; }

    /// <summary><c>--time-per-item SECONDS</c>.</summary>
    double TimePerItem { get; }

    /// <summary><c>--calibrate</c>.</summary>
    bool Calibrate { get; }

    /// <summary><c>--exe PATH</c>.</summary>
    string? Exe { get; }
}
