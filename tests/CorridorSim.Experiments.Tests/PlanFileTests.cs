using CorridorSim.Experiments.Batch;

namespace CorridorSim.Experiments.Tests;

public sealed class PlanFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corridorsim-plan-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void WriteThenRead_PlanOfHundredThousandItems_ComesBackEqual()
    {
        // Given a plan of 100,000 work items in 100 shards
        var plan = Plan(Enumerable.Range(0, 100)
            .Select(k => (IReadOnlyList<WorkItem>)Enumerable.Range(0, 1000).Select(i => new WorkItem(i, k)).ToList()).ToList());
        var path = Path.Combine(_folder, PlanFile.FileName);

        // When it is written and read back
        PlanFile.Write(path, plan);
        var read = PlanFile.Read(path, "1.2.3");

        // Then every field and every item is the same
        Assert.Equal(100_000, read.WorkItemCount);
        Assert.Equal(plan.Shards.SelectMany(s => s), read.Shards.SelectMany(s => s));
        Assert.Equal((plan.PlanId, plan.Command, plan.Seed, plan.Consignments, plan.PlannedUtc, plan.Vary.Single()),
            (read.PlanId, read.Command, read.Seed, read.Consignments, read.PlannedUtc, read.Vary.Single()));
        Assert.Equal(plan.Points.Single(), read.Points.Single());
    }

    [Fact]
    public void Read_AnotherVersion_RefusesNamingBoth()
    {
        var path = Path.Combine(_folder, PlanFile.FileName);
        PlanFile.Write(path, Plan([[new WorkItem(0, 0)]]));

        var error = Assert.Throws<PlanFileException>(() => PlanFile.Read(path, "2.0.0"));

        Assert.StartsWith("written by CorridorSim 1.2.3, but this is CorridorSim 2.0.0", error.Problem);
    }

    [Fact]
    public void Read_ScenarioChanged_RefusesByItsHash()
    {
        var path = Path.Combine(_folder, PlanFile.FileName);
        PlanFile.Write(path, Plan([[new WorkItem(0, 0)]]) with { Scenarios = ["name: edited\n"] });

        var error = Assert.Throws<PlanFileException>(() => PlanFile.Read(path, "1.2.3"));

        Assert.Contains("the plan was edited", error.Problem);
    }

    [Fact]
    public void HashOf_ScenarioTextMovedIntoVary_Differs()
    {
        Assert.NotEqual(ExperimentPlan.HashOf(["a", "b"], []), ExperimentPlan.HashOf(["a"], ["b"]));
        Assert.NotEqual(ExperimentPlan.HashOf(["ab"], []), ExperimentPlan.HashOf(["a", "b"], []));
    }

    private static ExperimentPlan Plan(IReadOnlyList<IReadOnlyList<WorkItem>> shards)
    {
        IReadOnlyList<string> scenarios = ["name: tiny\nseed: 7\n"];
        IReadOnlyList<string> vary = ["seed=1,2"];
        return new ExperimentPlan
        {
            ProgramVersion = "1.2.3",
            PlanId = ExperimentPlan.NewPlanId(),
            Command = ExperimentKind.Sweep,
            CommandLine = "corridorsim plan sweep tiny.yaml --vary seed=1,2 --shards 100 --out p",
            PlannedUtc = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero),
            ScenarioHash = ExperimentPlan.HashOf(scenarios, vary),
            Scenarios = scenarios,
            Vary = vary,
            Points = [["seed=1"]],
            Seed = 7,
            Replications = 1000,
            Consignments = ConsignmentRecording.None,
            ThreadsPerShard = 1,
            TimePerItemSeconds = 12.5,
            Shards = shards,
        };
    }
}
