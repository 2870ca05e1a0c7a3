namespace CorridorSim.Kernel.Tests;

public class TicketQueueTests
{
    private sealed class Wagon(int number) : ITicketHolder
    {
        public int Number { get; } = number;

        public long Ticket { get; set; }

        public override string ToString() => $"w{Number}";
    }

    private static (TicketQueue<Wagon> Queue, Wagon[] Wagons) Queue(int count)
    {
        var queue = new TicketQueue<Wagon>();
        var wagons = Enumerable.Range(0, count).Select(i => new Wagon(i)).ToArray();
        foreach (var wagon in wagons)
        {
            queue.Add(wagon);
        }

        return (queue, wagons);
    }

    [Fact]
    public void Remove_HeadMiddleAndTail_KeepsTheOthersInOrder()
    {
        var (queue, w) = Queue(6);

        queue.Remove(w[0]);
        queue.Remove(w[3]);
        queue.Remove(w[5]);

        Assert.Equal([w[1], w[2], w[4]], queue.ToArray());
        Assert.Equal(3, queue.Count);
        Assert.Same(w[1], queue.First);
        Assert.Same(w[4], queue[2]);
    }

    [Fact]
    public void RemoveFirst_AfterMiddleRemovals_SkipsTheBlanks()
    {
        var (queue, w) = Queue(5);
        queue.Remove(w[1]);
        queue.Remove(w[2]);

        Assert.Same(w[0], queue.RemoveFirst());
        Assert.Same(w[3], queue.First);
        Assert.Same(w[3], queue.RemoveFirst());
        Assert.Same(w[4], queue.RemoveFirst());
        Assert.Empty(queue);
    }

    [Fact]
    public void Add_AfterManyRemovals_CompactsAndKeepsTicketsValid()
    {
        // Given a long queue whose every entry but a few left from the middle
        var (queue, w) = Queue(200);
        var kept = new[] { w[0], w[57], w[199] };
        foreach (var wagon in w.Except(kept))
        {
            queue.Remove(wagon);
        }

        // When more arrive (an add compacts the blanks away and renumbers the tickets)
        var late = Enumerable.Range(200, 50).Select(i => new Wagon(i)).ToArray();
        foreach (var wagon in late)
        {
            queue.Add(wagon);
        }

        // Then the order holds, and removal by ticket still finds every entry
        Assert.Equal(kept.Concat(late), queue.ToArray());
        queue.Remove(w[57]);
        queue.Remove(late[10]);
        Assert.Equal(kept.Where(k => k != w[57]).Concat(late.Where(l => l != late[10])), queue.ToArray());
    }

    [Fact]
    public void Remove_NotHeld_Throws()
    {
        var (queue, w) = Queue(3);
        queue.Remove(w[1]);

        Assert.Throws<InvalidOperationException>(() => queue.Remove(w[1]));
    }

    [Fact]
    public void WalkingTickets_RemovingTheCurrentEntry_VisitsEveryOtherOnce()
    {
        var (queue, w) = Queue(6);
        var visited = new List<Wagon>();

        for (var ticket = queue.FirstTicket; ticket < queue.EndTicket; ticket++)
        {
            var wagon = queue.At(ticket);
            if (wagon is null)
            {
                continue;
            }

            visited.Add(wagon);
            if (wagon.Number % 2 == 0)
            {
                queue.Remove(wagon);
            }
        }

        Assert.Equal(w, visited.ToArray());
        Assert.Equal([w[1], w[3], w[5]], queue.ToArray());
    }
}
