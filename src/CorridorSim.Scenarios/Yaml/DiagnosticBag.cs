namespace CorridorSim.Scenarios.Yaml;

/// <summary>Collects errors and warnings from every stage of loading, so the user sees all of them at once.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<ScenarioDiagnostic> _errors = [];
    private readonly List<ScenarioDiagnostic> _warnings = [];

    public IReadOnlyList<ScenarioDiagnostic> Errors => _errors;

    public IReadOnlyList<ScenarioDiagnostic> Warnings => _warnings;

    public bool HasErrors => _errors.Count > 0;

    public void Error(SourceLocation at, string keyPath, string message, string? badValue = null, string? allowed = null) =>
        _errors.Add(new ScenarioDiagnostic(at.File, at.Line, at.Column, keyPath, message, badValue, allowed));

    public void Warning(SourceLocation at, string keyPath, string message, string? badValue = null, string? allowed = null) =>
        _warnings.Add(new ScenarioDiagnostic(at.File, at.Line, at.Column, keyPath, message, badValue, allowed));

    public void AddErrors(IEnumerable<ScenarioDiagnostic> errors) => _errors.AddRange(errors);
}
