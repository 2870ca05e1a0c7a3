namespace CorridorSim.Corridor.Validation;

/// <summary>
/// One problem in a scenario that only the whole spec shows, such as a route whose neighbouring facilities no
/// leg joins, placed by key path so that the scenario loader can attach file, line and column.
/// </summary>
/// <param name="Path">
/// The key path of the offending value in the scenario's snake_case keys, list items addressed by name and
/// list positions in brackets: <c>flows.kz_exports_west.routes.via_aktau.via[3]</c>.
/// </param>
/// <param name="Message">What is wrong.</param>
/// <param name="BadValue">The offending value as the scenario writes it, when there is one to show.</param>
/// <param name="Allowed">What the key accepts instead, when it can be said.</param>
/// <param name="Severity">Whether the spec cannot run (an error) or runs but likely not as meant (a warning).</param>
public sealed record SpecProblem(string Path, string Message, string? BadValue = null, string? Allowed = null,
    ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>Whether the spec still runs with this problem.</summary>
    public bool IsWarning => Severity == ProblemSeverity.Warning;

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
