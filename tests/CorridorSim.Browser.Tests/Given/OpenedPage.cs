using System.Collections.Concurrent;
using PuppeteerSharp;

namespace CorridorSim.Browser.Tests.Given;

/// <summary>A report page open in Chromium, with what it printed to the console and every request it made.</summary>
public sealed class OpenedPage : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _requests = new();

    internal OpenedPage(IPage page)
    {
        Page = page;
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error) _errors.Enqueue(e.Message.Text);
        };
        page.PageError += (_, e) => _errors.Enqueue(e.Message);
        page.Request += (_, e) => _requests.Enqueue(e.Request.Url);
    }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught script errors, including refusals by the Content-Security-Policy.</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    /// <summary>Every URL the page requested, the page itself first.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public Task<T> Eval<T>(string script) => Page.EvaluateExpressionAsync<T>(script);

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
