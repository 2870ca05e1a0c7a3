using CorridorSim.Corridor.Statistics;

namespace CorridorSim.Corridor.Tests.Statistics;

public sealed class ChunkedListTests
{
    [Fact]
    public void Add_PastSeveralChunks_KeepsEveryItemInOrder()
    {
        // Given more doubles than three 64 KB chunks hold, starting from a tiny first chunk
        var list = new ChunkedList<double>(initial: 3);
        for (var i = 0; i < 30_000; i++) list.Add(i);

        // Then indexing, enumerating and copying all give them back in order
        Assert.Equal(30_000, list.Count);
        Assert.Equal(8_191.0, list[8_191]);
        Assert.Equal(8_192.0, list[8_192]);
        Assert.Equal(Enumerable.Range(0, 30_000).Select(i => (double)i), list);
        var copy = new double[30_000];
        list.CopyTo(copy);
        Assert.Equal(list, copy);
    }

    [Fact]
    public void Indexer_Replace_KeepsTheCountAndChangesOnlyThatItem()
    {
        var list = new ChunkedList<double>();
        for (var i = 0; i < 10_000; i++) list.Add(i);

        list[9_000] = -1;

        Assert.Equal(10_000, list.Count);
        Assert.Equal(-1.0, list[9_000]);
        Assert.Equal(8_999.0, list[8_999]);
    }

    [Fact]
    public void Indexer_PastTheCount_Throws()
    {
        var list = new ChunkedList<double>(initial: 100);
        list.Add(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
    }

    [Fact]
    public void ItemsPerChunk_DoublesAndReferences_StayUnderTheLargeObjectThreshold()
    {
        // The large-object heap takes arrays of 85,000 bytes and more; a chunk must never be one.
        Assert.InRange(ChunkedList<double>.ItemsPerChunk * sizeof(double), 1, 84_999);
        Assert.InRange(ChunkedList<string>.ItemsPerChunk * IntPtr.Size, 1, 84_999);
        Assert.InRange(ChunkedList<int>.ItemsPerChunk * sizeof(int), 1, 84_999);
    }
}
