namespace CorridorSim.Browser.Tests.Given;

/// <summary>A fact that opens pages in Chromium: where none is installed it is reported as skipped with the reason, never passed silently.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Skips the test, with the reason, when no Chromium is installed.</summary>
    public ChromiumFactAttribute()
    {
        if (InstalledChromium.WhyNot is { } reason) Skip = reason;
    }
}
