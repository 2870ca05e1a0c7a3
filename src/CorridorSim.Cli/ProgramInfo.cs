using System.Reflection;

namespace CorridorSim.Cli;

/// <summary>Facts about this build of CorridorSim that results record.</summary>
public static class ProgramInfo
{
    /// <summary>The informational version (from Directory.Build.props), without a source-control suffix.</summary>
    public static string Version { get; } =
        (typeof(ProgramInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];

    /// <summary>Where results go when no <c>--out</c> is given: <c>results/</c> under the working directory.</summary>
    public const string ResultsRoot = "results";
}
