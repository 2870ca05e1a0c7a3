using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CorridorSim.Scenarios.Yaml;

/// <summary>
/// Turns YamlDotNet parsing events into a <see cref="ScenarioNode"/> tree, one event at a time, holding the
/// open mappings and lists on an explicit stack.
/// </summary>
internal sealed class TreeBuilder(string file, DiagnosticBag bag, string keyPath)
{
    private const string StringTag = "tag:yaml.org,2002:str";

    private readonly Stack<Frame> _open = new();
    private readonly Dictionary<string, ScenarioNode> _anchors = new(StringComparer.Ordinal);
    private long _nodes;
    private int _documents;

    public ScenarioNode? Root { get; private set; }

    /// <summary>True once any error was reported; the tree is then discarded.</summary>
    public bool Failed { get; private set; }

    /// <summary>Where the last event started: the best position for an error the parser itself could not place.</summary>
    public SourceLocation LastLocation { get; private set; } = SourceLocation.FileOnly(file);

    /// <summary>Takes the next event; false means stop reading (a fatal error was reported).</summary>
    public bool Accept(ParsingEvent e)
    {
        var at = SourceLocation.At(file, e.Start);
        LastLocation = at;
        switch (e)
        {
            case DocumentStart:
                _documents++;
                return _documents == 1 || Fatal(at, "the file holds more than one YAML document ('---'); a scenario is one document");
            case Scalar scalar:
                if (!TagAllowed(scalar, at)) return false;
                var plain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;
                return Add(Anchor(scalar, new ScenarioScalar(at, scalar.Value, plain)), 1);
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    return Fatal(at, $"the alias *{alias.Value.Value} names no anchor defined before it");
                return Add(target, target.Size);
            case MappingStart start:
                if (!TagAllowed(start, at) || !Deeper(at)) return false;
                _open.Push(new Frame(at, start.Anchor.IsEmpty ? null : start.Anchor.Value, IsMapping: true));
                return true;
            case SequenceStart start:
                if (!TagAllowed(start, at) || !Deeper(at)) return false;
                _open.Push(new Frame(at, start.Anchor.IsEmpty ? null : start.Anchor.Value, IsMapping: false));
                return true;
            case MappingEnd:
                {
                    var frame = _open.Pop();
                    var node = new ScenarioMapping(frame.Location, frame.Entries);
                    return Add(Register(frame.Anchor, node), 1);
                }
            case SequenceEnd:
                {
                    var frame = _open.Pop();
                    var node = new ScenarioSequence(frame.Location, frame.Items);
                    return Add(Register(frame.Anchor, node), 1);
                }
            default:
                return true;
        }
    }

    private bool Add(ScenarioNode node, long expandedNodes)
    {
        _nodes += expandedNodes;
        if (_nodes > ScenarioLimits.MaxNodes)
            return Fatal(node.Location, $"the document expands to more than {ScenarioLimits.MaxNodes:N0} values (are aliases nested many times?)");

        if (_open.Count == 0)
        {
            Root = node;
            return true;
        }

        var frame = _open.Peek();
        if (!frame.IsMapping)
        {
            frame.Items.Add(node);
            return true;
        }

        if (frame.PendingKey is null)
        {
            if (node is not ScenarioScalar key)
                return Fatal(node.Location, $"a key must be a plain word, not {node.Describe()}");
            if (key.Value.Length == 0)
                return Fatal(node.Location, "a key must be a plain word, not an empty one");
            if (frame.KeysSeen.TryGetValue(key.Value, out var first))
                Error(key.Location, $"the key '{key.Value}' appears twice in this mapping (first on line {first.Line})");
            else
                frame.KeysSeen[key.Value] = key.Location;
            frame.PendingKey = key;
            return true;
        }

        frame.Entries.Add(new ScenarioEntry(frame.PendingKey, node));
        frame.PendingKey = null;
        return true;
    }

    private ScenarioNode Anchor(NodeEvent e, ScenarioNode node) => Register(e.Anchor.IsEmpty ? null : e.Anchor.Value, node);

    private ScenarioNode Register(string? anchor, ScenarioNode node)
    {
        if (anchor is not null) _anchors[anchor] = node;
        return node;
    }

    private bool TagAllowed(NodeEvent e, SourceLocation at) =>
        e.Tag.IsEmpty || (e is Scalar && e.Tag.Value == StringTag) ||
        Fatal(at, $"the YAML tag {e.Tag.Value} is not supported in scenario files (only !!str is)");

    private bool Deeper(SourceLocation at) =>
        _open.Count < ScenarioLimits.MaxNesting ||
        Fatal(at, $"mappings and lists are nested more than {ScenarioLimits.MaxNesting} levels deep");

    private void Error(SourceLocation at, string message)
    {
        Failed = true;
        bag.Error(at, keyPath, message);
    }

    private bool Fatal(SourceLocation at, string message)
    {
        Error(at, message);
        return false;
    }

    private sealed record Frame(SourceLocation Location, string? Anchor, bool IsMapping)
    {
        public List<ScenarioEntry> Entries { get; } = [];

        public List<ScenarioNode> Items { get; } = [];

        public Dictionary<string, SourceLocation> KeysSeen { get; } = new(StringComparer.Ordinal);

        public ScenarioScalar? PendingKey { get; set; }
    }
}
