namespace CorridorSim.Scenarios.Tests;

/// <summary>
/// The smallest valid corridor: Kazakh grain by rail to Aktau, a rail ferry to Alat, rail to Azerbaijan.
/// Tests break one thing in it at a time and find where the loader says the mistake is.
/// </summary>
internal static class TinyScenario
{
    public const string Path = "scenarios/tiny.yaml";

    public const string Yaml = """
        name: tiny
        horizon_days: 60
        warmup_days: 5
        origins:
          - name: kazakhstan
        destinations:
          - name: azerbaijan
        ports:
          - name: aktau
            yard_capacity_wagons: 100
            ferry_berths: 1
            ferry_load_hours: { dist: triangular, min: 6, mode: 8, max: 12 }
          - name: alat
            yard_capacity_wagons: 100
            ferry_berths: 1
            ferry_load_hours: 8
        rail_legs:
          - name: kazakhstan_aktau
            from: kazakhstan
            to: aktau
            travel_hours: { dist: triangular, min: 48, mode: 72, max: 96 }
            train_paths_per_day: 10
          - name: alat_azerbaijan
            from: alat
            to: azerbaijan
            travel_hours: 4
            train_paths_per_day: 20
        sea_services:
          - name: aktau_alat_ferry
            east_port: aktau
            west_port: alat
            vessel_class: rail_ferry
            vessels: 4
            capacity_wagons: 52
            sailing_hours: { dist: triangular, min: 20, mode: 22, max: 28 }
        flows:
          - name: grain
            origin: kazakhstan
            destination: azerbaijan
            direction: westbound
            unit: wagon
            annual_tonnes: 700000
            tonnes_per_unit: 65
            units_per_train: 50
            routes:
              - name: via_aktau
                via: [kazakhstan, aktau, alat, azerbaijan]

        """;

    /// <summary>The tiny scenario with the first <paramref name="find"/> replaced by <paramref name="replace"/>.</summary>
    public static string With(string find, string replace)
    {
        var at = Yaml.IndexOf(find, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{find}' is not in the tiny scenario");
        return Yaml[..at] + replace + Yaml[(at + find.Length)..];
    }

    public static ScenarioLoadResult Load(string yaml, params string[] overrides) => ScenarioLoader.LoadFromString(yaml, Path, overrides);

    /// <summary>1-based line and column of the first occurrence of <paramref name="fragment"/> in <paramref name="yaml"/>.</summary>
    public static (int Line, int Column) Locate(string yaml, string fragment)
    {
        var at = yaml.IndexOf(fragment, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{fragment}' is not in the text");
        var line = yaml[..at].Count(c => c == '\n') + 1;
        var column = at - (yaml.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
        if (at > 0 && yaml[at - 1] == '\n') column = 1;
        return (line, column);
    }
}
