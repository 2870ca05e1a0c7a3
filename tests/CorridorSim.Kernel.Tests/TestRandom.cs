namespace CorridorSim.Kernel.Tests;

/// <summary>
/// A small seeded random source for tests: SplitMix64 (Steele, Lea and Flood, 2014).
/// </summary>
/// <remarks>Documented and stable across .NET versions, unlike a seeded <see cref="Random"/>.</remarks>
public sealed class TestRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform draw in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An exponential draw with the given mean (not rate).</summary>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>A uniform integer in [0, bound).</summary>
    public int Next(int bound) => (int)(NextDouble() * bound);
}
