using System.Reflection;

namespace CorridorSim.Kernel.Tests;

public class TimeoutApiTests
{
    [Fact]
    public void TimeoutFactories_SecondArgument_IsNeverAnUntypedValueOrABareInt()
    {
        // Given every public way to make a timeout
        var factories = typeof(Simulation).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.StartsWith("Timeout", StringComparison.Ordinal))
            .ToList();

        // Then only TimeoutWithValue takes a value, and no overload takes an int that a SimSharp reader would
        // pass as a priority and a SimPy reader as a value
        Assert.Equal(["Timeout", "Timeout", "TimeoutWithValue"], factories.Select(m => m.Name).Order());
        Assert.All(factories, m => Assert.DoesNotContain(m.GetParameters(), p => p.ParameterType == typeof(int)));
        Assert.All(
            factories.Where(m => m.Name == "Timeout"),
            m => Assert.DoesNotContain(m.GetParameters(), p => p.ParameterType == typeof(object)));
        Assert.Empty(typeof(Timeout).GetConstructors());
    }

    [Fact]
    public void TimeoutWithValue_Processed_WaitersReceiveTheValue()
    {
        var simulation = new Simulation();
        var departure = simulation.TimeoutWithValue(2, "ferry away");

        Assert.Equal("ferry away", simulation.Run(departure));
        Assert.Equal(2, simulation.Now);
    }

    [Fact]
    public void TimeoutWithPriority_SameTime_UrgentFirst()
    {
        var simulation = new Simulation();
        var trace = new Trace(simulation);
        simulation.Timeout(1).AddCallback(_ => trace.Log("normal"));
        simulation.Timeout(1, new EventPriority(-1)).AddCallback(_ => trace.Log("urgent"));
        simulation.TimeoutWithValue(1, "late", new EventPriority(1)).AddCallback(e => trace.Log((string)e.Value!));

        simulation.Run();

        Assert.Equal("1:urgent 1:normal 1:late", trace.ToString());
    }
}
