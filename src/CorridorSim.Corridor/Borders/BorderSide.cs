using CorridorSim.Corridor.Customs;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Borders;

/// <summary>
/// One direction of a border crossing: exchange tracks where trains are handed over and technically
/// inspected, a customs post, and an optional gauge change, each with its own capacity.
/// </summary>
internal sealed class BorderSide
{
    public BorderSide(Resource exchange, Variate exchangeHours, CustomsPost? customs, Resource? gaugeChange, Variate? gaugeHours)
    {
        Exchange = exchange;
        ExchangeHours = exchangeHours;
        Customs = customs;
        GaugeChange = gaugeChange;
        GaugeHours = gaugeHours;
    }

    public Resource Exchange { get; }

    public Variate ExchangeHours { get; }

    public CustomsPost? Customs { get; }

    /// <summary>Gauge-change tracks (bogie exchange or transshipment, 1435 ↔ 1520 mm), or null.</summary>
    public Resource? GaugeChange { get; }

    public Variate? GaugeHours { get; }
}
