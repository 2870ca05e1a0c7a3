namespace CorridorSim.Corridor.Validation;

/// <summary>
/// One semantic error in a scenario that only the model can see, such as a route whose neighbouring
/// facilities no leg joins.
/// </summary>
/// <param name="Path">
/// The key path of the offending value in the scenario's snake_case keys, list items addressed by name and
/// list positions in brackets: <c>flows.kz_exports_west.routes.via_aktau.via[3]</c>.
/// </param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record SpecProblem(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
