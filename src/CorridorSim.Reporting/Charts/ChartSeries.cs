namespace CorridorSim.Reporting.Charts;

/// <summary>One thing drawn on a chart (bars, a line, intervals), named as the legend shows it.</summary>
public abstract record ChartSeries(string Label);
