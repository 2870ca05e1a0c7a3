using System.Text.RegularExpressions;

namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>
/// One edit of a scenario's text: a kind, and two numbers that pick where (among the lines the kind applies
/// to) and how (which replacement value, which partner line). Applying it to a file with no line it fits
/// leaves the file as it was.
/// </summary>
/// <remarks>
/// Implementation note: the generator draws plain numbers and the edit resolves them against the file at
/// hand, so one generator serves every bundled scenario and a failing case prints as a short, replayable record.
/// </remarks>
internal sealed partial record TextMutation(TextMutationKind Kind, int Pick, int Variant)
{
    /// <summary>Negative, zero, tiny, huge, not finite, out of range for an int, and notations YAML 1.2 does not read as numbers.</summary>
    public static readonly string[] Numbers =
    [
        "-1", "-0.5", "0", "-0", "1e300", "-1e300", ".nan", ".NaN", ".inf", "-.inf", "1e-300", "0.001", "0.5", "1.5", "7",
        "1000000", "1e9", "2147483648", "18446744073709551616", "1_000", "0x1F", "1e400", "+5", "5.", "1,5",
    ];

    public static readonly string[] Keywords = ["null", "~", "\"\"", "''", "true", "no", "yes", "[]", "{}", "\"text\"", "two words", "- item", "|", "*nowhere", "&a 5", "!!int 5"];

    public static readonly string[] Junk = ["{", "}", "[", "]", ":", "- ", "'", "\"", "&a ", "*a", "!!int ", "? ", "|", ">", "#", "\t", ",", "%", "@", "`", "\\", "\u00e9", "~", "<<: ", "\r", "\u00a0", "\u200b", "\ud83d\ude82"];

    /// <summary>The words each choice key accepts (and one it does not), so a policy, unit or class can be switched.</summary>
    private static readonly Dictionary<string, string[]> Choices = new()
    {
        ["departure_policy"] = ["when_full", "timetable", "max_wait", "whenever"],
        ["routing"] = ["fixed_shares", "shortest_expected_time", "least_congested", "cheapest"],
        ["direction"] = ["westbound", "eastbound", "northbound"],
        ["unit"] = ["wagon", "container", "truck", "oil_parcel", "pallet"],
        ["vessel_class"] = ["rail_ferry", "container_feeder", "tanker", "ro_ro"],
        ["dist"] = ["constant", "exponential", "uniform", "triangular", "normal", "lognormal", "empirical", "weibull"],
        ["regime"] = ["paper", "electronic_pre_arrival", "single_window", "mixed_2024"],
        ["pre_arrival"] = ["true", "false"],
        ["mutual_recognition"] = ["true", "false"],
    };

    private static readonly HashSet<string> ReferenceKeys = ["from", "to", "origin", "destination", "east_port", "west_port", "regime", "closes"];

    private static readonly HashSet<string> NetworkSections = ["rail_legs", "road_legs", "sea_services", "ports", "borders", "origins", "destinations"];

