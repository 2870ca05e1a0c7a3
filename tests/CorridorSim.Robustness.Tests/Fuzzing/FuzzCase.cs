using System.Text;
using CorridorSim.Scenarios;

namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>
/// One fuzzed scenario input: a bundled scenario, the text edits made to it, what is done to it as a file,
/// and the short horizon it is run for if it loads.
/// </summary>
/// <param name="Scenario">File name of the bundled scenario the case starts from.</param>
/// <param name="Edits">Text edits, applied in order.</param>
/// <param name="Damage">What is done to the file after the edits.</param>
/// <param name="Where">Picks the byte a truncation or an insertion happens at.</param>
/// <param name="HorizonDays">Horizon of the run if the case loads (warm-up included).</param>
/// <param name="WarmupDays">Warm-up of that run.</param>
internal sealed record FuzzCase(string Scenario, IReadOnlyList<TextMutation> Edits, FileMutation Damage, int Where, int HorizonDays, int WarmupDays)
{
    private static readonly byte[][] NotUtf8 = [[0xFF], [0xE9], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x80]];

    public override string ToString() =>
        $"{Scenario} [{string.Join("; ", Edits.Select(e => $"{e.Kind}({e.Pick},{e.Variant})"))}] damage={Damage}({Where}) run={HorizonDays}d/{WarmupDays}d";

    /// <summary>Writes the case (and any partner files of an <c>extends</c> cycle) into <paramref name="folder"/>; returns the path to load.</summary>
    public string WriteTo(string folder, string stem)
    {
        var outline = new ScenarioOutline(File.ReadAllText(RepositoryPaths.Scenario(Scenario)));
        foreach (var edit in Edits) edit.ApplyTo(outline);
        var text = outline.Text;
        var path = Path.Combine(folder, stem + ".yaml");

        switch (Damage)
        {
            case FileMutation.ExtendsItself:
                text = WithExtends(text, stem + ".yaml");
                break;
            case FileMutation.ExtendsCycleOfTwo:
                text = WithExtends(text, stem + "-b.yaml");
                File.WriteAllText(Path.Combine(folder, stem + "-b.yaml"), $"extends: {stem}.yaml\nname: partner\n");
                break;
            case FileMutation.ExtendsCycleOfThree:
                text = WithExtends(text, stem + "-b.yaml");
                File.WriteAllText(Path.Combine(folder, stem + "-b.yaml"), $"extends: {stem}-c.yaml\n");
                File.WriteAllText(Path.Combine(folder, stem + "-c.yaml"), $"seed: 3\nextends: {stem}.yaml\n");
                break;
            case FileMutation.ExtendsMissingFile:
                text = WithExtends(text, "no-such-parent.yaml");
                break;
            case FileMutation.ExtendsFolder:
                // The scenario's own folder: inside the folders it may extend, and a folder.
                text = WithExtends(text, ".");
                break;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var at = bytes.Length == 0 ? 0 : Where % bytes.Length;
        bytes = Damage switch
        {
            FileMutation.OverSizeLimit => PaddedPastTheLimit(bytes, Where % 100),
            FileMutation.Truncated => bytes[..at],
            FileMutation.InvalidUtf8 => [.. bytes[..at], .. NotUtf8[Where % NotUtf8.Length], .. bytes[at..]],
            FileMutation.Utf16 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            FileMutation.Utf8ByteOrderMark => [.. Encoding.UTF8.GetPreamble(), .. bytes],
            FileMutation.NulByte => [.. bytes[..at], 0, .. bytes[at..]],
            _ => bytes,
        };
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The bytes and a comment of 'x' that takes the file 1 to 100 bytes past the size limit.</summary>
    private static byte[] PaddedPastTheLimit(byte[] bytes, int over)
    {
        var padded = new byte[ScenarioLimits.MaxFileBytes + 1 + over];
        bytes.CopyTo(padded, 0);
        padded.AsSpan(bytes.Length).Fill((byte)'x');
        "\n# "u8.CopyTo(padded.AsSpan(bytes.Length));
        return padded;
    }

    /// <summary>The text with its <c>extends:</c> line replaced by (or, if it has none, preceded by) one naming <paramref name="parent"/>.</summary>
    private static string WithExtends(string text, string parent)
    {
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("extends:", StringComparison.Ordinal));
        if (at >= 0) lines[at] = $"extends: {parent}";
        else lines.Insert(0, $"extends: {parent}");
        return string.Join('\n', lines);
    }
}
