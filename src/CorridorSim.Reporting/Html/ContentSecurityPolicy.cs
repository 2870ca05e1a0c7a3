using System.Security.Cryptography;
using System.Text;

namespace CorridorSim.Reporting.Html;

/// <summary>
/// The page's Content-Security-Policy: nothing may load (<c>default-src 'none'</c>), and only the one inline
/// style sheet and the one inline script run, each allowed by the SHA-256 hash of its exact text.
/// </summary>
/// <remarks>
/// Hashes rather than <c>'unsafe-inline'</c>: a report shows names from a scenario file, and should a name
/// ever slip past the escaping, a hash still refuses any script or style it smuggled in.
/// </remarks>
internal static class ContentSecurityPolicy
{
    /// <summary>The policy allowing exactly <paramref name="style"/> and <paramref name="script"/>.</summary>
    public static string For(string style, string script) =>
        $"default-src 'none'; style-src '{Hash(style)}'; script-src '{Hash(script)}'; base-uri 'none'; form-action 'none'";

    /// <summary>The CSP source expression of a text: <c>sha256-</c> and the base64 SHA-256 of its UTF-8 bytes.</summary>
    public static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
