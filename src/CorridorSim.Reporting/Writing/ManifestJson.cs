using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Writing;

/// <summary>Writes and reads <c>manifest.json</c>, and computes the scenario hash it records.</summary>
public static class ManifestJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        IndentSize = 2,

        // A command line is full of quotes and dashes; a person reads this file, so keep them as typed.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The manifest of a run of <paramref name="scenario"/>: what reproduces its files.</summary>
    public static RunManifest For(string scenario, string resolvedYaml, RunContext context, IReadOnlyList<ManifestPart>? parts = null) =>
        new(
            scenario,
            Sha256Of(resolvedYaml),
            context.Seed,
            context.Replications,
            context.Threads,
            context.ProgramVersion,
            context.CommandLine,
            context.StartedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            parts,
            ConsignmentsOption(context.Consignments));

    /// <summary>How <c>--consignments</c> names <paramref name="recording"/>: <c>none</c>, <c>first</c> or <c>all</c>.</summary>
    public static string ConsignmentsOption(Experiments.ConsignmentRecording recording) => recording switch
    {
        Experiments.ConsignmentRecording.None => "none",
        Experiments.ConsignmentRecording.All => "all",
        _ => "first",
    };

    /// <summary>SHA-256 (lower-case hex) of a text's UTF-8 bytes, as written to a result folder.</summary>
    public static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(CsvFile.Utf8.GetBytes(text)));

    /// <summary>The manifest as indented JSON, ending in a newline.</summary>
    public static string Serialize(RunManifest manifest) => JsonSerializer.Serialize(manifest, Options) + "\n";

    /// <summary>Reads a manifest back from its JSON.</summary>
    public static RunManifest Deserialize(string json) =>
        JsonSerializer.Deserialize<RunManifest>(json, Options) ?? throw new JsonException("manifest.json is empty.");

    /// <summary>Writes the manifest to <paramref name="path"/> in UTF-8.</summary>
    public static void Write(string path, RunManifest manifest) => ReportFile.WriteText(path, Serialize(manifest));
}
