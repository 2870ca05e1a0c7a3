namespace CorridorSim.Scenarios;

/// <summary>
/// One problem found in a scenario: where it is (file, line, column and key path), what is wrong, the value
/// that was written and what would have been allowed.
/// </summary>
/// <param name="File">
/// The scenario file as the user named it (or as <c>extends</c> reached it); <c>--set</c> for a command-line
/// override.
/// </param>
/// <param name="Line">1-based line, or 0 when the problem has no line (a missing file, a <c>--set</c> value).</param>
/// <param name="Column">1-based column, or 0 when the problem has no column.</param>
/// <param name="KeyPath">
/// Dot path to the value, list items named by their <c>name</c> (<c>sea_services.aktau_alat_ferry.vessels</c>);
/// empty when the problem is with the file as a whole.
/// </param>
/// <param name="Message">What is wrong, in words (<c>-2 is not allowed</c>).</param>
/// <param name="BadValue">The value as written, or null when nothing was written (a missing key).</param>
/// <param name="Allowed">What would have been accepted (<c>a whole number ≥ 1</c>), or null.</param>
public sealed record ScenarioDiagnostic(
    string File,
    int Line,
    int Column,
    string KeyPath,
    string Message,
    string? BadValue,
    string? Allowed)
{
    /// <summary>
    /// The diagnostic as one line in the compiler style editors understand:
    /// <c>scenarios/x.yaml:12:5: sea_services.aktau_alat_ferry.vessels: -2 is not allowed; expected a whole number ≥ 1</c>.
    /// </summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var key = KeyPath.Length > 0 ? $" {KeyPath}:" : "";
        var expected = Allowed is null ? "" : $"; expected {Allowed}";
        return $"{where}:{key} {Message}{expected}";
    }
}
