using System.Diagnostics.CodeAnalysis;
using CorridorSim.Corridor.Routing;

namespace CorridorSim.Corridor.Cargo;

/// <summary>
/// One physical unit of cargo (a rail wagon, a container, a truck, an oil parcel) from its creation at an
/// origin to its delivery.
/// </summary>
/// <remarks>
/// <para>
/// At every moment a consignment is held by exactly one place: a train, a port's yard or formation track,
/// a loading queue, a vessel, or (once delivered) nowhere. Moving consignments never creates events of its
/// own: trains and vessels carry them, so the cost of the model grows with trains and sailings.
/// </para>
/// <para>
/// Once it has left the corridor (delivered, or an empty back at its origin) and nothing keeps it, the
/// run may give the object a new life as another consignment (<see cref="Renew"/>), with a new id.
/// </para>
/// </remarks>
internal sealed class Consignment
{
    public Consignment(long id, FlowModel flow, double createdHours, bool inWindow, int routes)
    {
        Renew(id, flow, createdHours, inWindow, routes);
    }

    public long Id { get; private set; }

    public FlowModel Flow { get; private set; }

    public double Tonnes => Flow.TonnesPerUnit;

    public double Teu => Flow.TeuPerUnit;

    /// <summary>Hour the consignment was created (its train arrived at the origin).</summary>
    public double CreatedHours { get; private set; }

    /// <summary>Whether it was created after the warm-up, so that it counts in the KPIs.</summary>
    public bool InWindow { get; private set; }

    /// <summary>The flow's routes still open to it, as a bit mask over <see cref="FlowModel.Routes"/>.</summary>
    public int Routes { get; set; }

    /// <summary>Cleared by a regime with mutual recognition, so the next recognising post skips its document check.</summary>
    /// <remarks>Bit 0 of <see cref="RecognisedSteps"/>; setting it forgets the steps of any earlier post.</remarks>
    public bool Recognised
    {
        get => (RecognisedSteps & 1) != 0;
        set => RecognisedSteps = value ? 1UL : 0;
    }

    /// <summary>The steps done at the previous post under mutual recognition, one bit per step name.</summary>
    public ulong RecognisedSteps { get; set; }

    /// <summary>When it began its current wait at a port or aboard a vessel (hours).</summary>
    public double Since { get; set; }

    /// <summary>Hours already waited at the current facility before <see cref="Since"/> was reset (aboard a vessel before it sailed).</summary>
    public double WaitedHours { get; set; }

    /// <summary>How its present wait in a port's yard began (room at the gate, customs, the fleet clock), or null outside a yard.</summary>
    public Ports.YardWait? YardWait { get; set; }

    /// <summary>Whether its cargo left its wagon at a port (Poti, Batumi) for a vessel, the wagon going back from there.</summary>
    public bool LeftItsWagon { get; set; }

    /// <summary>Hour of delivery, or NaN while in the system.</summary>
    public double DeliveredHours { get; set; }

    /// <summary>Makes this object a new consignment, as if just constructed: every earlier state is forgotten.</summary>
    [MemberNotNull(nameof(Flow))]
    public void Renew(long id, FlowModel flow, double createdHours, bool inWindow, int routes)
    {
        Id = id;
        Flow = flow;
        CreatedHours = createdHours;
        InWindow = inWindow;
        Routes = routes;
        RecognisedSteps = 0;
        Since = 0;
        WaitedHours = 0;
        YardWait = null;
        LeftItsWagon = false;
        DeliveredHours = double.NaN;
    }
}
