using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Routing;

/// <summary>A flow of the running model: its spec, its resolved routes and the random streams it draws from.</summary>
internal sealed class FlowModel
{
    public FlowModel(int index, FlowSpec spec, Random routing)
    {
        Index = index;
        Spec = spec;
        RoutingStream = routing;
        TonnesPerUnit = spec.TonnesPerUnit;
        TeuPerUnit = spec.TeuPerUnit;
    }

    public int Index { get; }

    public FlowSpec Spec { get; }

    public string Name => Spec.Name;

    public CargoUnit Unit => Spec.Unit;

    public Direction Direction => Spec.Direction;

    public double TonnesPerUnit { get; }

    public double TeuPerUnit { get; }

    /// <summary>Wagons or containers per train formed at the origin and after a sea crossing.</summary>
    public int UnitsPerTrain => Spec.UnitsPerTrain;

    public RouteModel[] Routes { get; set; } = [];

    /// <summary>The bit mask of all its routes.</summary>
    public int AllRoutes => Routes.Length >= 32 ? -1 : (1 << Routes.Length) - 1;

    /// <summary>The stream for fixed-share route draws (<c>routing:&lt;flow&gt;</c>).</summary>
    public Random RoutingStream { get; }
}
