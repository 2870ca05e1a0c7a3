using CorridorSim.Corridor;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments.Tests.Fakes;

namespace CorridorSim.Experiments.Tests;

public sealed class ExperimentRunnerTests
{
    [Fact]
    public void Run_TwoThreadsFinishingOutOfOrder_ResultsInReplicationOrder()
    {
        // Given a model whose replications sleep different times
        var model = new FakeModel { MaxSleepMilliseconds = 20 };

        // When twelve replications run on two threads
        var result = new ExperimentRunner(model.Run).Run(TestSpecs.Empty(replications: 12), new ExperimentOptions(Threads: 2));

        // Then they come back in replication order, each from its own index
        Assert.Equal(Enumerable.Range(0, 12), result.Replications.Select(r => r.Replication));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (double)i), result.Replications.Select(r => r.Kpis[2].Value));
    }

    [Fact]
    public void Run_OneThreadAndTwoThreads_IdenticalResults()
    {
        // Given the same scenario and a model that finishes out of order
        var model = new FakeModel { MaxSleepMilliseconds = 10 };
        var runner = new ExperimentRunner(model.Run);
        var spec = TestSpecs.Empty(replications: 10);

        // When it runs on one thread and on two
        var one = runner.Run(spec, new ExperimentOptions(Threads: 1));
        var two = runner.Run(spec, new ExperimentOptions(Threads: 2));

        // Then every replication's seed and KPIs, and every summary, are the same
        Assert.Equal(one.Replications.Select(r => (r.Seed, r.Kpis.ToArray())), two.Replications.Select(r => (r.Seed, r.Kpis.ToArray())), new KpiRowsComparer());
        Assert.Equal(one.Summary, two.Summary);
    }

    [Fact]
    public void Run_MoreThreadsThanReplications_RunsEachOnce()
    {
        var model = new FakeModel();

        var result = new ExperimentRunner(model.Run).Run(TestSpecs.Empty(replications: 3), new ExperimentOptions(Threads: 8));

        Assert.Equal(3, result.Replications.Count);
        Assert.Equal([0, 1, 2], model.Calls.Select(c => c.Replication).Order());
    }

    [Fact]
    public void Run_Options_OverrideScenarioReplicationsAndSeed()
    {
        // Given a scenario of eight replications on seed 42
        var model = new FakeModel();
        var spec = TestSpecs.Empty(replications: 8, seed: 42);

        // When the options ask for three replications on seed 7
        var result = new ExperimentRunner(model.Run).Run(spec, new ExperimentOptions(Replications: 3, Seed: 7));

        // Then three run, all on seed 7, and the result's spec says so
        Assert.Equal(3, result.Replications.Count);
        Assert.All(model.Calls, c => Assert.Equal(7UL, c.Spec.Seed));
        Assert.Equal((3, 7UL), (result.Spec.Replications, result.Spec.Seed));
        Assert.All(result.Summary, s => Assert.Equal(3, s.Replications));
    }

    [Theory]
    [InlineData(ConsignmentRecording.None, new[] { false, false, false })]
    [InlineData(ConsignmentRecording.First, new[] { true, false, false })]
    [InlineData(ConsignmentRecording.All, new[] { true, true, true })]
    public void Run_ConsignmentRecording_AskedOfTheRightReplications(ConsignmentRecording recording, bool[] expected)
    {
        var model = new FakeModel();

        new ExperimentRunner(model.Run).Run(TestSpecs.Empty(replications: 3), new ExperimentOptions(Threads: 2, Consignments: recording));

        Assert.Equal(expected, model.Calls.OrderBy(c => c.Replication).Select(c => c.Options.RecordConsignments));
    }

    [Fact]
    public void Run_DefaultOptions_FirstReplicationRecordsConsignments()
    {
        var model = new FakeModel();

        var result = new ExperimentRunner(model.Run).Run(TestSpecs.Empty(replications: 2));

        Assert.NotNull(result.Replications[0].Consignments);
        Assert.Null(result.Replications[1].Consignments);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(null, 0)]
    [InlineData(-1, 2)]
    public void Run_FewerThanOneReplicationOrThread_ThrowsExperimentArgumentException(int? replications, int? threads)
    {
        var runner = new ExperimentRunner(new FakeModel().Run);

        var error = Assert.Throws<ExperimentArgumentException>(
            () => runner.Run(TestSpecs.Empty(), new ExperimentOptions(Replications: replications, Threads: threads)));

        Assert.Contains("at least 1", error.Message);
    }

    [Fact]
    public void Run_ScenarioWithZeroReplications_ThrowsExperimentArgumentException()
    {
        var runner = new ExperimentRunner(new FakeModel().Run);

        var error = Assert.Throws<ExperimentArgumentException>(() => runner.Run(TestSpecs.Empty(name: "empty", replications: 0)));

        Assert.Contains("'empty'", error.Message);
    }

    [Fact]
    public void Run_ReplicationThrows_SameExceptionReachesCaller()
    {
        // Given a model with a bug in replication 5
        var bug = new InvalidOperationException("a berth was released twice");
        var model = new FakeModel();
        ReplicationResult Faulty(CorridorSpec spec, int replication, RunOptions options) =>
            replication == 5 ? throw bug : model.Run(spec, replication, options);

        // When ten replications run on two threads
        var thrown = Assert.Throws<InvalidOperationException>(
            () => new ExperimentRunner(Faulty).Run(TestSpecs.Empty(replications: 10), new ExperimentOptions(Threads: 2)));

        // Then the very exception reaches the caller, neither wrapped nor relabelled
        Assert.Same(bug, thrown);
    }

    [Fact]
    public void Run_ReplicationThrowsWhileAnotherRunsLong_OtherIsCancelledAndFaultReachesCaller()
    {
        // Given replication 0 that runs until told to stop, and replication 1 that fails once 0 has started
        var bug = new InvalidOperationException("a wagon left the yard twice");
        var zeroStarted = new ManualResetEventSlim();
        ReplicationResult Run(CorridorSpec spec, int replication, RunOptions options)
        {
            if (replication == 1)
            {
                zeroStarted.Wait(TimeSpan.FromSeconds(10));
                throw bug;
            }

            zeroStarted.Set();
            options.Cancellation.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
            options.Cancellation.ThrowIfCancellationRequested();
            return FakeModel.Result(replication, 0, []);
        }

        // When both run on two threads
        var running = Task.Run(() => new ExperimentRunner(Run).Run(TestSpecs.Empty(replications: 2), new ExperimentOptions(Threads: 2)));

        // Then the fault arrives promptly, as itself, not as a cancellation
        Assert.True(((IAsyncResult)running).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(10)));
        Assert.Same(bug, Assert.Throws<InvalidOperationException>(() => running.GetAwaiter().GetResult()));
    }

    [Fact]
    public void Run_ModelReturnsAnotherReplication_ThrowsInvalidOperationException()
    {
        var model = new FakeModel();
        ReplicationResult Confused(CorridorSpec spec, int replication, RunOptions options) => model.Run(spec, 0, options);

        var error = Assert.Throws<InvalidOperationException>(() => new ExperimentRunner(Confused).Run(TestSpecs.Empty(replications: 2)));

        Assert.Contains("replication 1", error.Message);
    }

    [Fact]
    public void Run_ReplicationsReportDifferentKpis_ThrowsInvalidOperationException()
    {
        static ReplicationResult Uneven(CorridorSpec spec, int replication, RunOptions options) =>
            FakeModel.Result(replication, 0, replication == 0 ? [new KpiValue("a", "days", 1)] : [new KpiValue("b", "days", 1)]);

        var error = Assert.Throws<InvalidOperationException>(() => new ExperimentRunner(Uneven).Run(TestSpecs.Empty(replications: 2)));

        Assert.Contains("same KPIs", error.Message);
    }

    private sealed class KpiRowsComparer : IEqualityComparer<(ulong Seed, KpiValue[] Kpis)>
    {
        public bool Equals((ulong Seed, KpiValue[] Kpis) x, (ulong Seed, KpiValue[] Kpis) y) =>
            x.Seed == y.Seed && x.Kpis.SequenceEqual(y.Kpis);

        public int GetHashCode((ulong Seed, KpiValue[] Kpis) obj) => obj.Seed.GetHashCode();
    }
}
