using CorridorSim.Corridor.Cargo;
using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Spec;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Borders;

/// <summary>
/// One procedure step of a border side in the running model: its capacity (a kernel resource, or none for
/// a pure delay), its time per train (rescaled by the side's procedural share), and what it measured.
/// </summary>
/// <remarks>
/// Each step draws its times from the stream <c>service:&lt;border&gt;:&lt;direction&gt;:&lt;step&gt;</c> and
/// whether it is needed (its probability) from <c>channel:&lt;border&gt;:&lt;direction&gt;:&lt;step&gt;</c>,
/// so a regime that skips or moves one step leaves every other step's draws unchanged.
/// </remarks>
internal sealed class ProcedureStep
{
    private readonly Variate _hours;
    private readonly HashSet<string>? _cargoClasses;

    public ProcedureStep(Simulation sim, RandomStreams streams, string side, BorderStepSpec spec, double scale, ulong recognitionBit)
    {
        Spec = spec;
        Scale = scale;
        RecognitionBit = recognitionBit;
        Capacity = spec.CapacityTrains is { } trains ? new Resource(sim, BorderSideSpec.ScaledCapacity(trains, scale)) : null;
        _hours = new Variate(spec.Hours, streams.Stream($"service:{side}:{spec.Name}"));
        Channel = streams.Stream($"channel:{side}:{spec.Name}");
        _cargoClasses = spec.CargoClasses is { } classes ? new HashSet<string>(classes, StringComparer.Ordinal) : null;
    }

    public BorderStepSpec Spec { get; }

    /// <summary>The account of waits for the step's capacity; the border's closures where it has none.</summary>
    public CauseAccount? Cause { get; set; }

    public string Name => Spec.Name;

    /// <summary>Trains handled at once, or null for a step without a capacity limit.</summary>
    public Resource? Capacity { get; }

    /// <summary>The factor the side's procedural share puts on this step's time (1 when no share is set).</summary>
    public double Scale { get; }

    /// <summary>This step's bit in a consignment's <see cref="Consignment.RecognisedSteps"/>.</summary>
    public ulong RecognitionBit { get; }

    /// <summary>The stream that decides whether a train needs the step.</summary>
    public Random Channel { get; }

    /// <summary>Summed hours corridor trains spent at the step in the window (waiting and service).</summary>
    public double WindowHours { get; set; }

    public bool Lists(RegimeEffect effect) => Spec.RegimeEffects.Contains(effect);

    /// <summary>Whether trains of <paramref name="cargoClass"/> need the step at all.</summary>
    public bool AppliesTo(string cargoClass) => _cargoClasses is null || _cargoClasses.Contains(cargoClass);

    /// <summary>Draws whether one train needs the step (always, when its probability is 1).</summary>
    public bool Needed(Random channel) => Spec.Probability >= 1 || channel.NextDouble() < Spec.Probability;

    /// <summary>One draw of the step's time for a corridor train, in hours.</summary>
    public double NextHours() => _hours.Next() * Scale;

    /// <summary>The step's work for one train on its own: wait for capacity, take the time, release.</summary>
    public IEnumerable<Event> Work(Simulation sim, double hours)
    {
        var held = Capacity?.Request();
        if (held is not null)
        {
            yield return held;
        }

        yield return sim.Timeout(hours);
        held?.Dispose();
    }
}
