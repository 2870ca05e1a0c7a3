namespace CorridorSim.Scenarios.Yaml;

/// <summary>Collects errors and warnings from every stage of loading, so the user sees all of them at once.</summary>
/// <remarks>
/// At most <see cref="MaxReported"/> errors and as many warnings are kept: past that a file is not a scenario
/// with mistakes but something else, and listing (and suggesting fixes for) a million keys would take long.
/// </remarks>
internal sealed class DiagnosticBag
{
    public const int MaxReported = 500;

    private readonly List<ScenarioDiagnostic> _errors = [];
    private readonly List<ScenarioDiagnostic> _warnings = [];

    public IReadOnlyList<ScenarioDiagnostic> Errors => _errors;

    public IReadOnlyList<ScenarioDiagnostic> Warnings => _warnings;

    public bool HasErrors => _errors.Count > 0;

    /// <summary>True once no more errors are kept; costly hints (nearest names) can then be skipped.</summary>
    public bool IsFull => _errors.Count >= MaxReported;

    /// <summary>Errors found but not kept.</summary>
    public int Dropped { get; private set; }

    public void Error(SourceLocation at, string keyPath, string message, string? badValue = null, string? allowed = null) =>
        AddError(Diagnostic(at, keyPath, message, badValue, allowed));

    public void Warning(SourceLocation at, string keyPath, string message, string? badValue = null, string? allowed = null)
    {
        if (_warnings.Count < MaxReported) _warnings.Add(Diagnostic(at, keyPath, message, badValue, allowed));
    }

    public void AddErrors(IEnumerable<ScenarioDiagnostic> errors)
    {
        foreach (var e in errors) AddError(Diagnostic(new SourceLocation(e.File, e.Line, e.Column), e.KeyPath, e.Message, e.BadValue, e.Allowed));
    }

    /// <summary>
    /// A diagnostic whose message quotes values only as short, escaped excerpts (<see cref="Excerpt"/>): a scenario
    /// shared by someone else must not make the loader print a file of yours. Files and locations are not cut.
    /// </summary>
    private static ScenarioDiagnostic Diagnostic(SourceLocation at, string keyPath, string message, string? badValue, string? allowed) =>
        new(at.File, at.Line, at.Column, Excerpt.OfKeyPath(keyPath), Excerpt.OfMessage(message),
            badValue is null ? null : Excerpt.Of(badValue), allowed is null ? null : Excerpt.OfMessage(allowed));

    private void AddError(ScenarioDiagnostic error)
    {
        if (IsFull) Dropped++;
        else _errors.Add(error);
    }
}
