using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Ticker.Emulator.Tests.Support
{
    /// <summary>
    /// Debian's chromium (/usr/bin/chromium, installed by tests/run.sh) driven by Microsoft.Playwright, headless, with
    /// background networking off and an empty profile: one browser for a test class, a fresh page per test.
    /// Playwright's own browser download is never used.
    /// </summary>
    public sealed class Browser : IAsyncLifetime
    {
        public const string ChromiumPath = "/usr/bin/chromium";

        private static readonly string[] Flags =
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        };

        private IPlaywright? _playwright;
        private IBrowserContext? _context;
        private string? _profile;

        public IBrowserContext Context => _context ?? throw new InvalidOperationException("The browser is not started.");

        public async Task InitializeAsync()
        {
            if (!File.Exists(ChromiumPath))
            {
                throw new InvalidOperationException(ChromiumPath + " is missing: install it with `apt-get install -y chromium`, or run the tests with tests/run.sh, which does");
            }

            _profile = Directory.CreateTempSubdirectory("ticker-chromium-").FullName;
            _playwright = await Playwright.CreateAsync();
            _context = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = Flags,
                ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
            });
        }

        public async Task DisposeAsync()
        {
            if (_context != null)
            {
                await _context.CloseAsync();
            }

            _playwright?.Dispose();
            if (_profile != null)
            {
                Directory.Delete(_profile, true);
            }
        }

        /// <summary>A new tab that records every request leaving loopback (<paramref name="outside"/>) and refuses it.</summary>
        public async Task<IPage> NewPageAsync(System.Collections.Concurrent.ConcurrentQueue<string>? outside = null)
        {
            IPage page = await Context.NewPageAsync();
            page.SetDefaultTimeout(30_000);
            await page.RouteAsync("**/*", async route =>
            {
                var url = new Uri(route.Request.Url);
                if (url.IsLoopback || url.Scheme == "data")
                {
                    await route.ContinueAsync();
                }
                else
                {
                    outside?.Enqueue(route.Request.Url);
                    await route.AbortAsync();
                }
            });
            return page;
        }

        /// <summary>Saves a screenshot of the page under the test output's screenshots/ folder; returns the path.</summary>
        public static async Task<string> ScreenshotAsync(IPage page, string name)
        {
            string path = RepoPaths.TestOutput("screenshots", name + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            return path;
        }
    }

    [CollectionDefinition(Name)]
    public sealed class BrowserCollection : ICollectionFixture<Browser>
    {
        public const string Name = "browser";
    }
}
