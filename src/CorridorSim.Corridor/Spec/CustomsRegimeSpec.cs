namespace CorridorSim.Corridor.Spec;

/// <summary>
/// A way of clearing customs (e.g. <c>paper</c>, <c>electronic_pre_arrival</c>, <c>single_window</c>): the
/// document check, the chance and length of a physical inspection, and how much of the check is done
/// before the cargo arrives.
/// </summary>
/// <param name="Name">The regime's name, referenced by customs posts.</param>
/// <param name="DocumentCheckHours">Time to check one train's (or truck's, or vessel's) documents.</param>
/// <param name="InspectionProbability">Chance, per consignment, of a physical inspection (0..1).</param>
/// <param name="InspectionHours">Time one inspection lane spends on one inspected consignment.</param>
/// <param name="PreArrival">
/// Whether the declaration is lodged before arrival, so the document check starts when the cargo leaves
/// the previous facility and only what is left of it on arrival is dwell.
/// </param>
/// <param name="MutualRecognition">
/// Whether a consignment cleared under this regime skips the document check at the next post that also
/// recognises it.
/// </param>
public sealed record CustomsRegimeSpec(
    string Name,
    DistributionSpec DocumentCheckHours,
    double InspectionProbability,
    DistributionSpec InspectionHours,
    bool PreArrival,
    bool MutualRecognition)
{
    /// <summary>Whether the agencies' submissions at a post are merged (single window), so its single-window steps run at once.</summary>
    public bool SingleWindow { get; init; }
}

/// <summary>
/// A customs post at a border or port: the regime it applies and its capacity.
/// </summary>
/// <param name="Regime">Name of a <see cref="CustomsRegimeSpec"/>.</param>
/// <param name="DocumentOfficers">How many declarations can be checked at once.</param>
/// <param name="InspectionLanes">How many consignments can be physically inspected at once.</param>
public sealed record CustomsPostSpec(string Regime, int DocumentOfficers, int InspectionLanes);
