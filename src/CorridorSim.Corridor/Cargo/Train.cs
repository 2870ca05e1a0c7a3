using System.Diagnostics.CodeAnalysis;
using CorridorSim.Corridor.Customs;
using CorridorSim.Corridor.Model;
using CorridorSim.Corridor.Routing;
using CorridorSim.Corridor.Spec;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Cargo;

/// <summary>
/// A train of one flow's wagons or containers (or a single truck) travelling part of its route: formed at
/// the origin or on a port's formation track, broken up at a port to go to sea or at its destination.
/// </summary>
/// <remarks>
/// The train is the moving process and its consignments ride it, so the model's cost grows with trains
/// rather than wagons. It carries the set of routes still open to it and its position on them.
/// </remarks>
internal sealed partial class Train
{
    // What a broken-up train holds: nothing, and nobody adds to it.
    private static readonly List<Consignment> BrokenUp = [];

    private Dwell? _dwell;

    public Train(long id, FlowModel flow, int routes, int position, List<Consignment> units, string formedAt, double formedHours) =>
        Renew(id, flow, routes, position, units, formedAt, formedHours);

    public long Id { get; private set; }

    public FlowModel Flow { get; private set; }

    /// <summary>The flow's routes still open to it (a bit mask).</summary>
    public int Routes { get; private set; }

    /// <summary>Index, on its routes, of the stop it is at or has last left.</summary>
    public int Position { get; private set; }

    /// <summary>Its consignments; none once it is broken up.</summary>
    public List<Consignment> Units { get; private set; }

    public int Count => Units.Count;

    public double Tonnes { get; private set; }

    public bool IsTrucks => Flow.Unit == CargoUnit.Truck;

    /// <summary>The origin or port where it was formed, for <c>trains.csv</c>.</summary>
    public string FormedAt { get; private set; }

    /// <summary>Hour it was formed.</summary>
    public double FormedHours { get; private set; }

    /// <summary>The facility or leg it is at, for the ledger.</summary>
    public string Location { get; set; }

    /// <summary>Its dwell at the border it is passing, lent by the run for the passage.</summary>
    /// <exception cref="InvalidOperationException">It is passing no border.</exception>
    public Dwell Dwell => _dwell ?? throw new InvalidOperationException($"Train {Id} has no dwell: it is passing no border.");

    private RouteModel Route => Router.First(Flow, Routes);

    private Process? PreArrivalCheck { get; set; }

    private CustomsPost? PreArrivalPost { get; set; }

    /// <summary>The pre-lodged document check for <paramref name="post"/>, if one was started on departure.</summary>
    public Process? TakePreArrivalCheck(CustomsPost post)
    {
        if (PreArrivalPost != post)
        {
            return null;
        }

        var check = PreArrivalCheck;
        PreArrivalCheck = null;
        PreArrivalPost = null;
        return check;
    }

    /// <summary>
    /// Makes this object a new train of <paramref name="units"/>, formed at <paramref name="formedAt"/>, as if
    /// just constructed; the run renews the objects of trains that were broken up.
    /// </summary>
    [MemberNotNull(nameof(Flow), nameof(Units), nameof(Location), nameof(FormedAt))]
    public void Renew(long id, FlowModel flow, int routes, int position, List<Consignment> units, string formedAt, double formedHours)
    {
        Id = id;
        Flow = flow;
        Routes = routes;
        Position = position;
        Units = units;
        FormedAt = formedAt;
        FormedHours = formedHours;
        Location = string.Empty;
        _dwell = null;
        PreArrivalCheck = null;
        PreArrivalPost = null;
        var tonnes = 0.0;
        foreach (var c in units)
        {
            tonnes += c.Tonnes;
        }

        Tonnes = tonnes;
    }

    /// <summary>
    /// Breaks the train up where its units left it (delivered, into a port's yard, back in the wagon pool)
    /// and gives back its list, for the run to lend to another train; its journey ends without reading it again.
    /// </summary>
    public List<Consignment> BreakUp()
    {
        var units = Units;
        Units = BrokenUp;
        return units;
    }

    /// <summary>Starts a passage with <paramref name="dwell"/>, begun for it.</summary>
    public void BeginDwell(Dwell dwell) => _dwell = dwell;

    /// <summary>Ends the passage and gives back its dwell, to be returned to the run.</summary>
    public Dwell EndDwell()
    {
        var dwell = Dwell;
        _dwell = null;
        return dwell;
    }

    private void Decide()
    {
        var routes = Router.Narrow(Flow, Routes, Position);
        if (routes == Routes)
        {
            return;
        }

        Routes = routes;
        foreach (var c in Units)
        {
            c.Routes = routes;
        }
    }

    private void LodgeDeclaration(Facility next)
    {
        if (next is Borders.BorderCrossing border)
        {
            border.Lodge(this);
        }

        if (next.CustomsFor(Flow.Direction) is { PreArrival: true } post && !post.Skips(Units))
        {
            PreArrivalCheck = post.BeginPreArrivalCheck();
            PreArrivalPost = post;
        }
    }
}
