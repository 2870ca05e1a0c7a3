using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Spec;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Borders;

/// <summary>One <see cref="BorderStep"/> of a border side as it runs: its tracks and its drawn hours per train.</summary>
internal sealed record BorderHold(BorderStep Step, Resource Tracks, Variate Hours);
