namespace CorridorSim.Corridor.Spec;

/// <summary>
/// Storms that close ports and sea services: episodes start at random (a Poisson process whose rate
/// changes by month) and last a random time; while one lasts nothing sails from, or berths at, the places
/// it closes.
/// </summary>
/// <param name="Name">Unique name (e.g. <c>caspian_storms</c>); also names its random stream.</param>
/// <param name="Closes">Ports and sea services closed by each episode.</param>
/// <param name="EpisodesPerMonth">Twelve mean numbers of episodes starting per month, January first.</param>
/// <param name="EpisodeHours">Length of one episode.</param>
public sealed record StormSpec(
    string Name,
    IReadOnlyList<string> Closes,
    IReadOnlyList<double> EpisodesPerMonth,
    DistributionSpec EpisodeHours);

/// <summary>A scheduled closure of a facility, leg or sea service (maintenance, a border closed).</summary>
/// <param name="Name">Unique name.</param>
/// <param name="Closes">The facility, leg or sea service closed.</param>
/// <param name="StartDay">Day of the horizon the closure starts (0 = start of run).</param>
/// <param name="DurationDays">How long it lasts.</param>
public sealed record DisruptionSpec(string Name, string Closes, double StartDay, double DurationDays);
