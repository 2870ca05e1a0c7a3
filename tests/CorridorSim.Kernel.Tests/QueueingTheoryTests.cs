namespace CorridorSim.Kernel.Tests;

public class QueueingTheoryTests
{
    [Theory]
    [InlineData(1, 0.7, 1.0, 600_000)]
    [InlineData(2, 1.4, 1.0, 600_000)]
    [InlineData(3, 2.1, 1.0, 600_000)]
    public void MeanWait_MMc_AgreesWithErlangC(int servers, double arrivalRate, double serviceRate, int customers)
    {
        // Given an M/M/c queue at utilisation 0.7 and a fixed seed (600,000 customers: about 2% relative half-width)
        var analytic = ErlangC.MeanWait(servers, arrivalRate, serviceRate);
        var model = new MMcModel(servers, arrivalRate, serviceRate, seed: 42);

        // When
        model.Run(customers);
        var (mean, halfWidth) = model.BatchMeans(warmUp: 10_000);

        // Then the 95% batch-means interval covers Erlang C and the relative error is at most 5%
        Assert.InRange(analytic, mean - halfWidth, mean + halfWidth);
        Assert.True(Math.Abs(mean - analytic) / analytic <= 0.05, $"mean {mean} vs analytic {analytic}");
    }

    [Fact]
    public void ErlangC_KnownValues_MatchTextbook()
    {
        // M/M/1 at rho 0.8: Wq = rho / (mu - lambda) = 4; M/M/2 with a = 1: C = 1/3, Wq = 1/3
        Assert.Equal(4, ErlangC.MeanWait(1, 0.8, 1), 12);
        Assert.Equal(1.0 / 3, ErlangC.WaitProbability(2, 1, 1), 12);
        Assert.Equal(1.0 / 3, ErlangC.MeanWait(2, 1, 1), 12);
    }

    [Theory]
    [InlineData(1, 0.9)]
    [InlineData(3, 2.7)]
    public void QueueLengthIntegral_RunEndingEmpty_EqualsSumOfWaits(int servers, double arrivalRate)
    {
        // Given an M/M/c run that starts and ends empty
        var model = new MMcModel(servers, arrivalRate, 1.0, seed: 99);

        // When
        model.Run(50_000);

        // Then ∫ queue length dt = Σ waits, up to rounding
        var integral = model.Server.QueueLengthMonitor.Integral;
        var sumOfWaits = model.Server.WaitTimeMonitor.Sum;
        Assert.Equal(0, model.Server.QueueLength);
        Assert.Equal(50_000, model.Server.WaitTimeMonitor.Count);
        Assert.True(Math.Abs(integral - sumOfWaits) / sumOfWaits <= 1e-9, $"{integral} vs {sumOfWaits}");
        Assert.Equal(model.Waits.Sum(), sumOfWaits, sumOfWaits * 1e-9);
    }

    [Fact]
    public void Utilization_MM1_MatchesRho()
    {
        var model = new MMcModel(1, 0.8, 1.0, seed: 5);

        model.Run(100_000);

        Assert.Equal(0.8, model.Server.UtilizationMonitor.Mean, 0.02);
    }
}
