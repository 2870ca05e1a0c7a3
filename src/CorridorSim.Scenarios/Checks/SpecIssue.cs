namespace CorridorSim.Scenarios.Checks;

/// <summary>A problem found on a mapped spec, placed by key path; the loader turns the path into a file and line.</summary>
internal sealed record SpecIssue(string KeyPath, string Message, string? BadValue, string? Allowed, bool IsWarning = false);
