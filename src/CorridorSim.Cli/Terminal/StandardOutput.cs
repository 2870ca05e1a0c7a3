using System.Text;
using Spectre.Console;

namespace CorridorSim.Cli.Terminal;

/// <summary>
/// The process's standard output as Spectre writes it, made to survive a closed pipe, <c>&gt;&amp;-</c> or
/// <c>&gt; /dev/full</c>: a write the system refuses is dropped (and every one after it), so the run goes on and
/// its result folder is still committed; <see cref="Lost"/> tells that output was lost.
/// </summary>
internal sealed class StandardOutput : IAnsiConsoleOutput
{
    private readonly TolerantWriter _writer;

    public StandardOutput()
    {
        TextWriter inner;
        try
        {
            inner = Console.Out;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            inner = TextWriter.Null;
        }

        _writer = new TolerantWriter(inner);
    }

    /// <summary>True once a write to standard output failed; nothing more is written to it.</summary>
    public bool Lost => _writer.Lost;

    public TextWriter Writer => _writer;

    public bool IsTerminal => !Console.IsOutputRedirected;

    public int Width => IsTerminal ? Safe(() => Console.WindowWidth, 80) : 80;

    public int Height => IsTerminal ? Safe(() => Console.WindowHeight, 24) : 24;

    public void SetEncoding(Encoding encoding)
    {
        // Standard output's encoding is the process's (UTF-8 here); setting it can itself fail on a closed stream.
    }

    private static int Safe(Func<int> read, int fallback)
    {
        try
        {
            var value = read();
            return value > 0 ? value : fallback;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or PlatformNotSupportedException)
        {
            return fallback;
        }
    }

    /// <summary>Passes writes on until the first one that fails, then swallows them all.</summary>
    private sealed class TolerantWriter(TextWriter inner) : TextWriter
    {
        public bool Lost { get; private set; }

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => Guard(() => inner.Write(value));

        public override void Write(string? value) => Guard(() => inner.Write(value));

        public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

        public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

        public override void Flush() => Guard(inner.Flush);

        private void Guard(Action write)
        {
            if (Lost) return;
            try
            {
                write();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                Lost = true;
            }
        }
    }
}
