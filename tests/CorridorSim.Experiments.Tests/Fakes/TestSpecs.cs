using CorridorSim.Corridor.Spec;

namespace CorridorSim.Experiments.Tests.Fakes;

/// <summary>Scenario specs with no facilities: enough for fake models, which read only the run settings.</summary>
internal static class TestSpecs
{
    public static CorridorSpec Empty(string name = "fake", int replications = 8, ulong seed = 42, double horizonDays = 365) =>
        new(
            Name: name,
            Description: "A scenario for fake models.",
            Seed: seed,
            Replications: replications,
            HorizonDays: horizonDays,
            WarmupDays: 0,
            Origins: [],
            Destinations: [],
            Borders: [],
            Ports: [],
            RailLegs: [],
            RoadLegs: [],
            SeaServices: [],
            CustomsRegimes: [],
            Flows: [],
            Storms: [],
            Disruptions: []);
}
