using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Corridor.Validation;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Validation;

public class CapacityCheckTests
{
    [Fact]
    public void Analyse_OneSmallFerryForAMillionTonnes_FindsTheFleetOverloaded()
    {
        // Given 1 Mt a year (16,667 wagons) and one 10-wagon ferry on a 64 h round trip (1,369 wagons a year)
        var corridor = TinyCorridor.WestLine(ferryCapacity: 10);
        corridor.Flows[0] = corridor.Flows[0] with { AnnualTonnes = 1_000_000 };

        var findings = CapacityCheck.Analyse(corridor.Build());

        var fleet = Assert.Single(findings, f => f.Facility == "aktau_alat");
        Assert.Equal("westbound fleet capacity", fleet.Capacity);
        Assert.Equal("wagon slots", fleet.Unit);
        Assert.Equal(1_000_000 / 60.0, fleet.OfferedPerYear, 6);
        Assert.Equal(8760.0 / 64 * 10, fleet.CapacityPerYear, 6);
        Assert.True(fleet.Utilisation > 10);
    }

    [Fact]
    public void Analyse_ReferenceCorridorIn2024_HasNoOverloadedFacility()
    {
        Assert.Empty(CapacityCheck.Analyse(ReferenceCorridor.Build()));
    }

    [Fact]
    public void Analyse_ReferenceCorridorAt20Mt_FindsTheCaspianCrossingsOverloaded()
    {
        var findings = CapacityCheck.Analyse(ReferenceCorridor.Build(totalTonnes: 20_000_000));

        Assert.Contains(findings, f => f.Facility == "aktau_alat_ferry");
        Assert.All(findings, f => Assert.True(f.OfferedPerYear > f.CapacityPerYear));
        Assert.NotEmpty(CapacityCheck.AnalyseAll(ReferenceCorridor.Build()));
    }
}
