using System;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Ticker.Drawing;
using Ticker.Emulator.Tests.Support;
using Ticker.Rendering;
using Ticker.Views;
using Xunit;

namespace Ticker.Emulator.Tests.Browser
{
    /// <summary>
    /// The self-test reached from the device's setup page, in the emulator: the test picture, a panel override shown
    /// as the glass would show it (red and blue swapped), and a button's gesture echoed instead of acted on.
    /// </summary>
    [Collection(BrowserCollection.Name)]
    public sealed class SelfTestPageTests
    {
        // A hash of one rectangle of the screen image as shown (the PNG is a data: URL, so a canvas may read it).
        private const string RowHash =
            "() => { window.__rowHash = ([x, y, w, h]) => { const img = document.getElementById('screen');" +
            " const c = document.createElement('canvas'); c.width = img.naturalWidth; c.height = img.naturalHeight;" +
            " const g = c.getContext('2d'); g.drawImage(img, 0, 0); const d = g.getImageData(x, y, w, h).data;" +
            " let s = 0; for (let i = 0; i < d.length; i++) s = (s * 31 + d[i]) | 0; return s; }; }";

        private readonly Support.Browser _browser;

        public SelfTestPageTests(Support.Browser browser)
        {
            _browser = browser;
        }

        [Fact]
        public async Task The_setup_pages_button_restarts_into_the_self_test_with_the_panel_settings_in_force()
        {
            await using TestFeed feed = await TestFeed.StartAsync("calm");
            await using RunningEmulator emulator = await RunningEmulator.StartAsync("--feed", feed.Address.ToString(), "--board", "m5stack-core");
            IPage device = await _browser.NewPageAsync();
            await device.GotoAsync(emulator.Page.ToString());
            await device.WaitForFunctionAsync("() => window.tickerEmulator.status?.seq === 48213");

            // The panel's colour order set to RGB, the wrong one for the M5Stack's BGR glass.
            IPage setup = await _browser.NewPageAsync();
            await setup.GotoAsync(new Uri(emulator.Page, "/setup").ToString());
            await setup.Locator("#panelColorOrder").SelectOptionAsync("rgb");
            IResponse saved = await setup.RunAndWaitForResponseAsync(() => setup.Locator("button[type=submit]").ClickAsync(), r => r.Url.EndsWith("/save", StringComparison.Ordinal));
            Assert.Equal(200, saved.Status);

            await setup.GotoAsync(new Uri(emulator.Page, "/setup").ToString());
            Assert.Equal("rgb", await setup.Locator("#panelColorOrder").InputValueAsync());
            IResponse started = await setup.RunAndWaitForResponseAsync(() => setup.Locator("#selftest").ClickAsync(), r => r.Url.EndsWith("/selftest", StringComparison.Ordinal));
            Assert.Equal(200, started.Status);
            await Assertions.Expect(setup.Locator("h1")).ToHaveTextAsync("Self-test");

            await device.WaitForFunctionAsync("() => window.tickerEmulator.status?.mode === 'selftest' && window.tickerEmulator.frameVersion > 0");
            int version = await device.EvaluateAsync<int>("() => window.tickerEmulator.frameVersion");

            // The first colour bar is drawn red; through RGB settings on a BGR panel the glass shows it blue.
            Rect bars = ScreenLayout.Large.SelfTestBars;
            int[] pixels = PngExport.Decode(await (await device.APIRequest.GetAsync(new Uri(emulator.Page, "/api/frame.png").ToString())).BodyAsync(), out int width, out _);
            Assert.Equal(0x0000F8, pixels[((bars.Y + 1) * width) + bars.X + 1] & 0xF8F8F8);

            // B pressed: echoed in the buttons' row of the picture; the device stays in the self-test, on the same screen.
            Rect row = ScreenLayout.Large.SelfTestRows[4];
            object[] box = { row.X, row.Y, row.Width, row.Height };
            await device.EvaluateAsync(RowHash);
            int before = await device.EvaluateAsync<int>("b => window.__rowHash(b)", box);
            await device.Keyboard.PressAsync("ArrowRight");
            await device.WaitForFunctionAsync("([b, h]) => window.__rowHash(b) !== h", new object[] { box, before });
            Assert.Equal("selftest", await device.EvaluateAsync<string>("() => window.tickerEmulator.status.mode"));
            Assert.Equal("gauge", await device.EvaluateAsync<string>("() => window.tickerEmulator.status.screen"));
            Assert.True(await device.EvaluateAsync<int>("() => window.tickerEmulator.frameVersion") > version);
            await Support.Browser.ScreenshotAsync(device, "self-test");
        }
    }
}
