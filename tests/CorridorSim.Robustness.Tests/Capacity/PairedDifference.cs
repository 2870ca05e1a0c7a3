using MathNet.Numerics.Distributions;

namespace CorridorSim.Robustness.Tests.Capacity;

/// <summary>The mean of per-replication differences (more capacity − less) with its paired 95% Student-t interval.</summary>
internal sealed record PairedDifference(double Mean, double Low, double High)
{
    public static PairedDifference Of(IReadOnlyList<double> differences)
    {
        var n = differences.Count;
        var mean = differences.Average();
        if (n < 2)
        {
            return new PairedDifference(mean, mean, mean);
        }

        var sd = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (n - 1));
        var half = StudentT.InvCDF(0, 1, n - 1, 0.975) * sd / Math.Sqrt(n);
        return new PairedDifference(mean, mean - half, mean + half);
    }

    public override string ToString() => $"{Mean:G4} [{Low:G4}, {High:G4}]";
}
