namespace CorridorSim.Corridor.Vocabulary;

/// <summary>How the tables name what adds up every flow: the whole corridor.</summary>
public static class WholeCorridor
{
    /// <summary>
    /// The <c>flow</c> of a table's rows that add up every flow (<c>monthly.csv</c>'s corridor rows); no flow
    /// may take it, or its rows could not be told from the corridor's.
    /// </summary>
    public const string Flow = "all";
}
