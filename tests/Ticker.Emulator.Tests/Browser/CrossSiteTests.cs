using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Ticker.Emulator.Tests.Support;
using Xunit;

namespace Ticker.Emulator.Tests.Browser
{
    /// <summary>
    /// Another web page open in the same browser (served from another origin: a second loopback port) tries to
    /// rewrite the emulated device's settings through the setup form and the page's API. Chromium sends the
    /// requests as it would for any site; the emulator refuses them and the settings file stays as it was. The
    /// emulator's own setup page still saves, and keeps the user's feed URL in the file.
    /// </summary>
    [Collection(BrowserCollection.Name)]
    public sealed class CrossSiteTests : IDisposable
    {
        private const string UserFeedUrl = "http://127.0.0.1:5080";

        private readonly Support.Browser _browser;
        private readonly string _dir = Directory.CreateTempSubdirectory("ticker-cross-site-").FullName;

        public CrossSiteTests(Support.Browser browser)
        {
            _browser = browser;
        }

        public void Dispose() => Directory.Delete(_dir, true);

        [Fact]
        public async Task A_page_from_another_origin_cannot_change_the_settings_or_the_board()
        {
            string settingsPath = Path.Combine(_dir, "ticker.json");
            File.WriteAllText(settingsPath, "{\n  \"feedUrl\": \"" + UserFeedUrl + "\",\n  \"brightness\": 70\n}\n");
            byte[] before = File.ReadAllBytes(settingsPath);
            await using TestFeed feed = await TestFeed.StartAsync("calm");
            await using RunningEmulator emulator = await RunningEmulator.StartAsync("--feed", feed.Address.ToString(), "--board", "m5stack-core", "--settings", settingsPath);
            string target = emulator.Page.GetLeftPart(UriPartial.Authority);
            await using WebApplication other = await StartOtherSiteAsync(target);
            string otherOrigin = other.Urls.Single();
            Assert.NotEqual(target, otherOrigin);

            // A plain tab: Playwright's request routing (Browser.NewPageAsync) answers CORS preflights itself, which
            // would let through what Chromium blocks. Every request of this test goes to 127.0.0.1 anyway.
            IPage page = await _browser.Context.NewPageAsync();
            page.SetDefaultTimeout(30_000);
            await page.GotoAsync(otherOrigin + "/");

            // A plain HTML form, the kind any page can send anywhere: refused, nothing saved.
            IResponse form = await page.RunAndWaitForResponseAsync(
                () => page.EvaluateAsync("() => document.getElementById('attack').submit()"), r => r.Url == target + "/save");
            Assert.Equal(403, form.Status);
            Assert.Contains("may not change the device", await form.TextAsync());

            // The form took the tab to the emulator's answer: back to the other site.
            await page.GotoAsync(otherOrigin + "/");
            Assert.Equal(otherOrigin, await page.EvaluateAsync<string>("() => location.origin"));

            // fetch without CORS (text/plain, the request goes out): refused. With JSON, the preflight is refused
            // and the POST never leaves the browser.
            IResponse board = await page.RunAndWaitForResponseAsync(
                () => page.EvaluateAsync("() => fetch('" + target + "/api/board', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: '{\"id\":\"t-display\"}' })"),
                r => r.Url == target + "/api/board" && r.Request.Method == "POST");
            Assert.Equal(403, board.Status);
            Assert.Equal("refused: a same-site request may not change the device (only this page may)\n", await board.TextAsync());
            string jsonAttempt = await page.EvaluateAsync<string>("() => fetch('" + target + "/api/board', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{\"id\":\"t-display\"}' }).then(r => 'answered ' + r.status, e => 'blocked')");
            Assert.Equal("blocked", jsonAttempt);
            IResponse button = await page.RunAndWaitForResponseAsync(
                () => page.EvaluateAsync("() => fetch('" + target + "/api/buttons/0/press', { method: 'POST', mode: 'no-cors' })"),
                r => r.Url == target + "/api/buttons/0/press");
            Assert.Equal(403, button.Status);

            Assert.Equal(before, File.ReadAllBytes(settingsPath));
            Assert.Equal("m5stack-core", emulator.Runtime.Device.Board.Id);
            Assert.Equal(70, emulator.Runtime.Device.Settings.Brightness);

            // The emulator's own setup page saves; the file keeps the user's feed URL, not the feed the emulator polls.
            IPage setup = await _browser.NewPageAsync();
            await setup.GotoAsync(target + "/setup");
            Assert.Equal(UserFeedUrl, await setup.Locator("#feedUrl").InputValueAsync());
            await setup.Locator("#brightness").FillAsync("55");
            IResponse saved = await setup.RunAndWaitForResponseAsync(() => setup.Locator("button[type=submit]").ClickAsync(), r => r.Url.EndsWith("/save", StringComparison.Ordinal));
            Assert.Equal(200, saved.Status);
            string file = File.ReadAllText(settingsPath);
            Assert.Contains("\"feedUrl\": \"" + UserFeedUrl + "\"", file, StringComparison.Ordinal);
            Assert.Contains("\"brightness\": 55", file, StringComparison.Ordinal);
            Assert.DoesNotContain(feed.Address.GetLeftPart(UriPartial.Authority), file, StringComparison.Ordinal);
            Assert.Equal(feed.Address.GetLeftPart(UriPartial.Authority), emulator.Runtime.Device.Settings.FeedUrl.TrimEnd('/'));
        }

        // A tiny site on another loopback port: a page whose form posts to the emulator's setup page.
        private static async Task<WebApplication> StartOtherSiteAsync(string target)
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            WebApplication app = builder.Build();
            string html = "<!DOCTYPE html><html><body><h1>A harmless page</h1>" +
                "<form id=\"attack\" method=\"post\" action=\"" + target + "/save\">" +
                "<input name=\"feedUrl\" value=\"http://127.0.0.1:9\"><input name=\"brightness\" value=\"5\"></form></body></html>";
            app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
            await app.StartAsync();
            return app;
        }
    }
}
