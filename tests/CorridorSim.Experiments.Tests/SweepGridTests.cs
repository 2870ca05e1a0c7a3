namespace CorridorSim.Experiments.Tests;

public sealed class SweepGridTests
{
    [Fact]
    public void Parse_TwoKeys_EveryCombinationLastKeyFastest()
    {
        var grid = SweepGrid.Parse(["vessels=4,6,8", "regime=paper,single_window"]);

        Assert.Equal(["vessels", "regime"], grid.Keys);
        Assert.Equal(
            [
                "vessels=4 regime=paper", "vessels=4 regime=single_window",
                "vessels=6 regime=paper", "vessels=6 regime=single_window",
                "vessels=8 regime=paper", "vessels=8 regime=single_window",
            ],
            grid.Points.Select(p => string.Join(" ", p.Select(s => $"{s.Key}={s.Value}"))));
    }

    [Fact]
    public void Parse_ThreeKeys_PointCountIsTheProduct()
    {
        var grid = SweepGrid.Parse(["a=1,2", "b=1,2,3", "c=1,2,3,4"]);

        Assert.Equal(24, grid.Points.Count);
        Assert.Equal(["1", "1", "2"], grid.Points[1].Select(s => s.Value));
        Assert.Equal(["2", "3", "4"], grid.Points[^1].Select(s => s.Value));
    }

    [Fact]
    public void Parse_SameKeyTwice_ThrowsExperimentArgumentException()
    {
        var error = Assert.Throws<ExperimentArgumentException>(() => SweepGrid.Parse(["vessels=4", "vessels=6"]));

        Assert.Contains("vessels", error.Argument);
    }

    [Fact]
    public void Parse_NoVary_ThrowsExperimentArgumentException()
    {
        Assert.Throws<ExperimentArgumentException>(() => SweepGrid.Parse([]));
    }

    [Fact]
    public void Parse_OneBadText_ThrowsForThatText()
    {
        var error = Assert.Throws<ExperimentArgumentException>(() => SweepGrid.Parse(["vessels=4,6", "regime"]));

        Assert.Equal("--vary regime", error.Argument);
    }
}
