using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios.Files;

/// <summary>
/// Reads a scenario and the chain of files it <c>extends</c> (each path relative to the file that names it)
/// and merges them, parent first, into one document.
/// </summary>
/// <remarks>
/// A parent is read only when, after symbolic links, it is a regular <c>.yaml</c>/<c>.yml</c> file inside the folder
/// tree of the first scenario or one of <see cref="ScenarioAccess.Folders"/>; anything else is refused unread. The
/// whole chain shares one <see cref="ReadBudget"/>.
/// </remarks>
internal sealed class ExtendsResolver(DiagnosticBag bag, ScenarioAccess access, CancellationToken cancellation)
{
    private static readonly string[] ScenarioExtensions = [".yaml", ".yml"];

    private readonly List<string> _sources = [];
    private readonly ReadBudget _budget = new();
    private List<string>? _allowed;

    /// <summary>The files read, the first one first and then each parent.</summary>
    public IReadOnlyList<string> Sources => _sources;

    public ScenarioMapping? ResolveFile(string displayPath) =>
        FullPath(displayPath) is { } full ? ResolveFile(displayPath, full, [], referencedAt: null) : null;

    public ScenarioMapping? ResolveText(string text, string displayPath)
    {
        _sources.Add(displayPath);
        return FullPath(displayPath) is { } full ? ResolveText(text, displayPath, full, []) : null;
    }

    /// <summary>The absolute form of a path the user gave, or null (reported) when it is not a path at all.</summary>
    private string? FullPath(string displayPath)
    {
        try
        {
            if (displayPath.Trim().Length > 0) return Path.GetFullPath(displayPath);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
        }

        if (!_sources.Contains(displayPath)) _sources.Add(displayPath);
        bag.Error(SourceLocation.FileOnly(displayPath), "", "is not a usable file path", displayPath, "the path of a .yaml file");
        return null;
    }

    private ScenarioMapping? ResolveFile(string displayPath, string fullPath, List<(string Full, string Display)> chain, SourceLocation? referencedAt)
    {
        cancellation.ThrowIfCancellationRequested();
        _sources.Add(displayPath);
        var text = ScenarioFileReader.Read(displayPath, fullPath, bag, referencedAt, referencedAt is null ? "" : "extends", _budget, cancellation);
        return text is null ? null : ResolveText(text, displayPath, fullPath, chain);
    }

    private ScenarioMapping? ResolveText(string text, string displayPath, string fullPath, List<(string Full, string Display)> chain)
    {
        // The first scenario's own folder tree is always allowed: the user chose that file.
        _allowed ??= [RealPath.Of(Path.GetDirectoryName(fullPath) ?? fullPath), .. access.Folders];
        var document = YamlTreeReader.ReadDocument(text, displayPath, bag, cancellation);
        if (document?.Find("extends") is not { } extends) return document;

        var child = document.Without("extends");
        if (extends.Value is not ScenarioScalar { IsNull: false } target || target.Value.Trim().Length == 0)
        {
            bag.Error(extends.Value.Location, "extends", $"{extends.Value.Describe()} is not a file name", null,
                "the path of the parent scenario, relative to this file (extends: baseline-2024.yaml)");
            return null;
        }

        var parentDisplay = Path.Combine(Path.GetDirectoryName(displayPath) ?? "", target.Value);
        string parentFull;
        try
        {
            parentFull = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath) ?? "", target.Value));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            bag.Error(target.Location, "extends", $"'{target.Value}' is not a usable path: {ex.Message}", target.Value, "a relative file path");
            return null;
        }

        var here = chain.Append((Full: fullPath, Display: displayPath)).ToList();
        var loopStart = here.FindIndex(c => c.Full == parentFull);
        if (loopStart >= 0)
        {
            var loop = here.Skip(loopStart).Select(c => c.Display).Append(parentDisplay);
            bag.Error(target.Location, "extends", $"extends cycle: {string.Join(" → ", loop)}", target.Value, "a parent scenario that does not extend this one");
            return null;
        }

        if (here.Count >= ScenarioLimits.MaxExtendsDepth)
        {
            bag.Error(target.Location, "extends", $"extends chain longer than {ScenarioLimits.MaxExtendsDepth} files", target.Value);
            return null;
        }

        if (!MayExtend(parentDisplay, parentFull, target.Location)) return null;

        var parent = ResolveFile(parentDisplay, parentFull, here, target.Location);
        return parent is null ? null : TreeMerge.Merge(parent, child, "", bag);
    }

    /// <summary>True when <paramref name="parentFull"/> is a scenario file the chain may read; otherwise reports why not.</summary>
    private bool MayExtend(string parentDisplay, string parentFull, SourceLocation at)
    {
        var real = RealPath.Of(parentFull);
        var inside = _allowed!.Any(folder => RealPath.IsInside(real, folder));
        if (!inside)
        {
            var folders = string.Join(", ", _allowed!);
            bag.Error(at, "extends", $"{parentDisplay}: is outside the folders a scenario may extend ({folders}); it was not read",
                null, $"a .yaml scenario in one of them, or name its folder with --allow-folder DIR or {ScenarioAccess.FoldersVariable}");
            return false;
        }

        // A folder, FIFO or device is refused by the reader, unopened and by its kind, which says more than its name.
        if (PathKinds.Of(real) == PathKind.RegularFile && !ScenarioExtensions.Contains(Path.GetExtension(real), StringComparer.OrdinalIgnoreCase))
        {
            bag.Error(at, "extends", $"{parentDisplay}: is not a .yaml or .yml file; it was not read", null, "a .yaml scenario file");
            return false;
        }

        return true;
    }
}
