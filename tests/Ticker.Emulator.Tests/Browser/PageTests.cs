using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Ticker.Boards;
using Ticker.Emulator.Tests.Support;
using Xunit;

namespace Ticker.Emulator.Tests.Browser
{
    /// <summary>
    /// The page in Debian's chromium against a real emulator fed by a <see cref="TestFeed"/> serving the documented
    /// example snapshots. Every wait is on something the page shows (waitForFunction), never on time.
    /// </summary>
    [Collection(BrowserCollection.Name)]
    public sealed class PageTests
    {
        private readonly Support.Browser _browser;

        public PageTests(Support.Browser browser)
        {
            _browser = browser;
        }

        [Fact]
        public async Task The_device_image_has_each_boards_exact_panel_size()
        {
            await using TestFeed feed = await TestFeed.StartAsync("calm");
            await using RunningEmulator emulator = await RunningEmulator.StartAsync("--feed", feed.Address.ToString());
            IPage page = await _browser.NewPageAsync();
            await page.GotoAsync(emulator.Page.ToString());

            foreach (BoardProfile board in BoardCatalog.All)
            {
                await page.SelectOptionAsync("#board-picker", board.Id);
                // A frame of this board: the device restarted as it and drew its first screen.
                await page.WaitForFunctionAsync(
                    "([id, w, h]) => { const s = window.tickerEmulator; const img = document.getElementById('screen');" +
                    " return s.board && s.board.id === id && s.status && s.status.board === id && s.status.seq !== null" +
                    " && img.complete && img.naturalWidth === w && img.naturalHeight === h; }",
                    new object[] { board.Id, board.Width, board.Height });

                int naturalWidth = await page.EvalOnSelectorAsync<int>("#screen", "img => img.naturalWidth");
                int naturalHeight = await page.EvalOnSelectorAsync<int>("#screen", "img => img.naturalHeight");
                Assert.Equal((board.Width, board.Height), (naturalWidth, naturalHeight));

                // Drawn crisply at a whole multiple of the panel's size.
                int shownWidth = await page.EvalOnSelectorAsync<int>("#screen", "img => img.width");
                int shownHeight = await page.EvalOnSelectorAsync<int>("#screen", "img => img.height");
                Assert.True(shownWidth % board.Width == 0 && shownWidth / board.Width == shownHeight / board.Height && shownHeight % board.Height == 0,
                    $"{board.Id}: shown {shownWidth}x{shownHeight} is not a whole multiple of {board.Width}x{board.Height}");
                Assert.Equal("pixelated", await page.EvalOnSelectorAsync<string>("#screen", "img => getComputedStyle(img).imageRendering"));

                // One labelled <button> per board button.
                Assert.Equal(board.Buttons.Length, await page.Locator("#buttons button").CountAsync());
                for (int i = 0; i < board.Buttons.Length; i++)
                {
                    string? label = await page.Locator("#buttons button").Nth(i).GetAttributeAsync("aria-label");
                    Assert.StartsWith("Button " + board.Buttons[i].Label + ":", label);
                }

                // The LED: the board's own, or on a board without one the add-on its hardware guide suggests.
                string caption = board.HasLed ? "LED" : "add-on LED · GPIO" + board.SuggestedLedPin;
                await Assertions.Expect(page.Locator("#led-caption")).ToHaveTextAsync(caption);
                Assert.Equal(!board.HasLed, await page.EvalOnSelectorAsync<bool>("#led-housing", "el => el.classList.contains('addon')"));

                await Support.Browser.ScreenshotAsync(page, "board-" + board.Id);
            }
        }

        [Fact]
        public async Task Clicking_next_and_pressing_the_arrow_key_show_the_next_screens()
        {
            await using TestFeed feed = await TestFeed.StartAsync("calm");
            await using RunningEmulator emulator = await RunningEmulator.StartAsync("--feed", feed.Address.ToString(), "--board", "m5stack-core");
            IPage page = await _browser.NewPageAsync();
            await page.GotoAsync(emulator.Page.ToString());
            await page.WaitForFunctionAsync("() => window.tickerEmulator.screen === 'gauge' && window.tickerEmulator.status?.seq !== null");
            string gauge = await page.GetAttributeAsync("#screen", "src") ?? "";

            await page.Locator("#buttons button[data-role=next]").ClickAsync();
            await page.WaitForFunctionAsync("() => window.tickerEmulator.screen === 'liquidations'");
            string liquidations = await page.GetAttributeAsync("#screen", "src") ?? "";
            Assert.NotEqual(gauge, liquidations);
            await Support.Browser.ScreenshotAsync(page, "next-liquidations");

            await page.Keyboard.PressAsync("ArrowRight");
            await page.WaitForFunctionAsync("() => window.tickerEmulator.screen === 'spot'");
            await page.Keyboard.PressAsync("ArrowLeft");
            await page.WaitForFunctionAsync("() => window.tickerEmulator.screen === 'liquidations'");
        }

