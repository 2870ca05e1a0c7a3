using System.Globalization;
using CorridorSim.Benchmarks;

// Usage: dotnet run -c Release --project bench/CorridorSim.KernelBench [--runs N] [--scale X] [--seed S]
var runs = 3;
var scale = 1.0;
ulong seed = 42;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--runs":
            runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--scale":
            scale = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--seed":
            seed = ulong.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        default:
            Console.Error.WriteLine($"Unknown option {args[i]}; use --runs N, --scale X, --seed S.");
            return 2;
    }
}

var report = KernelBenchmark.Run(runs, scale, seed, r => Console.WriteLine(
    string.Create(CultureInfo.InvariantCulture,
        $"  run {r.Workload,-8} {r.Seconds,7:F3} s  {r.EventsPerSecond / 1e6,7:F3} M events/s  {r.UnitsPerSecond / 1e6,7:F3} M units/s  {r.BytesPerEvent,6:F1} B/event")));
Console.WriteLine();
Console.Write(report.Format());
return 0;
