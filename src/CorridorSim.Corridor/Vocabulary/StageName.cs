namespace CorridorSim.Corridor.Vocabulary;

/// <summary>
/// The names of the stages a consignment passes through, as <c>stages.csv</c> writes them: every facility
/// records its stages by these names, and tests and reports look them up by the same.
/// </summary>
/// <remarks>
/// A border side written as procedure steps records one stage per step under the step's own name from the
/// scenario (<c>train_acceptance</c>, <c>customs_declaration</c>, <c>locomotive_and_path</c>): those names are
/// the scenario's, not this vocabulary's.
/// </remarks>
public static class StageName
{
    /// <summary>Waiting at an origin or a port until a train is formed.</summary>
    public const string TrainFormation = "train_formation";

    /// <summary>Travelling a rail leg.</summary>
    public const string Rail = "rail";

    /// <summary>Travelling a road leg.</summary>
    public const string Road = "road";

    /// <summary>The handover between the two railways at a border.</summary>
    public const string Exchange = "exchange";

    /// <summary>Document clearance at a customs post.</summary>
    public const string Customs = "customs";

    /// <summary>A physical inspection at a customs post.</summary>
    public const string Inspection = "inspection";

    /// <summary>Changing bogies or transhipping between 1435 and 1520 mm gauge.</summary>
    public const string GaugeChange = "gauge_change";

    /// <summary>Dwelling in a port yard: its wait is the wait for a vessel, up to the call of the vessel that takes it; from the call to boarding, that vessel's wait for a berth.</summary>
    public const string Yard = "yard";

    /// <summary>Aboard a vessel at its berth: the cargo worked aboard, and any closure holding the loaded vessel there.</summary>
    public const string Loading = "loading";

    /// <summary>At sea.</summary>
    public const string Sailing = "sailing";

    /// <summary>Waiting for a berth and coming off the vessel.</summary>
    public const string Unloading = "unloading";

    /// <summary>Arriving at the destination.</summary>
    public const string Delivery = "delivery";
}
