namespace CorridorSim.Kernel;

/// <summary>
/// Something that waits in a <see cref="TicketQueue{T}"/> (or a <see cref="RequestHeap"/>) and remembers where,
/// so it can leave from the middle without a search.
/// </summary>
internal interface ITicketHolder
{
    /// <summary>The position the holding structure gave this entry; meaningful only while it is held.</summary>
    long Ticket { get; set; }
}
