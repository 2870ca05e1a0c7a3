using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Tests.Given;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

/// <summary>The sweep's words on constructed curves of delivered tonnes over 9, 12, 15 and 18 ferries, each mean ± 10,000 t.</summary>
public class SweepAnswerTests
{
    private const string Key = "sea_services.kuryk_alat_ferry.vessels";

    private static IReadOnlyList<SweepPoint> Curve(params double[] delivered) =>
        [.. delivered.Select((mean, i) => new SweepPoint(
            i,
            [new(Key, (9 + (3 * i)).ToString(CultureInfo.InvariantCulture))],
            new ExperimentResult(SampleRun.Spec(), [], [new KpiSummary("delivered_tonnes_per_year", "tonnes/year", mean, mean - 10_000, mean + 10_000, mean, mean, 5)])))];

    private static string Delivered(IReadOnlyList<SweepPoint> points) => Assert.Single(SweepAnswer.Sentences([Key], points));

    [Fact]
    public void Sentences_PeakThenEveryStepLoses_NamesThePeakAndSaysTheCurveFalls()
    {
        var sentence = Delivered(Curve(6_420_000, 6_660_000, 6_600_000, 6_470_000));

        Assert.EndsWith("It peaks at vessels=12 (6,660,000 tonnes a year) and falls beyond it, to 6,470,000 tonnes a year at vessels=18.", sentence);
        Assert.DoesNotContain("gains", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_RiseThenLevelWithinTheNoise_SaysWhereItReachesItsLevelAndFlattens()
    {
        var sentence = Delivered(Curve(6_840_000, 6_950_000, 6_960_000, 6_955_000));

        Assert.EndsWith("It reaches its best level at vessels=12 (6,950,000 tonnes a year) and flattens beyond it: every further point is within 10,000 tonnes a year of the best, 6,960,000 tonnes a year at vessels=15.", sentence);
    }

    [Fact]
    public void Sentences_StillGainingAtTheLastStep_SaysTheCurveStillRises()
    {
        var sentence = Delivered(Curve(6_000_000, 6_300_000, 6_500_000, 6_700_000));

        Assert.EndsWith("It is best at the last point, vessels=18: the curve still rises at the end of the sweep (6,500,000 → 6,700,000).", sentence);
    }

    [Fact]
    public void Sentences_BestAtTheFirstPointThenLosing_SaysItPeaksThereAndFalls()
    {
        var sentence = Delivered(Curve(7_000_000, 6_900_000, 6_800_000, 6_700_000));

        Assert.EndsWith("It peaks at vessels=9 (7,000,000 tonnes a year) and falls beyond it, to 6,700,000 tonnes a year at vessels=18.", sentence);
    }

    [Fact]
    public void Find_LowerIsBetter_PeakIsTheLowestAndRisingBeyondItWorsens()
    {
        var peak = CurvePeak.Find([30, 20, 25], [1, 1, 1], higherIsBetter: false);

        Assert.Equal(new CurvePeak(1, 1, CurveAfterPeak.Worsens, 2), peak);
    }

    [Fact]
    public void Find_NoInterval_LevelMeansWithinOnePercent()
    {
        var peak = CurvePeak.Find([100, 199, 200], [double.NaN, double.NaN, double.NaN], higherIsBetter: true);

        Assert.Equal(new CurvePeak(2, 1, CurveAfterPeak.Flattens, null), peak);
    }
}
