namespace CorridorSim.Cli;

/// <summary>
/// Checks on the command line before Spectre parses it, for the cases its own messages get wrong: an option that
/// needs a value given last (Spectre talks of <c>'__default_command'</c>, or silently drops <c>--out</c>).
/// </summary>
internal static class OptionValues
{
    /// <summary>Every option that takes a value, in every command.</summary>
    private static readonly HashSet<string> TakingValue =
    [
        "--replications", "--seed", "--threads", "--set", "--out", "--consignments", "--vary", "--allow-folder",
        "--runs", "--only", "--scenario", "--memory-scenario", "--memory-mt", "--kernel-scale",
        "--exe", "--index", "--shards", "--time-per-item",
    ];

    /// <exception cref="InvalidInputException">An option that needs a value has none.</exception>
    public static void CheckPresent(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i].Split('=', 2)[0];
            if (!TakingValue.Contains(name) || args[i].Contains('=')) continue;
            if (i + 1 == args.Count)
                throw new InvalidInputException($"{name} needs a value, e.g. {Example(name)}; it was the last thing on the command line.");
            if (args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new InvalidInputException($"{name} needs a value, e.g. {Example(name)}; it was followed by {args[i + 1]}.");
        }
    }

    private static string Example(string option) => option switch
    {
        "--out" => "--out results/my-run",
        "--set" => "--set ports.aktau.ferry_berths=2",
        "--vary" => "--vary sea_services.kuryk_alat_ferry.vessels=9,12",
        "--seed" => "--seed 7",
        "--consignments" => "--consignments none",
        "--allow-folder" => "--allow-folder ../shared-scenarios",
        _ => option + " 2",
    };
}
