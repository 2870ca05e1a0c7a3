using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Validation;

namespace CorridorSim.Corridor.Tests.Support;

/// <summary>
/// Runs a corridor with trains placed by hand at exact hours (flows with zero annual tonnes generate
/// nothing themselves), records every stage, and checks the ledger.
/// </summary>
internal sealed class Harness
{
    public Harness(CorridorSpec spec, bool record = true)
    {
        Assert.Empty(SpecValidator.Validate(spec));
        Run = new CorridorRun(spec, 0, new RunOptions(RecordConsignments: record));
    }

    public CorridorRun Run { get; }

    /// <summary>Forms a train of <paramref name="flow"/> at its origin at hour <paramref name="hours"/>.</summary>
    public Harness TrainAt(double hours, string flow = "ore")
    {
        var model = Run.Flows.Single(f => f.Name == flow);
        Run.Sim.Timeout(hours).AddCallback(_ => Run.FormTrain(model));
        return this;
    }

    public ReplicationResult Execute()
    {
        var result = Run.Execute();
        LedgerAssert.Balances(result);
        return result;
    }

    /// <summary>Runs <paramref name="spec"/> as the model's users do and checks the ledger.</summary>
    public static ReplicationResult RunSpec(CorridorSpec spec, int replication = 0, bool record = false)
    {
        var result = CorridorModel.RunReplication(spec, replication, new RunOptions(RecordConsignments: record));
        LedgerAssert.Balances(result);
        return result;
    }
}
