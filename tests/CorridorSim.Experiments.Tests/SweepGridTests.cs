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

    [Fact]
    public void Parse_FiveAxesOfAHundredValues_IsRefusedWithTheExactCountNotAnOverflow()
    {
        // Given five keys of 100 values each: 10^10 points, past what an int holds
        var axes = Enumerable.Range(1, 5).Select(k => $"key{k}=" + string.Join(',', Enumerable.Range(1, 100))).ToList();

        // When the grid is read
        var error = Assert.Throws<ExperimentArgumentException>(() => SweepGrid.Parse(axes));

        // Then the refusal gives the exact size and the limit
        Assert.Contains("10,000,000,000 points", error.Problem);
        Assert.Contains($"{SweepGrid.MaxPoints:N0}", error.Problem);
    }

    [Fact]
    public void Parse_AThousandByAThousand_IsRefusedBeforeAnyPointIsMade()
    {
        var values = string.Join(',', Enumerable.Range(1, 1000));

        var error = Assert.Throws<ExperimentArgumentException>(() => SweepGrid.Parse([$"a={values}", $"b={values}"]));

        Assert.Contains("1,000,000 points (1000 × 1000)", error.Problem);
    }

    [Fact]
    public void Parse_GridOfExactlyTheLimit_IsAccepted()
    {
        var hundred = string.Join(',', Enumerable.Range(1, 100));

        var grid = SweepGrid.Parse([$"a={hundred}", $"b={hundred}", "c=" + string.Join(',', Enumerable.Range(1, 10))]);

        Assert.Equal(SweepGrid.MaxPoints, grid.Points.Count);
    }
}
