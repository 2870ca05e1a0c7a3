namespace CorridorSim.Browser.Tests.Given;

/// <summary>
/// The Chromium installed on this machine (Debian's <c>chromium</c> package): the tests never download a
/// browser. <c>CORRIDORSIM_CHROMIUM</c> names another executable.
/// </summary>
public static class InstalledChromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"];

    /// <summary>The executable's path, or null when none is installed.</summary>
    public static string? Path { get; } = Find();

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? WhyNot => Path is null
        ? "no Chromium found (looked for $CORRIDORSIM_CHROMIUM, " + string.Join(", ", Candidates) + "); install Debian's chromium (apt-get install -y chromium) to run the browser tests"
        : null;

    private static string? Find()
    {
        var named = Environment.GetEnvironmentVariable("CORRIDORSIM_CHROMIUM");
        return new[] { named }.Concat(Candidates).FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
    }
}
