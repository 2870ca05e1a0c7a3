using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>Builds <c>monthly.csv</c>'s rows from the replications' monthly cargo: per month, the corridor first, then each flow.</summary>
public static class MonthlyRows
{
    /// <summary>The <c>flow</c> of the rows that add up every flow: the whole corridor.</summary>
    public const string AllFlows = WholeCorridor.Flow;

    private const double HoursPerMonth = 730;

    /// <summary>One row per month of the window for the corridor and for each flow, in month order.</summary>
    public static IReadOnlyList<MonthlyRow> Of(ExperimentResult result)
    {
        var spec = result.Spec;
        var warmupHours = spec.WarmupDays * 24;
        var horizonHours = spec.HorizonDays * 24;
        var months = result.Replications
            .SelectMany(r => r.FlowMonths)
            .Select(m => m.Month)
            .Distinct()
            .Order();
        var rows = new List<MonthlyRow>();
        foreach (var month in months)
        {
            var calendar = spec.StartMonth - 1 + month;
            var days = Math.Max(0, Math.Min(horizonHours, HoursPerMonth * (month + 1)) - Math.Max(warmupHours, HoursPerMonth * month)) / 24;
            MonthlyRow Row(string flow, Func<FlowMonthRecord, bool> counts)
            {
                IReadOnlyList<double> Sample(Func<FlowMonthRecord, double> value) =>
                    [.. result.Replications.Select(r => r.FlowMonths.Where(m => m.Month == month && counts(m)).Sum(value))];
                return new MonthlyRow(
                    1 + (calendar / 12),
                    (calendar % 12) + 1,
                    month,
                    days,
                    flow,
                    ConfidenceInterval.ForMean(Sample(m => m.DemandTonnes)),
                    ConfidenceInterval.ForMean(Sample(m => m.DeliveredTonnes)),
                    ConfidenceInterval.ForMean(Sample(m => m.DemandUnits)),
                    ConfidenceInterval.ForMean(Sample(m => m.DeliveredUnits)));
            }

            rows.Add(Row(AllFlows, _ => true));
            foreach (var flow in spec.Flows)
            {
                rows.Add(Row(flow.Name, m => m.Flow == flow.Name));
            }
        }

        return rows;
    }
}
