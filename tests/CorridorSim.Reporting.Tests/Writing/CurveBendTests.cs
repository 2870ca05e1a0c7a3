using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

public class CurveBendTests
{
    [Fact]
    public void Find_SteepThenFlat_BendsAfterTheSteepStep()
    {
        // Given gains per vessel of 100, 5, 2 between 4, 6, 8 and 10 vessels
        double[] xs = [4, 6, 8, 10];
        double[] means = [0, 200, 210, 214];

        var bend = CurveBend.Find(xs, means, higherIsBetter: true);

        Assert.Equal(new CurveBend(true, 0, 1), bend);
    }

    [Fact]
    public void Find_SecondStepStillSteep_BendsOnePointLater()
    {
        var bend = CurveBend.Find([0, 1, 2, 3], [0, 10, 15, 16], higherIsBetter: true);

        Assert.Equal(2, bend.BendIndex);
    }

    [Fact]
    public void Find_StillRisingAtTheEnd_DoesNotFlatten()
    {
        var bend = CurveBend.Find([0, 1, 2], [0, 1, 10], higherIsBetter: true);

        Assert.Equal(new CurveBend(true, 1, null), bend);
    }

    [Fact]
    public void Find_LowerIsBetterAndFalling_TreatsTheFallAsGain()
    {
        var bend = CurveBend.Find([1, 2, 3], [30, 20, 19.5], higherIsBetter: false);

        Assert.Equal(new CurveBend(true, 0, 1), bend);
    }

    [Fact]
    public void Find_NeverImproves_SaysSo()
    {
        var bend = CurveBend.Find([1, 2, 3], [5, 4, 3], higherIsBetter: true);

        Assert.False(bend.Improves);
        Assert.Null(bend.BendIndex);
    }

    [Fact]
    public void Find_UnevenSpacing_ComparesGainPerUnit()
    {
        // 0 → 1 gains 10 per unit; 1 → 11 gains 30, only 3 per unit, yet that is 30% of the steepest: not flat.
        var bend = CurveBend.Find([0, 1, 11], [0, 10, 40], higherIsBetter: true);

        Assert.Null(bend.BendIndex);
    }
}
