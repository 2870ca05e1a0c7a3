using FsCheck;
using FsCheck.Fluent;

namespace CorridorSim.Robustness.Tests.Fuzzing;

/// <summary>FsCheck generators of <see cref="FuzzCase"/>s, and their shrinker (drop edits, then the file damage, then run shorter).</summary>
internal static class FuzzCaseGen
{
    /// <summary>The scenario every other bundled one extends.</summary>
    public static readonly string[] Baseline = ["baseline-2024.yaml"];

    /// <summary>The bundled scenarios that extend another (their mutants still read the pristine parent).</summary>
    public static readonly string[] Derived = ["digital-customs.yaml", "growth-10mt.yaml", "roadmap-2027.yaml", "storm-season.yaml", "wb-2030.yaml"];

    private static Gen<int> Index => Gen.Choose(0, 1_000_000);

    private static Gen<TextMutation> Edit =>
        from kind in Gen.Frequency((4, Gen.Constant(TextMutationKind.SetNumber)), (17, Gen.Elements(Enum.GetValues<TextMutationKind>())))
        from pick in Index
        from variant in Index
        select new TextMutation(kind, pick, variant);

    private static Gen<FileMutation> FileDamage => Gen.Frequency(
        (80, Gen.Constant(FileMutation.None)),
        (18, Gen.Elements(Enum.GetValues<FileMutation>().Where(m => m is not FileMutation.None and not FileMutation.OverSizeLimit).ToArray())),
        (1, Gen.Constant(FileMutation.OverSizeLimit)));

    /// <summary>Cases of <paramref name="scenarios"/> with zero to three text edits; a few are also damaged as files.</summary>
    public static Gen<FuzzCase> Cases(string[] scenarios) =>
        from scenario in Gen.Elements(scenarios)
        from count in Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Constant(1)), (3, Gen.Constant(2)), (2, Gen.Constant(3)))
        from edits in Gen.ListOf(Edit, count)
        from file in FileDamage
        from at in Index
        from horizon in Gen.Choose(20, 30)
        from warmup in Gen.Choose(0, 5)
        select new FuzzCase(scenario, [.. edits], file, at, horizon, warmup);

    public static Arbitrary<FuzzCase> Arbitrary(string[] scenarios) => Arb.From(Cases(scenarios), Shrink);

    private static IEnumerable<FuzzCase> Shrink(FuzzCase c)
    {
        for (var i = 0; i < c.Edits.Count; i++) yield return c with { Edits = [.. c.Edits.Where((_, j) => j != i)] };
        if (c.Damage != FileMutation.None) yield return c with { Damage = FileMutation.None };
        if (c.HorizonDays > 20) yield return c with { HorizonDays = 20, WarmupDays = 0 };
    }
}
