using CorridorSim.Corridor.Tests.Support;
using Xunit.Abstractions;

namespace CorridorSim.Corridor.Tests.Model;

public class DiagnosticDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        if (Environment.GetEnvironmentVariable("CORRIDORSIM_DUMP") is not { } mt)
        {
            return;
        }

        var r = Harness.RunSpec(ReferenceCorridor.Build(totalTonnes: double.Parse(mt) * 1e6));
        foreach (var k in r.Kpis)
        {
            output.WriteLine($"{k.Name,-50} {k.Value,14:0.00} {k.Unit}");
        }

        foreach (var f in r.Facilities)
        {
            output.WriteLine($"{f.Facility,-28} {f.Kind,-12} thr {f.ThroughputTonnes / 1e3,8:0} kt units {f.UnitsServed,7} wait {f.MeanWaitHours,8:0.0} p95 {f.P95WaitHours,8:0.0} q {f.MeanQueue,8:0.0} max {f.MaxQueue,7:0} util {f.Utilisation,5:0.00} closed {f.ClosureHours,6:0} {(f.Sea is { } s ? $"dep {s.DeparturesWestbound}/{s.DeparturesEastbound} lf {s.LoadFactorWestbound:0.00}/{s.LoadFactorEastbound:0.00} oos {s.VesselHoursOutOfService:0}" : "")}");
        }

        foreach (var e in r.Ledger.InSystem)
        {
            output.WriteLine($"  held {e.Place,-40} {e.Tonnes / 1e3,8:0.0} kt");
        }
    }
}
