namespace CorridorSim.Browser.Tests.Given;

/// <summary>A theory that opens pages in Chromium: skipped with the reason where none is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the theory, with the reason, when no Chromium is installed.</summary>
    public ChromiumTheoryAttribute()
    {
        if (InstalledChromium.WhyNot is { } reason) Skip = reason;
    }
}
