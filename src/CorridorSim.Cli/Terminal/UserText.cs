using Spectre.Console;

namespace CorridorSim.Cli.Terminal;

/// <summary>
/// Prints text that came from the user or their files (messages, names, paths) as plain text after a styled prefix:
/// never read as markup, so neither <c>[red]</c> nor an emoji shortcode such as <c>:fire:</c> is rendered.
/// </summary>
public static class UserText
{
    /// <summary>A red <c>error:</c> and <paramref name="text"/> as written.</summary>
    public static void Error(IAnsiConsole console, string text) => Line(console, "[red]error:[/] ", text);

    /// <summary>A yellow <c>warning:</c> and <paramref name="text"/> as written.</summary>
    public static void Warning(IAnsiConsole console, string text) => Line(console, "[yellow]warning:[/] ", text);

    /// <summary><paramref name="prefixMarkup"/> (our own markup) and then <paramref name="text"/> as written, on one line.</summary>
    public static void Line(IAnsiConsole console, string prefixMarkup, string text)
    {
        console.Write(new Markup(prefixMarkup));
        console.Write(new Text(text));
        console.WriteLine();
    }
}
