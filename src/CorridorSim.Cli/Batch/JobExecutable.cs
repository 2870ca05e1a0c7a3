using System.Reflection;

namespace CorridorSim.Cli.Batch;

/// <summary>
/// The <c>corridorsim</c> a job file calls: a fixed, published executable — never <c>dotnet run</c>, whose
/// concurrent builds would race on <c>obj/</c> — as the words of a command.
/// </summary>
internal static class JobExecutable
{
    /// <summary>Where the Dockerfile installs <c>corridorsim</c> in the Kubernetes image.</summary>
    public const string ImagePath = "/opt/corridorsim/corridorsim";

    /// <summary>
    /// <c>--exe</c> as given, or the running program: its own path when it is the <c>corridorsim</c>
    /// executable, or <c>dotnet corridorsim.dll</c> when it was started through the <c>dotnet</c> host.
    /// </summary>
    public static IReadOnlyList<string> ForSlurm(string? exe)
    {
        if (exe is not null) return [Path.GetFullPath(exe)];
        var process = Environment.ProcessPath;
        var assembly = Assembly.GetEntryAssembly()?.Location;
        if (process is null || Path.GetFileNameWithoutExtension(process) == "dotnet")
        {
            return assembly is { Length: > 0 } ? [process ?? "dotnet", assembly] : [process ?? "dotnet"];
        }

        return [process];
    }

    /// <summary><c>--exe</c> as given (a path inside the image), or <see cref="ImagePath"/>.</summary>
    public static IReadOnlyList<string> ForKubernetes(string? exe) => [exe ?? ImagePath];

    /// <summary><paramref name="word"/> quoted for a POSIX shell: in single quotes, each single quote written as <c>'\''</c>.</summary>
    public static string ShellQuote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
