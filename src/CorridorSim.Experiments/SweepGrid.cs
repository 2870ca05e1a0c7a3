namespace CorridorSim.Experiments;

/// <summary>
/// The points of a parameter sweep: every combination of the varied parameters' values, in the order
/// the parameters were given with the last one changing fastest (like nested loops).
/// </summary>
/// <remarks>
/// <c>--vary a=1,2 --vary b=x,y</c> gives the points (a=1,b=x), (a=1,b=y), (a=2,b=x), (a=2,b=y),
/// numbered from 0.
/// </remarks>
public sealed class SweepGrid
{
    /// <summary>
    /// Most points one sweep may have: 100,000, enough for a sharded study, and the most whose every point can be
    /// mapped and checked before the first runs. Past it the sweep is refused with its size, before any work.
    /// </summary>
    public const int MaxPoints = 100_000;

    /// <summary>A grid over the given parameters.</summary>
    /// <exception cref="ExperimentArgumentException">No parameter, the same key varied twice, or more than <see cref="MaxPoints"/> points.</exception>
    public SweepGrid(IEnumerable<VaryParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters.ToArray();
        if (Parameters.Count == 0)
        {
            throw new ExperimentArgumentException("sweep without --vary", "no parameter to vary", VaryParameter.ExpectedForm);
        }

        var repeated = Parameters.GroupBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ExperimentArgumentException(
                $"--vary {repeated.Key}=...", "the key is varied more than once", "each key in one --vary with all its values");
        }

        var empty = Parameters.FirstOrDefault(p => p.Values.Count == 0);
        if (empty is not null) throw new ArgumentException($"Parameter '{empty.Key}' has no values.", nameof(parameters));

        // Multiplied in a type that cannot overflow, so five axes of 100 values give 10^10, not an overflow.
        var size = Parameters.Aggregate(System.Numerics.BigInteger.One, (product, p) => product * p.Values.Count);
        if (size > MaxPoints)
        {
            var axes = string.Join(" × ", Parameters.Select(p => p.Values.Count));
            throw new ExperimentArgumentException(
                "--vary", $"the grid has {size:N0} points ({axes}), more than the {MaxPoints:N0} a sweep may have",
                $"at most {MaxPoints:N0} combinations; vary fewer keys or fewer values, or split the study into several sweeps");
        }

        Points = Combine((int)size);
    }

    /// <summary>The varied parameters, in the order given.</summary>
    public IReadOnlyList<VaryParameter> Parameters { get; }

    /// <summary>The varied keys, in the order given: the sweep table's setting columns.</summary>
    public IReadOnlyList<string> Keys => Parameters.Select(p => p.Key).ToArray();

    /// <summary>Each point's settings (key → value, keys in the order given), point 0 first.</summary>
    public IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> Points { get; }

    /// <summary>Reads the texts given after each <c>--vary</c>, in order.</summary>
    /// <exception cref="ExperimentArgumentException">Any text is malformed, none is given, or a key repeats.</exception>
    public static SweepGrid Parse(IEnumerable<string> varyTexts)
    {
        ArgumentNullException.ThrowIfNull(varyTexts);
        return new SweepGrid(varyTexts.Select(VaryParameter.Parse).ToArray());
    }

    private KeyValuePair<string, string>[][] Combine(int count)
    {
        var points = new KeyValuePair<string, string>[count][];
        for (var point = 0; point < count; point++)
        {
            var settings = new KeyValuePair<string, string>[Parameters.Count];
            var rest = point;
            for (var k = Parameters.Count - 1; k >= 0; k--)
            {
                var values = Parameters[k].Values;
                settings[k] = new KeyValuePair<string, string>(Parameters[k].Key, values[rest % values.Count]);
                rest /= values.Count;
            }

            points[point] = settings;
        }

        return points;
    }
}
