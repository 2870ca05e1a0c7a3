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

    private FlowModel(int index, FlowModel loaded)
    {
        Index = index;
        Spec = loaded.Spec with
        {
            Name = $"{loaded.Name}:empty",
            Origin = loaded.Spec.Destination,
            Destination = loaded.Spec.Origin,
            Direction = loaded.Direction == Direction.Westbound ? Direction.Eastbound : Direction.Westbound,
            EmptyReturnShare = 0,
            WagonPool = null,
        };
        Pool = loaded.Pool;
        RoutingStream = loaded.RoutingStream;
        TonnesPerUnit = 0;
        TeuPerUnit = loaded.TeuPerUnit;
        IsEmpty = true;
    }

    public int Index { get; }

    /// <summary>Whether its units are empties returning to the origin of a loaded flow (no tonnes, no tonne KPI).</summary>
    public bool IsEmpty { get; }

    /// <summary>The empties this loaded flow sends back once unloaded, or null if none return.</summary>
    public FlowModel? Empties { get; private set; }

    /// <summary>The flow's wagons or containers at its origin, ready to load, when it draws from a finite pool; null if unlimited.</summary>
    public Kernel.Container? Pool { get; set; }

    /// <summary>The fraction of an empty owed but not yet sent, so that the empties sent follow the share exactly.</summary>
    public double EmptiesOwed { get; set; }

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

    /// <summary>Creates the flow of this flow's empties, numbered <paramref name="index"/>; its routes are to be set to the reverse of this flow's.</summary>
    public FlowModel CreateEmpties(int index) => Empties = new FlowModel(index, this);
}
