using System;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Ticker.Emulator.Tests.Support;
using Xunit;

namespace Ticker.Emulator.Tests.Browser
{
    /// <summary>
    /// The device's setup page (the core's SetupSite) as the emulator serves it, filled in and submitted in Debian's
    /// chromium: a bad value is shown next to its field with its range, a good form restarts the device with it.
    /// </summary>
    [Collection(BrowserCollection.Name)]
    public sealed class SetupPageTests
    {
        private readonly Support.Browser _browser;

        public SetupPageTests(Support.Browser browser)
        {
            _browser = browser;
        }

        [Fact]
        public async Task A_bad_value_is_shown_at_its_field_and_a_good_form_restarts_the_device_with_it()
        {
            await using TestFeed feed = await TestFeed.StartAsync("calm");
            await using RunningEmulator emulator = await RunningEmulator.StartAsync("--feed", feed.Address.ToString(), "--board", "m5stack-core");
            IPage device = await _browser.NewPageAsync();
            await device.GotoAsync(emulator.Page.ToString());
            await device.WaitForFunctionAsync("() => window.tickerEmulator.board?.id === 'm5stack-core' && window.tickerEmulator.status?.seq !== null");

            IPage setup = await _browser.NewPageAsync();
            IResponse? shown = await setup.GotoAsync(new Uri(emulator.Page, "/setup").ToString());
            Assert.Equal(200, shown!.Status);
            await Assertions.Expect(setup.Locator("h1")).ToHaveTextAsync("Ticker setup");
            Assert.Equal("m5stack-core", await setup.Locator("#boardId").InputValueAsync());

            // Out of range: the same page again, the problem next to the field, nothing applied.
            await setup.Locator("#brightness").FillAsync("150");
            IResponse refused = await setup.RunAndWaitForResponseAsync(() => setup.Locator("button[type=submit]").ClickAsync(), r => r.Url.EndsWith("/save", StringComparison.Ordinal));
            Assert.Equal(400, refused.Status);
            await Assertions.Expect(setup.Locator("#brightness-error")).ToContainTextAsync("brightness");
            Assert.Equal("150", await setup.Locator("#brightness").InputValueAsync());
            await Support.Browser.ScreenshotAsync(setup, "setup-refused");
            Assert.Equal("m5stack-core", await device.EvaluateAsync<string>("() => window.tickerEmulator.board.id"));

            // Good values: saved, and the device restarts as the board chosen.
            await setup.Locator("#brightness").FillAsync("80");
            await setup.Locator("#boardId").SelectOptionAsync("t-display");
            IResponse saved = await setup.RunAndWaitForResponseAsync(() => setup.Locator("button[type=submit]").ClickAsync(), r => r.Url.EndsWith("/save", StringComparison.Ordinal));
            Assert.Equal(200, saved.Status);
            await Assertions.Expect(setup.Locator("h1")).ToHaveTextAsync("Saved");
            await device.WaitForFunctionAsync("() => window.tickerEmulator.board?.id === 't-display' && window.tickerEmulator.status?.board === 't-display'");
            await Support.Browser.ScreenshotAsync(setup, "setup-saved");
        }
    }
}
