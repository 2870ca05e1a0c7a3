using System.Globalization;
using FsCheck;

namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>
/// How many cases a property runs and from which seed. The normal suite replays fixed seeds, so it is the
/// same on every run; <c>CORRIDORSIM_FUZZ_CASES=N</c> (the long mode) runs N cases in each of the scenario fuzz
/// and invariant properties from a fresh random seed, printed on failure and in the test output, and
/// <c>CORRIDORSIM_FUZZ_SEED=S</c> replays seed S.
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
        var casesText = Environment.GetEnvironmentVariable(CasesVariable);
        var longMode = !string.IsNullOrEmpty(casesText);
        var cases = longMode ? int.Parse(casesText!, CultureInfo.InvariantCulture) : normalCases;
        if (Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } seedText)
            return new FuzzSettings(cases, ulong.Parse(seedText, CultureInfo.InvariantCulture), false);
        return longMode
            ? new FuzzSettings(cases, (ulong)Random.Shared.NextInt64(), true)
            : new FuzzSettings(cases, normalSeed, false);
    }

    public Config Config => Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true).WithReplay(Seed, Gamma);

    /// <summary>How to run this property again from the same seed.</summary>
    public string ReplayHint => $"seed {Seed}{(RandomSeed ? " (random)" : "")}; replay with {SeedVariable}={Seed} {CasesVariable}={Cases}";
}
