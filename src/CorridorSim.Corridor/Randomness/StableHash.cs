using System.Text;

namespace CorridorSim.Corridor.Randomness;

/// <summary>
/// A hash that is the same in every process, on every machine and in every .NET version: FNV-1a over the
/// UTF-8 bytes of a name, finished with the SplitMix64 mixer.
/// </summary>
/// <remarks>
/// Implementation note: <see cref="string.GetHashCode()"/> is randomised per process, so it can never name a
/// random stream. FNV-1a alone mixes the last bytes weakly; the SplitMix64 finaliser spreads every input
/// bit over the whole word so that neighbouring names (<c>arrivals:a</c>, <c>arrivals:b</c>) get unrelated seeds.
/// </remarks>
internal static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Hashes <paramref name="text"/> together with <paramref name="salt"/>.</summary>
    public static ulong Of(ulong salt, string text)
    {
        var hash = FnvOffset;
        for (var shift = 0; shift < 64; shift += 8)
        {
            hash = (hash ^ ((salt >> shift) & 0xFF)) * FnvPrime;
        }

        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return Mix(hash);
    }

    /// <summary>Combines two words into one well-mixed word.</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a ^ Mix(b + 0x9E3779B97F4A7C15UL));

    /// <summary>The SplitMix64 finaliser: a bijection that spreads each input bit over the whole output.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
