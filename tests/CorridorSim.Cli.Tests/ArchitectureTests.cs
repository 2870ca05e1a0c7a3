using System.Reflection;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// Pins the direction of references between CorridorSim's assemblies (Cli → Scenarios, Experiments,
/// Reporting → Corridor → Kernel), so a convenient shortcut cannot quietly tangle the layers.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["CorridorSim.Kernel"] = [],
        ["CorridorSim.Corridor"] = ["CorridorSim.Kernel"],
        ["CorridorSim.Scenarios"] = ["CorridorSim.Corridor", "CorridorSim.Kernel"],
        ["CorridorSim.Experiments"] = ["CorridorSim.Corridor", "CorridorSim.Kernel"],
        ["CorridorSim.Reporting"] = ["CorridorSim.Experiments", "CorridorSim.Corridor", "CorridorSim.Kernel"],
        ["CorridorSim.Benchmarks"] = ["CorridorSim.Corridor", "CorridorSim.Kernel"],
    };

    [Theory]
    [InlineData("CorridorSim.Kernel")]
    [InlineData("CorridorSim.Corridor")]
    [InlineData("CorridorSim.Scenarios")]
    [InlineData("CorridorSim.Experiments")]
    [InlineData("CorridorSim.Reporting")]
    [InlineData("CorridorSim.Benchmarks")]
    public void Assembly_References_OnlyLayersBelowIt(string name)
    {
        // Given an assembly of the product
        var assembly = Assembly.Load(name);

        // When its references to other CorridorSim assemblies are listed
        var references = assembly.GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(r => r.StartsWith("CorridorSim.", StringComparison.Ordinal) || r == "corridorsim")
            .ToList();

        // Then each is a layer below it
        Assert.All(references, r => Assert.Contains(r, Allowed[name]));
    }

    [Fact]
    public void Kernel_References_NoPackages()
    {
        var references = Assembly.Load("CorridorSim.Kernel").GetReferencedAssemblies().Select(r => r.Name!);

        Assert.All(references, r => Assert.True(r.StartsWith("System", StringComparison.Ordinal) || r is "netstandard" or "mscorlib",
            $"the kernel references {r}; it must stay free of packages"));
    }
}
