namespace CorridorSim.Corridor.Validation;

/// <summary>
/// The one "did you mean" rule for every misspelt key, enum word, item name or reference: the known name
/// nearest the typed one by edit distance (case ignored), offered only when it is a plausible typo.
/// </summary>
public static class NameSuggestion
{
    private const int MaxCandidates = 2_000;
    private const int MaxListed = 30;
    private const int MaxComparedLength = 200;

    /// <summary>
    /// The candidate with the smallest edit distance, if at most a third of the longer word differs (at
    /// least two edits): "aktau_ferry" still finds "aktau_alat_ferry". Ties go to the earlier candidate. None
    /// is offered among more than a few thousand names, where the search would cost more than the hint is worth.
    /// </summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        var list = candidates as IReadOnlyCollection<string> ?? candidates.Take(MaxCandidates + 1).ToList();
        if (list.Count > MaxCandidates)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in list)
        {
            var distance = EditDistance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
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
    internal static int EditDistance(string a, string b)
    {
        if (a.Length > MaxComparedLength)
        {
            a = a[..MaxComparedLength];
        }

        if (b.Length > MaxComparedLength)
        {
            b = b[..MaxComparedLength];
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

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
