namespace CorridorSim.Kernel.Tests;

/// <summary>
/// Analytic results for the M/M/c queue (Poisson arrivals, exponential service, c servers, FIFO).
/// </summary>
public static class ErlangC
{
    /// <summary>The probability that an arrival waits (Erlang's C formula).</summary>
    public static double WaitProbability(int servers, double arrivalRate, double serviceRate)
    {
        var a = arrivalRate / serviceRate;
        var rho = a / servers;
        double term = 1;
        double sum = 1;
        for (var k = 1; k < servers; k++)
        {
            term *= a / k;
            sum += term;
        }

        var last = term * a / servers / (1 - rho);
        return last / (sum + last);
    }

    /// <summary>The mean wait in queue, Wq = C / (cμ − λ).</summary>
    public static double MeanWait(int servers, double arrivalRate, double serviceRate) =>
        WaitProbability(servers, arrivalRate, serviceRate) / ((servers * serviceRate) - arrivalRate);
}
