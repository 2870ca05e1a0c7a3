using CorridorSim.Corridor;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments.Tests.Fakes;

namespace CorridorSim.Experiments.Tests;

public sealed class ExperimentRunnerCancellationTests
{
    [Fact]
    public void Run_CancelledAfterThreeReplications_StopsAndThrowsOperationCanceled()
    {
        // Given a user who presses Ctrl+C once three replications are done
        using var cancellation = new CancellationTokenSource();
        var model = new FakeModel();
        var done = 0;
        ReplicationResult Run(CorridorSpec spec, int replication, RunOptions options)
        {
            var result = model.Run(spec, replication, options);
            if (Interlocked.Increment(ref done) == 3) cancellation.Cancel();
            return result;
        }

        // When a hundred replications run on one thread
        Assert.Throws<OperationCanceledException>(
            () => new ExperimentRunner(Run).Run(TestSpecs.Empty(replications: 100), new ExperimentOptions(Threads: 1), cancellation: cancellation.Token));

        // Then no replication starts after the cancellation
        Assert.Equal(3, model.Calls.Count);
    }

    [Fact]
    public void Run_CancelledDuringLongReplications_RunningReplicationsSeeTheToken()
    {
        // Given replications that would run for a minute unless told to stop, as the model checks between days
        using var cancellation = new CancellationTokenSource();
        var started = new CountdownEvent(2);
        static ReplicationResult Long(CorridorSpec spec, int replication, RunOptions options, CountdownEvent started)
        {
            started.Signal();
            options.Cancellation.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
            options.Cancellation.ThrowIfCancellationRequested();
            return FakeModel.Result(replication, 0, []);
        }

        // When the user cancels once both threads are busy
        var running = Task.Run(() => new ExperimentRunner((s, r, o) => Long(s, r, o, started))
            .Run(TestSpecs.Empty(replications: 4), new ExperimentOptions(Threads: 2), cancellation: cancellation.Token));
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)));
        cancellation.Cancel();

        // Then the run ends promptly with OperationCanceledException
        Assert.True(((IAsyncResult)running).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(10)));
        var error = Assert.ThrowsAny<OperationCanceledException>(() => running.GetAwaiter().GetResult());
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    [Fact]
    public void Run_AlreadyCancelled_RunsNothing()
    {
        var model = new FakeModel();

        Assert.Throws<OperationCanceledException>(
            () => new ExperimentRunner(model.Run).Run(TestSpecs.Empty(), cancellation: new CancellationToken(canceled: true)));

        Assert.Empty(model.Calls);
    }
}
