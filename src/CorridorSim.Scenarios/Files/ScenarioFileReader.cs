using System.Buffers;
using System.Text.Unicode;
using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios.Files;

/// <summary>
/// Reads a scenario file as strict UTF-8 text: refuses a missing file, a directory, a file over
/// <see cref="ScenarioLimits.MaxFileBytes"/> and bytes that are not UTF-8, each with an error that says so.
/// </summary>
internal static class ScenarioFileReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <param name="displayPath">The path as the user (or an <c>extends</c>) wrote it, used in messages.</param>
    /// <param name="fullPath">The absolute path to read.</param>
    /// <param name="referencedAt">Where the file was named (an <c>extends</c> key), or null for the file the user gave.</param>
    public static string? Read(string displayPath, string fullPath, DiagnosticBag bag, SourceLocation? referencedAt, string keyPath)
    {
        var at = referencedAt ?? SourceLocation.FileOnly(displayPath);
        var named = referencedAt is null ? "" : $"'{displayPath}' ";
        if (Directory.Exists(fullPath))
        {
            bag.Error(at, keyPath, $"{named}is a folder, not a scenario file", displayPath, "a .yaml file");
            return null;
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                bag.Error(at, keyPath, $"{named}file not found (looked for {fullPath})", displayPath, "an existing .yaml file");
                return null;
            }

            if (info.Length > ScenarioLimits.MaxFileBytes)
            {
                TooLarge(bag, at, keyPath, named, info.Length);
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Error(at, keyPath, $"{named}cannot be read: {ex.Message}", displayPath);
            return null;
        }

        // The file may have grown between the size check and the read.
        if (bytes.LongLength > ScenarioLimits.MaxFileBytes)
        {
            TooLarge(bag, at, keyPath, named, bytes.LongLength);
            return null;
        }

        return Decode(bytes, displayPath, bag);
    }

    /// <summary>Strict UTF-8 decoding; the first invalid byte is reported with its line and column.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag bag)
    {
        if (bytes.StartsWith(Utf8Bom)) bytes = bytes[Utf8Bom.Length..];

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done) return new string(chars, 0, written);

        read = Math.Min(read, bytes.Length - 1);
        var before = bytes[..read];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Utf8.IsValid(before[lineStart..]) ? System.Text.Encoding.UTF8.GetCharCount(before[lineStart..]) + 1 : 1;
        var utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        var hint = utf16 ? " (it looks like UTF-16; save it as UTF-8)" : "";
        bag.Error(new SourceLocation(file, line, column), "", $"the file is not valid UTF-8: byte 0x{bytes[read]:X2} at offset {read}{hint}",
            $"0x{bytes[read]:X2}", "UTF-8 text");
        return null;
    }

    private static void TooLarge(DiagnosticBag bag, SourceLocation at, string keyPath, string named, long length) =>
        bag.Error(at, keyPath, $"{named}is {length / 1048576.0:0.0} MB; scenario files are limited to {ScenarioLimits.MaxFileBytes / 1048576} MB",
            $"{length} bytes", $"at most {ScenarioLimits.MaxFileBytes} bytes");
}