    public void ApplyTo(ScenarioOutline outline)
    {
        switch (Kind)
        {
            case TextMutationKind.DeleteKey: DeleteKey(outline); break;
            case TextMutationKind.DeleteItem: DeleteItem(outline, _ => true); break;
            case TextMutationKind.DuplicateKey: DuplicateKey(outline); break;
            case TextMutationKind.DuplicateItem: DuplicateItem(outline); break;
            case TextMutationKind.QuoteNumber: ReplaceValue(outline, l => l.IsNumber, v => $"\"{v}\""); break;
            case TextMutationKind.ScalarToList: ReplaceValue(outline, l => l.HasScalarValue, v => Variant % 2 == 0 ? $"[{v}]" : $"[{v}, {v}]"); break;
            case TextMutationKind.ScalarToMapping: ReplaceValue(outline, l => l.HasScalarValue, v => Variant % 2 == 0 ? $"{{ value: {v} }}" : $"{{ dist: {v} }}"); break;
            case TextMutationKind.MappingToScalar: Collapse(outline, i => outline.Lines[i].HasFlowMapping || outline.HoldsBlockMapping(i)); break;
            case TextMutationKind.ListToScalar: Collapse(outline, i => outline.Lines[i].HasFlowList || outline.HoldsBlockList(i)); break;
            case TextMutationKind.SetNumber: SetNumber(outline); break;
            case TextMutationKind.SetKeyword: ReplaceValue(outline, l => l.HasScalarValue, _ => Keywords[Variant % Keywords.Length]); break;
            case TextMutationKind.EmptyList: EmptyList(outline); break;
            case TextMutationKind.UnknownReference: UnknownReference(outline); break;
            case TextMutationKind.SwapNames: Swap(outline, l => l.Key == "name" && l.HasScalarValue); break;
            case TextMutationKind.SwapReferences: Swap(outline, l => l.Key is not null && ReferenceKeys.Contains(l.Key) && l.HasScalarValue); break;
            case TextMutationKind.BreakRoute: BreakRoute(outline); break;
            case TextMutationKind.DeleteNetworkItem: DeleteItem(outline, i => NetworkSections.Contains(outline.SectionOf(i))); break;
            case TextMutationKind.ShiftIndent: ShiftIndent(outline); break;
            case TextMutationKind.InsertTab: InsertTab(outline); break;
            case TextMutationKind.UnbalanceBracket: UnbalanceBracket(outline); break;
            case TextMutationKind.InsertJunk: InsertJunk(outline); break;
            case TextMutationKind.SetChoice: SetChoice(outline); break;
            case TextMutationKind.RemoveByMerge: RemoveByMerge(outline); break;
            default: throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null);
        }
    }

    private int? Choose(IReadOnlyList<int> candidates) => candidates.Count == 0 ? null : candidates[Pick % candidates.Count];

    private void DeleteKey(ScenarioOutline outline)
    {
        if (Choose([.. outline.Where(l => l.Key is not null)]) is not { } at) return;
        var line = outline.Lines[at];
        var (start, count) = outline.BlockOf(at);
        if (!line.Dash)
        {
            outline.Remove(at, count + 1);
            return;
        }

        // A list item keeps its other keys: "- name: x" becomes "-" with the rest of the item under it.
        var item = outline.ItemOf(at);
        if (item.Count == count + 1) outline.Remove(item.Start, item.Count);
        else
        {
            outline.Remove(start, count);
            outline.Replace(at, new string(' ', line.Indent) + "-");
        }
    }

    private void DeleteItem(ScenarioOutline outline, Func<int, bool> where)
    {
        if (Choose([.. outline.Where(l => l.Dash).Where(where)]) is not { } at) return;
        var (start, count) = outline.ItemOf(at);
        outline.Remove(start, count);
    }

    private void DuplicateKey(ScenarioOutline outline)
    {
        if (Choose([.. outline.Where(l => l.Key is not null && !l.Dash)]) is not { } at) return;
        var (_, count) = outline.BlockOf(at);
        outline.Insert(at + count + 1, outline.Copy(at, count + 1));
    }

    private void DuplicateItem(ScenarioOutline outline)
    {
        if (Choose([.. outline.Where(l => l.Dash)]) is not { } at) return;
        var (start, count) = outline.ItemOf(at);
        outline.Insert(start + count, outline.Copy(start, count));
    }

    private void ReplaceValue(ScenarioOutline outline, Func<ScenarioLine, bool> where, Func<string, string> replace)
    {
        if (Choose([.. outline.Where(where)]) is not { } at) return;
        var line = outline.Lines[at];
        outline.Replace(at, line.WithValue(replace(line.Value)));
    }

    /// <summary>A mapping or list (flow or block) becomes a scalar: its nested lines go.</summary>
    private void Collapse(ScenarioOutline outline, Func<int, bool> where)
    {
        if (Choose([.. outline.Where(l => l.Key is not null).Where(where)]) is not { } at) return;
        var line = outline.Lines[at];
        var (start, count) = line.ValueLength == 0 ? outline.BlockOf(at) : (at + 1, 0);
        outline.Remove(start, count);
        string[] scalars = ["7", "word", "", "-1", "\"quoted\""];
        var value = scalars[Variant % scalars.Length];
        outline.Replace(at, line.ValueLength == 0 ? line.Text.TrimEnd() + (value.Length > 0 ? " " + value : "") : line.WithValue(value));
    }

    private void EmptyList(ScenarioOutline outline)
    {
        if (Choose([.. outline.Where(l => l.Key is not null).Where(i => outline.Lines[i].HasFlowList || outline.HoldsBlockList(i))]) is not { } at) return;
        var line = outline.Lines[at];
        if (line.ValueLength == 0)
        {
            var (start, count) = outline.BlockOf(at);
            outline.Remove(start, count);
            outline.Replace(at, line.Text.TrimEnd() + " []");
        }
        else
        {
            outline.Replace(at, line.WithValue("[]"));
        }
    }

    private void SetNumber(ScenarioOutline outline)
    {
        var spots = new List<(int Line, int Start, int Length)>();
        for (var i = 0; i < outline.Lines.Count; i++)
        {
            var line = outline.Lines[i];
            if (line.Key is null) continue;
            foreach (Match m in NumberToken().Matches(line.Value)) spots.Add((i, line.ValueStart + m.Index, m.Length));
        }

        if (spots.Count == 0) return;
        var (at, from, length) = spots[Pick % spots.Count];
        var text = outline.Lines[at].Text;
        outline.Replace(at, text[..from] + Numbers[Variant % Numbers.Length] + text[(from + length)..]);
    }

    private void UnknownReference(ScenarioOutline outline)
    {
        var spots = new List<(int Line, int Start, int Length)>();
        for (var i = 0; i < outline.Lines.Count; i++)
        {
            var line = outline.Lines[i];
            if (line.Key is null) continue;
            if (ReferenceKeys.Contains(line.Key) && line.HasScalarValue) spots.Add((i, line.ValueStart, line.ValueLength));
            else if (line.Key is "via" or "closes" && line.HasFlowList)
                foreach (Match m in NameToken().Matches(line.Value)) spots.Add((i, line.ValueStart + m.Index, m.Length));
        }

        if (spots.Count == 0) return;
        var (at, from, length) = spots[Pick % spots.Count];
        var text = outline.Lines[at].Text;
        var name = text.Substring(from, length);
        string[] wrong = ["atlantis", name.Length > 1 ? name[..^1] : "x", name + "_2", name.ToUpperInvariant(), "\"\"", $"\"{name} \""];
        outline.Replace(at, text[..from] + wrong[Variant % wrong.Length] + text[(from + length)..]);
    }

    private void Swap(ScenarioOutline outline, Func<ScenarioLine, bool> where)
    {
        var candidates = outline.Where(where).ToList();
        if (candidates.Count < 2) return;
        var a = Pick % candidates.Count;
        var b = Variant % candidates.Count;
        if (a == b) b = (a + 1) % candidates.Count;
        var (first, second) = (outline.Lines[candidates[a]], outline.Lines[candidates[b]]);
        outline.Replace(candidates[a], first.WithValue(second.Value));
        outline.Replace(candidates[b], second.WithValue(first.Value));
    }

    private void BreakRoute(ScenarioOutline outline)
    {
        if (Choose([.. outline.Where(l => l.Key == "via" && l.HasFlowList)]) is not { } at) return;
        var line = outline.Lines[at];
        var names = NameToken().Matches(line.Value).Select(m => m.Value).ToList();
        if (names.Count < 2) return;
        var middle = names.Count > 2 ? 1 + (Pick % (names.Count - 2)) : 0;
        List<string> broken = (Variant % 5) switch
        {
            0 => [.. Enumerable.Reverse(names)],
            1 => [.. names.Where((_, i) => i != middle || names.Count == 2)],
            2 => [.. names.Take(middle + 1).Append(names[middle]).Concat(names.Skip(middle + 1))],
            3 => [names[0], names[^1]],
            _ => [.. names.Skip(1).Append(names[0])],
        };
        outline.Replace(at, line.WithValue("[" + string.Join(", ", broken) + "]"));
    }

    private void ShiftIndent(ScenarioOutline outline)
    {
        if (Choose([.. outline.Where(l => !l.IsBlankOrComment)]) is not { } at) return;
        var text = outline.Lines[at].Text;
        outline.Replace(at, (Variant % 3) switch
        {
            0 => "  " + text,
            1 => " " + text,
            _ => text.StartsWith("  ", StringComparison.Ordinal) ? text[2..] : text.TrimStart(),
        });
    }

    private void InsertTab(ScenarioOutline outline)
    {
        if (Choose([.. outline.Where(l => !l.IsBlankOrComment)]) is not { } at) return;
        var line = outline.Lines[at];
        var text = line.Text;
        outline.Replace(at, (Variant % 3) switch
        {
            0 => "\t" + text.TrimStart(' '),
            1 when line.Key is not null => text[..line.ValueStart] + "\t" + text[line.ValueStart..],
            _ => text + "\t",
        });
    }

    private void UnbalanceBracket(ScenarioOutline outline)
    {
        var bracketed = outline.Where(l => l.Text.Contains('{') || l.Text.Contains('[')).ToList();
        if (Variant % 2 == 0 && bracketed.Count > 0)
        {
            var at = bracketed[Pick % bracketed.Count];
            var text = outline.Lines[at].Text;
            var close = Math.Max(text.LastIndexOf('}'), text.LastIndexOf(']'));
            outline.Replace(at, close >= 0 ? text.Remove(close, 1) : text + "]");
            return;
        }

        if (Choose([.. outline.Where(l => !l.IsBlankOrComment)]) is not { } line) return;
        var chosen = outline.Lines[line].Text;
        var position = (Variant / 2) % (chosen.Length + 1);
        outline.Replace(line, chosen.Insert(position, "[{]}"[Variant % 4].ToString()));
    }

    private void InsertJunk(ScenarioOutline outline)
    {
        var text = outline.Lines[Pick % outline.Lines.Count].Text;
        var position = (Variant / Junk.Length) % (text.Length + 1);
        outline.Replace(Pick % outline.Lines.Count, text.Insert(position, Junk[Variant % Junk.Length]));
    }

    private void SetChoice(ScenarioOutline outline)
    {
        var spots = new List<(int Line, int Start, int Length, string Key)>();
        for (var i = 0; i < outline.Lines.Count; i++)
        {
            var line = outline.Lines[i];
            if (line.Key is not null && Choices.ContainsKey(line.Key) && line.HasScalarValue) spots.Add((i, line.ValueStart, line.ValueLength, line.Key));
            else if (line.HasFlowMapping)
                foreach (Match m in InlineChoice().Matches(line.Value))
                    if (Choices.ContainsKey(m.Groups["key"].Value)) spots.Add((i, line.ValueStart + m.Groups["value"].Index, m.Groups["value"].Length, m.Groups["key"].Value));
        }

        if (spots.Count == 0) return;
        var (at, from, length, key) = spots[Pick % spots.Count];
        var words = Choices[key];
        var text = outline.Lines[at].Text;
        outline.Replace(at, text[..from] + words[Variant % words.Length] + text[(from + length)..]);
    }

    /// <summary>A list item gets <c>remove: true</c>: in a file that extends another, the parent's item of that name is dropped.</summary>
    private void RemoveByMerge(ScenarioOutline outline)
    {
        if (Choose([.. outline.Where(l => l.Dash && l.Key == "name")]) is not { } at) return;
        var line = outline.Lines[at];
        outline.Insert(at + 1, [new string(' ', line.KeyColumn) + (Variant % 3 == 0 ? "remove: yes" : "remove: true")]);
    }

    [GeneratedRegex(@"(?<key>[a-z_]+): *(?<value>[a-z_]+)")]
    private static partial Regex InlineChoice();

    [GeneratedRegex(@"(?<![\w.+-])[-+]?\d+(\.\d+)?([eE][-+]?\d+)?(?![\w.])")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_\-]*")]
    private static partial Regex NameToken();
}
