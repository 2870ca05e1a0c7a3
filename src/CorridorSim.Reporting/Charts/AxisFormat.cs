namespace CorridorSim.Reporting.Charts;

/// <summary>How the numbers on a chart's value axis are written.</summary>
public enum AxisFormat
{
    /// <summary>Plain numbers with thousands grouped (<c>4,500,000</c>).</summary>
    Number,

    /// <summary>A fraction 0..1 written as a percentage (<c>0.85</c> → <c>85%</c>).</summary>
    Percent,
}
