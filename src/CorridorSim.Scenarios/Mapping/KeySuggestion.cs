namespace CorridorSim.Scenarios.Mapping;

/// <summary>Finds the known word nearest a mistyped one, for "did you mean" hints.</summary>
internal static class KeySuggestion
{
    /// <summary>The candidate with the smallest edit distance, if it is close enough to be a plausible typo.</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());

            // A third of the longer word may differ: "aktau_ferry" still finds "aktau_alat_ferry".
            var tolerance = Math.Max(2, Math.Max(typed.Length, candidate.Length) / 3);
            if (distance <= tolerance && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance, capped in length so a megabyte-long key cannot cost seconds.</summary>
    public static int EditDistance(string a, string b)
    {
        if (a.Length > 200) a = a[..200];
        if (b.Length > 200) b = b[..200];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