        [Fact]
        public async Task A_cascade_flashes_the_led_and_shows_the_banner_and_a_long_press_acknowledges_it()
        {
            await using TestFeed feed = await TestFeed.StartAsync("calm");
            await using RunningEmulator emulator = await RunningEmulator.StartAsync("--feed", feed.Address.ToString(), "--board", "m5stack-core");
            IPage page = await _browser.NewPageAsync();
            await page.GotoAsync(emulator.Page.ToString());
            await page.WaitForFunctionAsync("() => window.tickerEmulator.status?.seq === 48213");
            Assert.True(await page.Locator("#alert-banner").IsHiddenAsync());
            Assert.Equal("Off", await page.GetAttributeAsync("#led", "data-pattern"));

            feed.Serve("cascade", "{\"transitions\":[{\"at\":1795043585,\"level\":3,\"side\":\"long\",\"headline\":\"Long cascade: $3.9B+ liq\",\"m5Usd\":412000000,\"priceChgPct\":-6.42}]}");

            // The banner, the LED flashing in the core's cascade pattern (several on/off changes), the history.
            await page.WaitForFunctionAsync("() => window.tickerEmulator.status?.seq === 49021");
            await Assertions.Expect(page.Locator("#alert-banner")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#alert-banner")).ToContainTextAsync("CASCADE: Long cascade");
            int toggles = await page.EvaluateAsync<int>("() => window.tickerEmulator.ledToggles");
            await page.WaitForFunctionAsync("n => window.tickerEmulator.ledToggles >= n + 6", toggles);
            Assert.Equal("Cascade", await page.GetAttributeAsync("#led", "data-pattern"));
            await Assertions.Expect(page.Locator("#alert-history li")).ToContainTextAsync("cascade long");
            await page.WaitForFunctionAsync("() => window.tickerEmulator.ledOn === true");
            await Support.Browser.ScreenshotAsync(page, "cascade-led-lit");

            // Hold a button: the core reports a long press after one second while it is still held.
            ILocator next = page.Locator("#buttons button[data-role=next]");
            await next.HoverAsync();
            await page.Mouse.DownAsync();
            await page.WaitForFunctionAsync("() => window.tickerEmulator.status.acknowledged === true");
            await page.Mouse.UpAsync();

            await page.WaitForFunctionAsync("() => window.tickerEmulator.status.led === 'Off' && window.tickerEmulator.ledOn === false");
            await Assertions.Expect(page.Locator("#led")).ToHaveAttributeAsync("aria-label", "Add-on LED (GPIO26) dark (pattern Off)");
            await Assertions.Expect(page.Locator("#alert-banner")).ToContainTextAsync("acknowledged");
            // A long press does not also change the screen.
            Assert.Equal("gauge", await page.EvaluateAsync<string>("() => window.tickerEmulator.status.screen"));
            await Support.Browser.ScreenshotAsync(page, "cascade-acknowledged");
        }

        [Fact]
        public async Task With_its_defaults_the_emulator_serves_the_page_and_a_frame_over_loopback_only()
        {
            await using RunningEmulator emulator = await RunningEmulator.StartAsync();
            Assert.True(emulator.Runtime.FeedAddress.IsLoopback, "embedded feed on " + emulator.Runtime.FeedAddress);
            Assert.True(emulator.Page.IsLoopback, "page on " + emulator.Page);
            Assert.Contains("Embedded feed on http://127.0.0.1:", emulator.Output);

            var outside = new ConcurrentQueue<string>();
            IPage page = await _browser.NewPageAsync(outside);
            await page.GotoAsync(emulator.Page.ToString());
            BoardProfile board = BoardCatalog.Default;
            await page.WaitForFunctionAsync(
                "([w, h]) => { const img = document.getElementById('screen'); return window.tickerEmulator.frameVersion > 0 && img.complete && img.naturalWidth === w && img.naturalHeight === h; }",
                new object[] { board.Width, board.Height });
            await Support.Browser.ScreenshotAsync(page, "defaults");
            Assert.Empty(outside);
        }

        [Fact]
        public async Task Replay_controls_show_the_timeline_and_drive_the_feeds_replay_api()
        {
            var replay = new ReplayState("seed-dip", 5_400_000, 21_600_000, 1_795_000_000_000, 180, false, true, 1,
                new[] { new ReplayMarker(0, "calm"), new ReplayMarker(7_200_000, "leverage builds"), new ReplayMarker(14_400_000, "the dip"), new ReplayMarker(18_000_000, "spot buyers") });
            await using TestFeed feed = await TestFeed.StartAsync("calm", replay);
            await using RunningEmulator emulator = await RunningEmulator.StartAsync("--feed", feed.Address.ToString());
            IPage page = await _browser.NewPageAsync();
            await page.GotoAsync(emulator.Page.ToString());

            await Assertions.Expect(page.Locator("#replay")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#timeline-markers .marker")).ToHaveCountAsync(4);
            await Assertions.Expect(page.Locator("#timeline-markers .marker").Nth(2)).ToHaveAttributeAsync("title", "the dip at 4h00m00s");
            await Assertions.Expect(page.Locator("#timeline")).ToHaveAttributeAsync("aria-valuenow", "25");
            await Assertions.Expect(page.Locator("#replay-position")).ToContainTextAsync("1h30m00s of 6h00m00s");

            await page.Locator("#replay-pause").ClickAsync();
            await Assertions.Expect(page.Locator("#replay-pause")).ToHaveTextAsync("Resume");
            await page.SelectOptionAsync("#replay-speed", "60");
            await page.WaitForFunctionAsync("() => window.tickerEmulator.replay && window.tickerEmulator.replay.speed === 60");
            await page.Locator("#replay-restart").ClickAsync();
            await page.WaitForFunctionAsync("() => window.tickerEmulator.replay.positionMs === 0");

            Assert.Equal(new[] { "{\"paused\":true}", "{\"speed\":60}", "{\"restart\":true}" }, feed.ReplayCommands.ToArray());
            await Support.Browser.ScreenshotAsync(page, "replay-controls");
        }
        [Fact]
        public async Task Without_a_replay_api_the_replay_controls_stay_hidden()
        {
            await using TestFeed feed = await TestFeed.StartAsync("calm");
            await using RunningEmulator emulator = await RunningEmulator.StartAsync("--feed", feed.Address.ToString());
            IPage page = await _browser.NewPageAsync();
            Task<IResponse> asked = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/replay", StringComparison.Ordinal));
            await page.GotoAsync(emulator.Page.ToString());
            Assert.Equal(404, (await asked).Status);
            await page.WaitForFunctionAsync("() => window.tickerEmulator.frameVersion > 0");
            Assert.True(await page.Locator("#replay").IsHiddenAsync());
        }

        [Fact]
        public async Task The_seed_scenario_played_fast_flashes_the_led_and_shows_the_banner_in_its_cascade()
        {
            // The embedded feed replays feed/scenarios/seed-dip at 1000x: its cascade phase starts 3 h 15 min in.
            await using RunningEmulator emulator = await RunningEmulator.StartAsync("--scenario", "seed-dip", "--speed", "1000", "--board", "m5stack-core");
            IPage page = await _browser.NewPageAsync();
            await page.GotoAsync(emulator.Page.ToString());
            await Assertions.Expect(page.Locator("#replay")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#timeline-markers .marker")).ToHaveCountAsync(6);

            await page.WaitForFunctionAsync("() => window.tickerEmulator.status?.alertLevel === 3 && window.tickerEmulator.status.led === 'Cascade'",
                null, new PageWaitForFunctionOptions { Timeout = 120_000 });

            // Paused in the cascade, so it stays on show: the banner, and the LED flashing in the cascade pattern.
            await page.Locator("#replay-pause").ClickAsync();
            await Assertions.Expect(page.Locator("#replay-pause")).ToHaveTextAsync("Resume");
            await page.WaitForFunctionAsync("() => window.tickerEmulator.status.alertLevel === 3");
            await Assertions.Expect(page.Locator("#alert-banner")).ToContainTextAsync("CASCADE: Long cascade");
            int toggles = await page.EvaluateAsync<int>("() => window.tickerEmulator.ledToggles");
            await page.WaitForFunctionAsync("n => window.tickerEmulator.ledToggles >= n + 6 && window.tickerEmulator.ledOn && window.tickerEmulator.status.led === 'Cascade'", toggles);
            await Assertions.Expect(page.Locator("#alert-history li").First).ToContainTextAsync("cascade long");
            await Support.Browser.ScreenshotAsync(page, "seed-dip-cascade");

            // C is the M5Stack's acknowledge button: Enter presses it.
            await page.Keyboard.DownAsync("Enter");
            await page.WaitForFunctionAsync("() => window.tickerEmulator.status.acknowledged === true && window.tickerEmulator.status.led === 'Off'");
            await page.Keyboard.UpAsync("Enter");
        }
    }
}
