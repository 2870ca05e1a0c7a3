namespace CorridorSim.Scenarios.Tests;

/// <summary>A flow's <c>group:</c>: read, defaulted, checked and written back.</summary>
public class FlowGroupTests
{
    [Fact]
    public void Group_Written_IsTheFlowsGroup()
    {
        // Given the tiny scenario's grain flow in the group bulk
        var yaml = TinyScenario.With("    unit: wagon\n", "    unit: wagon\n    group: bulk\n");

        // When it is loaded
        var result = TinyScenario.Load(yaml);

        // Then the flow carries the group, and the resolved YAML keeps it
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("bulk", result.Spec!.Flows.Single().Group);
        Assert.Contains("    group: bulk\n", result.ResolvedYaml);
    }

    [Fact]
    public void Group_Absent_IsTheFlowsOwnName()
    {
        var result = TinyScenario.Load(TinyScenario.Yaml);

        Assert.Equal("grain", result.Spec!.Flows.Single().Group);
        Assert.Contains("    group: grain\n", result.ResolvedYaml);
    }

    [Fact]
    public void Group_AbsentAndFlowNameNotFolderSafe_IsTheNameInLowerCase()
    {
        var yaml = TinyScenario.With("  - name: grain\n", "  - name: Grain-West_2024\n");

        var result = TinyScenario.Load(yaml);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("grain-west_2024", result.Spec!.Flows.Single().Group);
    }

    [Theory]
    [InlineData("\"China Europe\"")]
    [InlineData("../etc")]
    [InlineData("Bulk")]
    [InlineData("_bulk")]
    public void Group_NotFolderSafe_IsAnErrorAtItsLine(string group)
    {
        // Given a group with a space, a path, upper case or a leading underscore
        var yaml = TinyScenario.With("    unit: wagon\n", $"    unit: wagon\n    group: {group}\n");

        // When it is loaded
        var result = TinyScenario.Load(yaml);

        // Then it is one error at the group's line, naming what a group may be
        Assert.Null(result.Spec);
        var error = Assert.Single(result.Errors);
        Assert.Equal("flows.grain.group", error.KeyPath);
        Assert.Equal(TinyScenario.Locate(yaml, "group:").Line, error.Line);
        Assert.Contains("folder-safe word", error.Message);
        Assert.Contains("lower-case letters", error.Allowed);
    }

    [Fact]
    public void Group_Overridden_WithSet_ChangesTheGroup()
    {
        var result = TinyScenario.Load(TinyScenario.Yaml, "flows.grain.group=bulk");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("bulk", result.Spec!.Flows.Single().Group);
    }
}
