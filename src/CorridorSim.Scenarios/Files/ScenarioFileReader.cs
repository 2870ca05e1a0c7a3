using System.Buffers;
using System.Text.Unicode;
using CorridorSim.Scenarios.Yaml;

namespace CorridorSim.Scenarios.Files;

/// <summary>
/// Reads a scenario file as strict UTF-8 text: refuses a missing file, a folder, a named pipe or device, more bytes
/// than the chain's share of <see cref="ScenarioLimits.MaxFileBytes"/> and bytes that are not UTF-8, each with an
/// error that says so.
/// </summary>
/// <remarks>
/// The limit counts the bytes actually read, never the length the file system reports: <c>/dev/zero</c> reports 0
/// and a growing file more than it reported.
/// </remarks>
internal static class ScenarioFileReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <param name="displayPath">The path as the user (or an <c>extends</c>) wrote it, used in messages.</param>
    /// <param name="fullPath">The absolute path to read.</param>
    /// <param name="bag">Where problems go.</param>
    /// <param name="referencedAt">Where the file was named (an <c>extends</c> key), or null for the file the user gave.</param>
    /// <param name="keyPath">The key path problems are reported under.</param>
    /// <param name="budget">Bytes the whole <c>extends</c> chain may still read; what this file reads is taken from it.</param>
    /// <param name="cancellation">Stops a long read (Ctrl+C, SIGTERM).</param>
    public static string? Read(string displayPath, string fullPath, DiagnosticBag bag, SourceLocation? referencedAt, string keyPath,
        ReadBudget budget, CancellationToken cancellation)
    {
        var at = referencedAt ?? SourceLocation.FileOnly(displayPath);
        var named = referencedAt is null ? "" : $"{displayPath}: ";
        switch (PathKinds.Of(fullPath))
        {
            case PathKind.Folder:
                bag.Error(at, keyPath, $"{named}is a folder, not a scenario file", null, "a .yaml file");
                return null;
            case PathKind.Special:
                bag.Error(at, keyPath, $"{named}is a named pipe, device or socket, not a regular file; scenarios are read only from regular files",
                    null, "a .yaml file");
                return null;
            case PathKind.Missing when !File.Exists(fullPath):
                bag.Error(at, keyPath, $"{named}file not found (looked for {fullPath})", null, "an existing .yaml file");
                return null;
        }

        byte[] bytes;
        try
        {
            bytes = ReadBounded(fullPath, budget.Remaining, cancellation);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Error(at, keyPath, $"{named}cannot be read: {ex.Message}", null);
            return null;
        }

        if (bytes.LongLength > budget.Remaining)
        {
            var whole = budget.Remaining < ScenarioLimits.MaxFileBytes ? " together with the files it extends" : "";
            bag.Error(at, keyPath, $"{named}is more than {budget.Remaining / 1048576.0:0.0} MB{whole}; scenario files are limited to {ScenarioLimits.MaxFileBytes / 1048576} MB in all",
                null, $"at most {ScenarioLimits.MaxFileBytes} bytes for a scenario and every file it extends");
            return null;
        }

        budget.Take(bytes.LongLength);
        return Decode(bytes, displayPath, bag);
    }

    /// <summary>Reads at most <paramref name="limit"/> + 1 bytes, so that more than the limit is seen without reading it all.</summary>
    private static byte[] ReadBounded(string fullPath, long limit, CancellationToken cancellation)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length <= limit)
        {
            cancellation.ThrowIfCancellationRequested();
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length));
            if (read == 0) break;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
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
}
