namespace CorridorSim.Testing;

/// <summary>Checks that a file is a rendered PNG image: the eight-byte PNG signature, then more than the header chunks.</summary>
public static class Png
{
    // A PNG holding only its signature and header chunks is under a hundred bytes; a chart with anything
    // drawn in it is kilobytes.
    private const long DrawnImageBytes = 1000;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>True when <paramref name="path"/> starts with the PNG signature and is larger than an empty image.</summary>
    public static bool IsPng(string path)
    {
        var head = new byte[Signature.Length];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length
            && head.AsSpan().SequenceEqual(Signature)
            && file.Length > DrawnImageBytes;
    }
}
