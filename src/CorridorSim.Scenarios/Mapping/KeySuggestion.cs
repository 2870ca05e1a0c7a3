namespace CorridorSim.Scenarios.Mapping;

/// <summary>Finds the known word nearest a mistyped one, for "did you mean" hints.</summary>
internal static class KeySuggestion
{
    private const int MaxCandidates = 2_000;
    private const int MaxListed = 30;

    /// <summary>
    /// The candidate with the smallest edit distance, if it is close enough to be a plausible typo; none is
    /// offered among more than a few thousand names, where the search would cost more than the hint is worth.
    /// </summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        var list = candidates as IReadOnlyCollection<string> ?? candidates.Take(MaxCandidates + 1).ToList();
        if (list.Count > MaxCandidates) return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in list)
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

    /// <summary>Names for an "expected one of" text: all of a short list, the first few of a long one.</summary>
    public static string List(IEnumerable<string> names)
    {
        var shown = names.Take(MaxListed + 1).ToList();
        return shown.Count > MaxListed ? string.Join(", ", shown.Take(MaxListed)) + ", …" : string.Join(", ", shown);
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
