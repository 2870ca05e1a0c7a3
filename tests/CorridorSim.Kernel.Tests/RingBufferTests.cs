namespace CorridorSim.Kernel.Tests;

public class RingBufferTests
{
    private static RingBuffer<int> Buffer(params int[] items)
    {
        var buffer = new RingBuffer<int>();
        foreach (var item in items)
        {
            buffer.Add(item);
        }

        return buffer;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(6)]
    public void Insert_AnyIndex_LandsThereWithTheOthersInOrder(int index)
    {
        // Given a buffer whose head has wrapped (two taken from the front, more added)
        var buffer = Buffer(-2, -1, 0, 1, 2, 3);
        buffer.RemoveFirst();
        buffer.RemoveFirst();
        buffer.Add(4);
        buffer.Add(5);
        var expected = new List<int> { 0, 1, 2, 3, 4, 5 };

        buffer.Insert(index, 99);
        expected.Insert(index, 99);

        Assert.Equal(expected, buffer.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void RemoveAt_AnyIndex_ReturnsItAndKeepsTheOthersInOrder(int index)
    {
        var buffer = Buffer(-1, 0, 1, 2, 3, 4, 5);
        buffer.RemoveFirst();
        var expected = new List<int> { 0, 1, 2, 3, 4, 5 };

        var removed = buffer.RemoveAt(index);

        Assert.Equal(expected[index], removed);
        expected.RemoveAt(index);
        Assert.Equal(expected, buffer.ToArray());
    }
}
