using PuppeteerSharp;

namespace CorridorSim.Browser.Tests.Given;

/// <summary>One headless Chromium for the whole collection, started on first use (never where none is installed).</summary>
public sealed class Browser : IAsyncLifetime
{
    private IBrowser? _browser;

    /// <summary>Opens <paramref name="file"/> from disk in a new tab that records console errors, page errors and every request.</summary>
    public async Task<OpenedPage> Open(string file)
    {
        _browser ??= await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = InstalledChromium.Path ?? throw new InvalidOperationException(InstalledChromium.WhyNot),

            // As root (CI, containers) Chromium refuses to start with its sandbox; the pages are our own files.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await _browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 900 });
        var opened = new OpenedPage(page);
        await page.GoToAsync(new Uri(file).AbsoluteUri, WaitUntilNavigation.Load);
        return opened;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }
    }
}
