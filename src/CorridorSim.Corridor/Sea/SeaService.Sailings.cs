using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Sea;

internal sealed partial class SeaService
{
    /// <summary>Adds the time <paramref name="vessel"/> spent in the phase it now leaves to its waits at this port.</summary>
    private static void CountCallWait(Vessel vessel, double now)
    {
        if (vessel.Phase == VesselPhase.WaitingForCargo)
        {
            vessel.CallWaitedForCargoHours += now - vessel.PhaseSince;
        }
        else if (vessel.Phase == VesselPhase.Anchorage)
        {
            vessel.CallWaitedForBerthHours += now - vessel.PhaseSince;
        }
    }

    /// <summary>Records the departure <paramref name="vessel"/> has just made from <paramref name="end"/>, arriving <paramref name="hours"/> later.</summary>
    private void RecordSailing(Vessel vessel, SeaEnd end, double hours)
    {
        long wagonsLoaded = 0, wagonsEmpty = 0, trucks = 0;
        double teuLoaded = 0, teuEmpty = 0, tonnes = 0, oilTonnes = 0;
        foreach (var c in vessel.Aboard)
        {
            var empty = c.Flow.IsEmpty;
            tonnes += c.Tonnes;
            switch (c.Flow.Unit)
            {
                case CargoUnit.Wagon:
                    if (empty) wagonsEmpty++; else wagonsLoaded++;
                    break;
                case CargoUnit.Container:
                    if (empty) teuEmpty += c.Teu; else teuLoaded += c.Teu;
                    break;
                case CargoUnit.Truck:
                    trucks++;
                    break;
                case CargoUnit.OilParcel:
                    oilTonnes += c.Tonnes;
                    break;
            }
        }

        var departed = Run.Sim.Now;
        Run.RecordSailing(new SailingRecord(
            Name,
            vessel.Number,
            end.Index == 0 ? Direction.Westbound : Direction.Eastbound,
            end.Port.Name,
            Ends[1 - end.Index].Port.Name,
            departed,
            departed + hours,
            wagonsLoaded,
            wagonsEmpty,
            trucks,
            teuLoaded,
            teuEmpty,
            tonnes,
            oilTonnes,
            vessel.Load / Capacity,
            vessel.CallWaitedForCargoHours,
            vessel.CallWaitedForBerthHours));
    }
}
