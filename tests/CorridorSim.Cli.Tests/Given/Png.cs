namespace CorridorSim.Cli.Tests.Given;

/// <summary>Checks that a file is a PNG image: it starts with the eight-byte PNG signature and holds more than a header.</summary>
public static class Png
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsPng(string path)
    {
        var head = new byte[Signature.Length];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length
            && head.AsSpan().SequenceEqual(Signature)
            && file.Length > 100;
    }
}
