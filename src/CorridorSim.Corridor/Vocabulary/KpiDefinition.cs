using CorridorSim.Corridor.Results;

namespace CorridorSim.Corridor.Vocabulary;

/// <summary>
/// What a key performance indicator is: its name in the CSV files, its unit, which way is better, its name
/// in words (for report sentences and chart titles) and a description. The model emits values of these
/// definitions; every table, report and chart reads them by the same definition.
/// </summary>
public sealed record KpiDefinition(string Name, string Unit, KpiDirection Direction, string Words, string Description)
{
    /// <summary>
    /// The KPI's name on a chart axis, with the unit it is drawn in (<c>Delivered (Mt/yr)</c>); the name
    /// and unit of the CSV files when not set.
    /// </summary>
    public string Axis
    {
        get => _axis ?? $"{Name} ({Unit})";
        init => _axis = value;
    }

    /// <summary>What a value is multiplied by to be drawn in <see cref="Axis"/>'s unit (10⁻⁶ for Mt from tonnes); 1 when not set.</summary>
    public double AxisScale { get; init; } = 1.0;

    private readonly string? _axis;

    /// <summary>Whether a larger value is better.</summary>
    public bool HigherIsBetter => Direction == KpiDirection.MoreIsBetter;

    /// <summary>The value of this KPI in one replication.</summary>
    public KpiValue Of(double value) => new(Name, Unit, value);

    /// <summary>The value of this KPI for one flow only, named <c>kpi:flow</c>.</summary>
    public KpiValue OfFlow(string flow, double value) => new(FlowName(flow), Unit, value);

    /// <summary>The value of this KPI for one part of the corridor (a border step, a background flow), named <c>kpi:part</c>.</summary>
    public KpiValue OfPart(string part, double value) => new($"{Name}:{part}", Unit, value);

    /// <summary>The name of this KPI for one flow only: <c>transit_days_p50:kz_exports_west</c>.</summary>
    public string FlowName(string flow) => $"{Name}:{flow}";
}
