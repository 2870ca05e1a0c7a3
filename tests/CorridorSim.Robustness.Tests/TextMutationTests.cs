using CorridorSim.Robustness.Tests.Fuzzing;

namespace CorridorSim.Robustness.Tests;

/// <summary>Each text edit of the fuzzer changes the lines it names, and only those.</summary>
public class TextMutationTests
{
    private const string Yaml = """
        name: tiny
        origins:
          - name: mine
        ports:
          - name: aktau
            ferry_load_hours: { dist: triangular, min: 6, mode: 8, max: 12 }   # hours
            customs:
              regime: paper
              document_officers: 2
          - name: alat
        rail_legs:
          - name: mine_aktau
            from: mine
            to: aktau
        flows:
          - name: ore
            routes:
              - name: main
                via: [mine, aktau, alat, europe]
        """;

    private static string Apply(TextMutationKind kind, int pick, int variant = 0)
    {
        var outline = new ScenarioOutline(Yaml);
        new TextMutation(kind, pick, variant).ApplyTo(outline);
        return outline.Text;
    }

    private static int Index(string find) => Yaml.Split('\n').ToList().FindIndex(l => l.Contains(find, StringComparison.Ordinal));

    [Fact]
    public void DeleteKey_BlockMapping_RemovesTheKeyAndWhatIsNestedUnderIt()
    {
        var keys = new ScenarioOutline(Yaml).Where(l => l.Key is not null).ToList();

        var text = Apply(TextMutationKind.DeleteKey, keys.IndexOf(Index("customs:")));

        Assert.DoesNotContain("customs:", text);
        Assert.DoesNotContain("regime: paper", text);
        Assert.Contains("ferry_load_hours", text);
        Assert.Contains("- name: alat", text);
    }

    [Fact]
    public void DeleteNetworkItem_RailLeg_RemovesTheWholeItem()
    {
        var items = new ScenarioOutline(Yaml).Where(l => l.Dash).ToList();

        var text = Apply(TextMutationKind.DeleteNetworkItem, items.IndexOf(Index("- name: mine_aktau")));

        Assert.DoesNotContain("mine_aktau", text);
        Assert.DoesNotContain("from: mine", text);
        Assert.Contains("rail_legs:", text);
        Assert.Contains("flows:", text);
    }

    [Fact]
    public void SetNumber_InsideAFlowMapping_ReplacesThatNumberAndKeepsTheComment()
    {
        var text = Apply(TextMutationKind.SetNumber, pick: 1, variant: Array.IndexOf(TextMutation.Numbers, ".nan"));

        Assert.Contains("ferry_load_hours: { dist: triangular, min: 6, mode: .nan, max: 12 }   # hours", text);
    }

    [Fact]
    public void EmptyList_BlockList_BecomesAnEmptyFlowList()
    {
        var text = Apply(TextMutationKind.EmptyList, pick: 0);

        Assert.StartsWith("name: tiny\norigins: []\nports:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MappingToScalar_BlockMapping_BecomesAScalarAndLosesItsKeys()
    {
        var text = Apply(TextMutationKind.MappingToScalar, pick: 1, variant: 0);

        Assert.Contains("    customs: 7\n  - name: alat", text);
    }

    [Fact]
    public void SwapNames_TwoItems_ExchangeTheirNames()
    {
        var text = Apply(TextMutationKind.SwapNames, pick: 2, variant: 3);

        Assert.Contains("  - name: alat\n    ferry_load_hours", text);
        Assert.Contains("  - name: aktau\nrail_legs:", text);
    }

    [Fact]
    public void BreakRoute_Reverse_TurnsTheRouteAround()
    {
        var text = Apply(TextMutationKind.BreakRoute, pick: 0, variant: 0);

        Assert.Contains("via: [europe, alat, aktau, mine]", text);
    }

    [Fact]
    public void UnknownReference_ReferenceKey_NamesNothing()
    {
        var text = Apply(TextMutationKind.UnknownReference, pick: 2, variant: 0);

        Assert.Contains("    to: atlantis", text);
    }

    [Fact]
    public void AnyEdit_FileWithoutAFittingLine_LeavesTheTextAsItWas()
    {
        var outline = new ScenarioOutline("name: x\n");

        new TextMutation(TextMutationKind.BreakRoute, 3, 4).ApplyTo(outline);

        Assert.Equal("name: x\n", outline.Text);
    }

    [Fact]
    public void SetChoice_DistributionInAFlowMapping_SwitchesItsKind()
    {
        var text = Apply(TextMutationKind.SetChoice, pick: 0, variant: 4);

        Assert.Contains("ferry_load_hours: { dist: normal, min: 6, mode: 8, max: 12 }", text);
    }

    [Fact]
    public void RemoveByMerge_ListItem_GetsRemoveTrueUnderItsName()
    {
        var items = new ScenarioOutline(Yaml).Where(l => l.Dash && l.Key == "name").ToList();

        var text = Apply(TextMutationKind.RemoveByMerge, items.IndexOf(Index("- name: alat")), variant: 1);

        Assert.Contains("  - name: alat\n    remove: true\nrail_legs:", text);
    }
}
