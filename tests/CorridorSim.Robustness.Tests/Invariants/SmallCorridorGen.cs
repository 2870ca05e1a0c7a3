using CorridorSim.Corridor.Spec;
using FsCheck;
using FsCheck.Fluent;

namespace CorridorSim.Robustness.Tests.Invariants;

/// <summary>FsCheck generators of <see cref="SmallCorridor"/>s: from starved (one small ferry, tiny yards, storms) to idle.</summary>
internal static class SmallCorridorGen
{
    private static Gen<double> Between(double min, double max) => Gen.Choose(0, 1000).Select(i => Math.Round(min + ((max - min) * i / 1000.0), 3));

    private static Gen<SmallFlow> Flow =>
        from direction in Gen.Elements(Direction.Westbound, Direction.Eastbound)
        from unit in Gen.Elements(CargoUnit.Wagon, CargoUnit.Wagon, CargoUnit.Container, CargoUnit.Truck)
        from tonnes in Gen.Elements(0.0, 20_000, 150_000, 600_000, 1_500_000)
        from perTrain in Gen.Choose(2, 50)
        from routing in Gen.Elements(Enum.GetValues<RoutingPolicy>())
        from viaBorder in Gen.Elements(true, false)
        from share in Between(0, 1)
        from empties in Gen.Elements(0.0, 0.0, 0.5, 1.0)
        select new SmallFlow(direction, unit, unit == CargoUnit.Truck ? tonnes / 5 : tonnes, perTrain, routing, viaBorder, share, empties);

    private static Gen<(int Horizon, int Warmup, ulong Seed)> Run =>
        from horizon in Gen.Choose(20, 30)
        from warmup in Gen.Choose(0, 5)
        from seed in Gen.Choose(0, int.MaxValue)
        select (horizon, warmup, (ulong)seed);

    private static Gen<(int Ferries, int Wagons, int Trucks, double Sailing, DeparturePolicy Policy, double MaxWait, double[] Timetable, double? Mtbf)> Ferry =>
        from ferries in Gen.Choose(1, 4)
        from wagons in Gen.Elements(30, 52, 70, 100)
        from trucks in Gen.Elements(10, 20, 40)
        from sailing in Between(8, 40)
        from policy in Gen.Elements(Enum.GetValues<DeparturePolicy>())
        from maxWait in Between(0.01, 72)
        from timetable in Gen.ListOf(Gen.Choose(0, 167).Select(h => (double)h), 3)
        from mtbf in Gen.Elements<double?>(null, null, 10, 100, 1000)
        select (ferries, wagons, trucks, sailing, policy, maxWait, timetable.Distinct().Order().ToArray(), mtbf);

    private static Gen<(int Feeders, int Teu, int YardWagons, int YardTeu, int Berths, double LoadHours)> Ports =>
        from feeders in Gen.Choose(1, 3)
        from teu in Gen.Elements(100, 200, 400)
        from yardWagons in Gen.Elements(20, 100, 150, 400, 2000)
        from yardTeu in Gen.Elements(400, 1000, 4000)
        from berths in Gen.Choose(1, 2)
        from loadHours in Between(1, 12)
        select (feeders, teu, yardWagons, yardTeu, berths, loadHours);

    private static Gen<(bool Border, int Tracks, bool Gauge, string? Regime, int Officers, int Lanes, double Paths)> Land =>
        from border in Gen.Elements(true, false)
        from tracks in Gen.Choose(1, 4)
        from gauge in Gen.Elements(true, false)
        from regime in Gen.Elements<string?>(null, "paper", "pre_arrival", "mutual")
        from officers in Gen.Choose(1, 3)
        from lanes in Gen.Choose(1, 2)
        from paths in Between(1, 20)
        select (border, tracks, gauge, regime, officers, lanes, paths);

    private static Gen<(double PerMonth, double Hours, int? Closure)> Weather =>
        from perMonth in Gen.Elements(0.0, 0.0, 1, 4, 10)
        from hours in Between(6, 96)
        from closure in Gen.Elements<int?>(null, 0, 5, 15)
        select (perMonth, hours, closure);

    public static Gen<SmallCorridor> Corridors =>
        from run in Run
        from ferry in Ferry
        from ports in Ports
        from land in Land
        from weather in Weather
        from count in Gen.Choose(1, 3)
        from flows in Gen.ListOf(Flow, count)
        select new SmallCorridor(
            run.Seed, run.Horizon, run.Warmup,
            ferry.Ferries, ferry.Wagons, ferry.Trucks, ferry.Sailing, ferry.Policy, ferry.MaxWait, ferry.Timetable.Length > 0 ? ferry.Timetable : [0], ferry.Mtbf,
            ports.Feeders, ports.Teu, ports.YardWagons, ports.YardTeu, ports.Berths, ports.LoadHours,
            land.Border, land.Tracks, land.Gauge, land.Regime, land.Officers, land.Lanes, land.Paths,
            weather.PerMonth, weather.Hours, weather.Closure,
            [.. flows]);

    public static Arbitrary<SmallCorridor> Arbitrary => Arb.From(Corridors, Shrink);

    /// <summary>Fewer flows, no weather, no closure, no breakdowns, no border: whatever still fails is what matters.</summary>
    private static IEnumerable<SmallCorridor> Shrink(SmallCorridor c)
    {
        for (var i = 0; c.Flows.Count > 1 && i < c.Flows.Count; i++) yield return c with { Flows = [.. c.Flows.Where((_, j) => j != i)] };
        if (c.StormsPerMonth > 0) yield return c with { StormsPerMonth = 0 };
        if (c.ClosureStartDay is not null) yield return c with { ClosureStartDay = null };
        if (c.MtbfHours is not null) yield return c with { MtbfHours = null };
        if (c.Border) yield return c with { Border = false };
        if (c.CustomsRegime is not null) yield return c with { CustomsRegime = null };
        if (c.HorizonDays > 20) yield return c with { HorizonDays = 20 };
    }
}
