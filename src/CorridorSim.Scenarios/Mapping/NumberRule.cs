using System.Globalization;

namespace CorridorSim.Scenarios.Mapping;

/// <summary>
/// What numbers a key accepts: a lower bound (inclusive or not), an upper bound that catches typos and
/// absurd values, and whether only whole numbers make sense.
/// </summary>
internal sealed record NumberRule(double Min, bool MinExclusive, double Max, bool Whole, bool MaxExclusive = false)
{
    /// <summary>Longest duration any <c>*_hours</c> value may take: about eleven years.</summary>
    public const double MaxHours = 100_000;

    public static readonly NumberRule AtLeastOne = new(1, false, 10_000, true);
    public static readonly NumberRule WholeOrZero = new(0, false, 10_000, true);
    public static readonly NumberRule YardUnits = new(0, false, 1e9, true);
    public static readonly NumberRule Tonnes = new(0, false, 1e10, false);
    public static readonly NumberRule PositiveTonnes = new(0, true, 1e10, false);
    public static readonly NumberRule Probability = new(0, false, 1, false);
    public static readonly NumberRule Share = new(0, false, 1, false);
    public static readonly NumberRule Hours = new(0, false, MaxHours, false);
    public static readonly NumberRule PositiveHours = new(0, true, MaxHours, false);
    public static readonly NumberRule WeekHour = new(0, false, 168, false, MaxExclusive: true);
    public static readonly NumberRule MtbfHours = new(0, true, 1e7, false);
    public static readonly NumberRule HorizonDays = new(0, true, 36_500, false);
    public static readonly NumberRule Days = new(0, false, 36_500, false);
    public static readonly NumberRule PositiveDays = new(0, true, 36_500, false);
    public static readonly NumberRule Replications = new(1, false, 10_000, true);
    public static readonly NumberRule TrainPaths = new(0, true, 1_000, false);
    public static readonly NumberRule TeuPerUnit = new(0, false, 4, false);
    public static readonly NumberRule Factor = new(0, false, 12, false);
    public static readonly NumberRule EpisodesPerMonth = new(0, false, 100, false);
    public static readonly NumberRule Weight = new(0, false, 1e9, false);
    public static readonly NumberRule CalendarMonth = new(1, false, 12, true);
    public static readonly NumberRule TrainsPerDay = new(0, true, 1_000, false);
    public static readonly NumberRule Latitude = new(-90, false, 90, false);
    public static readonly NumberRule Longitude = new(-180, false, 180, false);

    private string Noun => Whole ? "a whole number" : "a number";

    /// <summary>The whole rule in words: "a whole number ≥ 1 and ≤ 10000".</summary>
    public string Describe() => $"{Noun} {LowerBound} and {UpperBound}";

    /// <summary>Checks a finite value; null when it is allowed, else the allowed text for the side it broke.</summary>
    public string? Violation(double value)
    {
        if (Whole && value != Math.Floor(value)) return Describe();
        if (MinExclusive ? value <= Min : value < Min) return $"{Noun} {LowerBound}";
        if (MaxExclusive ? value >= Max : value > Max) return $"{Noun} {UpperBound}";
        return null;
    }

    private string UpperBound => $"{(MaxExclusive ? "<" : "≤")} {Format(Max)}";

    private string LowerBound => $"{(MinExclusive ? ">" : "≥")} {Format(Min)}";

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
