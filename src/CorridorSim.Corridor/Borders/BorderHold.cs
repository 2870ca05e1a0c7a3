using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Randomness;
using CorridorSim.Corridor.Spec;
using CorridorSim.Kernel;

namespace CorridorSim.Corridor.Borders;

/// <summary>One <see cref="BorderStep"/> of a border side as it runs: its tracks, its drawn hours per train and the account of waits for its tracks.</summary>
internal sealed record BorderHold(BorderStep Step, Resource Tracks, Variate Hours, CauseAccount Cause);
