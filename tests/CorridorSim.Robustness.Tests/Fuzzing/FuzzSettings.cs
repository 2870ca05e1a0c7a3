using System.Globalization;
using FsCheck;

namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>
/// How many cases a property runs and from which seed. The normal suite replays fixed seeds, so it is the
/// same on every run; <c>CORRIDORSIM_FUZZ_CASES=N</c> runs N cases per property from a fresh random seed
/// (printed on failure), and <c>CORRIDORSIM_FUZZ_SEED=S</c> replays seed S.
/// </summary>
internal sealed record FuzzSettings(int Cases, ulong Seed, bool RandomSeed)
{
    public const string CasesVariable = "CORRIDORSIM_FUZZ_CASES";
    public const string SeedVariable = "CORRIDORSIM_FUZZ_SEED";

    /// <summary>FsCheck's generator takes a seed and an odd "gamma"; one fixed gamma keeps a seed alone enough to replay.</summary>
    private const ulong Gamma = 0x9E3779B97F4A7C15;

    /// <summary>The settings for a property that runs <paramref name="normalCases"/> from <paramref name="normalSeed"/> in the normal suite.</summary>
    public static FuzzSettings For(int normalCases, ulong normalSeed)
    {
        var cases = Environment.GetEnvironmentVariable(CasesVariable) is { Length: > 0 } text
            ? int.Parse(text, CultureInfo.InvariantCulture)
            : normalCases;
        if (Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } seedText)
            return new FuzzSettings(cases, ulong.Parse(seedText, CultureInfo.InvariantCulture), false);
        return cases == normalCases
            ? new FuzzSettings(cases, normalSeed, false)
            : new FuzzSettings(cases, (ulong)Random.Shared.NextInt64(), true);
    }

    public Config Config => Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true).WithReplay(Seed, Gamma);

    /// <summary>How to run this property again from the same seed.</summary>
    public string ReplayHint => $"seed {Seed}{(RandomSeed ? " (random)" : "")}; replay with {SeedVariable}={Seed} {CasesVariable}={Cases}";
}
