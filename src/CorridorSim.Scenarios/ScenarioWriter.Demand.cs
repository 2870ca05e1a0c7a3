using CorridorSim.Corridor.Spec;
using CorridorSim.Scenarios.Writing;

namespace CorridorSim.Scenarios;

/// <summary>Flows with their routes, storms and disruptions.</summary>
public static partial class ScenarioWriter
{
    private static void Flows(YamlText y, IReadOnlyList<FlowSpec> flows)
    {
        if (flows.Count == 0) return;
        y.Key(0, "flows");
        foreach (var f in flows)
        {
            y.Item(1, "name", YamlText.Text(f.Name));
            y.Pair(2, "origin", YamlText.Text(f.Origin));
            y.Pair(2, "destination", YamlText.Text(f.Destination));
            y.Pair(2, "direction", YamlText.Word(f.Direction));
            y.Pair(2, "group", YamlText.Text(f.Group));
            y.Pair(2, "cargo_class", YamlText.Text(f.CargoClass));
            y.Pair(2, "unit", YamlText.Word(f.Unit));
            y.Pair(2, "annual_tonnes", YamlText.Number(f.AnnualTonnes));
            if (f.AnnualTonnesEnd is { } end) y.Pair(2, "annual_tonnes_end", YamlText.Number(end));
            if (f.MonthlySeasonality is { } season) y.Pair(2, "monthly_seasonality", YamlText.Numbers(season));
            y.Pair(2, "tonnes_per_unit", YamlText.Number(f.TonnesPerUnit));
            y.Pair(2, "teu_per_unit", YamlText.Number(f.TeuPerUnit));
            y.Pair(2, "units_per_train", YamlText.Number(f.UnitsPerTrain));
            y.Pair(2, "routing", YamlText.Word(f.Routing));
            y.Pair(2, "empty_return_share", YamlText.Number(f.EmptyReturnShare));
            if (f.WagonPool is { } pool) y.Pair(2, "wagon_pool", YamlText.Number(pool));
            y.Key(2, "routes");
            foreach (var route in f.Routes)
            {
                y.Item(3, "name", YamlText.Text(route.Name));
                y.Pair(4, "via", YamlText.Words(route.Via));
                y.Pair(4, "share", YamlText.Number(route.Share));
            }
        }
    }

    private static void Weather(YamlText y, CorridorSpec spec)
    {
        if (spec.Storms.Count > 0)
        {
            y.Key(0, "storms");
            foreach (var s in spec.Storms)
            {
                y.Item(1, "name", YamlText.Text(s.Name));
                y.Pair(2, "closes", YamlText.Words(s.Closes));
                y.Pair(2, "episodes_per_month", YamlText.Numbers(s.EpisodesPerMonth));
                y.Pair(2, "episode_hours", YamlText.Distribution(s.EpisodeHours));
            }
        }

        if (spec.Disruptions.Count > 0)
        {
            y.Key(0, "disruptions");
            foreach (var d in spec.Disruptions)
            {
                y.Item(1, "name", YamlText.Text(d.Name));
                y.Pair(2, "closes", YamlText.Text(d.Closes));
                y.Pair(2, "start_day", YamlText.Number(d.StartDay));
                y.Pair(2, "duration_days", YamlText.Number(d.DurationDays));
            }
        }

        Background(y, spec.Background);
    }

    private static void Background(YamlText y, IReadOnlyList<BackgroundFlowSpec> background)
    {
        if (background.Count == 0) return;
        y.Key(0, "background");
        foreach (var b in background)
        {
            y.Item(1, "name", YamlText.Text(b.Name));
            y.Pair(2, "at", YamlText.Text(b.At));
            y.Pair(2, "direction", YamlText.Word(b.Direction));
            y.Pair(2, "trains_per_day", YamlText.Number(b.TrainsPerDay));
            y.Pair(2, "tonnes_per_train", YamlText.Number(b.TonnesPerTrain));
        }
    }
}
