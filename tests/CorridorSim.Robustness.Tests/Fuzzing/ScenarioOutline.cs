namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>
/// A scenario file as a list of <see cref="ScenarioLine"/>s, with the spans the mutators cut, copy and
/// replace: a key's block (its nested lines), a list item, and the top-level section a line belongs to.
/// </summary>
internal sealed class ScenarioOutline
{
    private readonly List<ScenarioLine> _lines;

    public ScenarioOutline(string text) => _lines = [.. text.Split('\n').Select(ScenarioLine.Parse)];

    public IReadOnlyList<ScenarioLine> Lines => _lines;

    public string Text => string.Join('\n', _lines.Select(l => l.Text));

    public IEnumerable<int> Where(Func<ScenarioLine, bool> predicate) =>
        Enumerable.Range(0, _lines.Count).Where(i => predicate(_lines[i]));

    /// <summary>The lines nested under the key on line <paramref name="at"/> (its mapping or list), trailing blanks excluded.</summary>
    public (int Start, int Count) BlockOf(int at)
    {
        var column = _lines[at].KeyColumn;
        var end = at + 1;
        var last = at;
        while (end < _lines.Count)
        {
            var line = _lines[end];
            if (!line.IsBlankOrComment)
            {
                var nested = line.Indent > column || (line.Indent == column && line.Dash && _lines[at].ValueLength == 0 && !_lines[at].Dash);
                if (!nested) break;
                last = end;
            }

            end++;
        }

        return (at + 1, last - at);
    }

    /// <summary>The list item opened by the dash on line <paramref name="at"/>: that line and the keys under it.</summary>
    public (int Start, int Count) ItemOf(int at)
    {
        var indent = _lines[at].Indent;
        var last = at;
        for (var i = at + 1; i < _lines.Count; i++)
        {
            var line = _lines[i];
            if (line.IsBlankOrComment) continue;
            if (line.Indent <= indent) break;
            last = i;
        }

        return (at, last - at + 1);
    }

    /// <summary>The top-level key whose section holds line <paramref name="at"/> (<c>flows</c>, <c>ports</c>…), or "".</summary>
    public string SectionOf(int at)
    {
        for (var i = at; i >= 0; i--)
        {
            var line = _lines[i];
            if (line.Key is not null && line.Indent == 0 && !line.Dash) return line.Key;
        }

        return "";
    }

    /// <summary>True when the key on line <paramref name="at"/> holds a block list (its next nested line is a dash).</summary>
    public bool HoldsBlockList(int at)
    {
        var (start, count) = BlockOf(at);
        return count > 0 && _lines.Skip(start).Take(count).FirstOrDefault(l => !l.IsBlankOrComment)?.Dash == true;
    }

    /// <summary>True when the key on line <paramref name="at"/> holds a block mapping.</summary>
    public bool HoldsBlockMapping(int at)
    {
        var (start, count) = BlockOf(at);
        return _lines[at].ValueLength == 0 && count > 0 && _lines.Skip(start).Take(count).FirstOrDefault(l => !l.IsBlankOrComment)?.Dash == false;
    }

    public void Replace(int at, string text) => _lines[at] = ScenarioLine.Parse(text);

    public void Remove(int start, int count) => _lines.RemoveRange(start, count);

    public void Insert(int at, IEnumerable<string> texts) => _lines.InsertRange(at, texts.Select(ScenarioLine.Parse));

    public List<string> Copy(int start, int count) => [.. _lines.Skip(start).Take(count).Select(l => l.Text)];
}
