using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Ticker.Emulator.Tests.Support;
using Xunit;

namespace Ticker.Emulator.Tests.Browser
{
    /// <summary>
    /// The core's alert sounds in the page: the M5Stack (it has a speaker) plays the warning when it starts, the cascade
    /// when it escalates, stops on acknowledge, and stays silent for the same cascade afterwards. The page's Web Audio
    /// calls are counted by wrapping OscillatorNode.start before the page loads.
    /// </summary>
    [Collection(BrowserCollection.Name)]
    public sealed class SoundTests
    {
        private const string CountOscillators =
            "window.__tones = []; const start = OscillatorNode.prototype.start;" +
            " OscillatorNode.prototype.start = function (...args) { window.__tones.push(this.frequency.value); return start.apply(this, args); };";

        private readonly Support.Browser _browser;

        public SoundTests(Support.Browser browser)
        {
            _browser = browser;
        }

        [Fact]
        public async Task Escalation_plays_the_cores_patterns_and_nothing_sounds_after_acknowledge()
        {
            string settings = Path.Combine(Directory.CreateTempSubdirectory("ticker-sound").FullName, "ticker.json");
            File.WriteAllText(settings, "{\"sound\":\"warning\"}");
            string cascade = TestFeed.Example("cascade");
            string warning = cascade.Replace("\"seq\":49021", "\"seq\":49020").Replace("\"level\":3", "\"level\":2");
            string cascadeAgain = cascade.Replace("\"seq\":49021", "\"seq\":49022");
            Assert.NotEqual(cascade, warning);

            await using TestFeed feed = await TestFeed.StartAsync("calm");
            await using RunningEmulator emulator = await RunningEmulator.StartAsync("--feed", feed.Address.ToString(), "--board", "m5stack-core", "--settings", settings);
            IPage page = await _browser.NewPageAsync();
            await page.AddInitScriptAsync(CountOscillators);
            await page.GotoAsync(emulator.Page.ToString());
            await page.WaitForFunctionAsync("() => window.tickerEmulator.status?.seq === 48213");
            Assert.Equal(0, await page.EvaluateAsync<int>("() => window.tickerEmulator.sounds.length"));

            // A warning starts: two 1 kHz beeps.
            feed.ServeJson(warning);
            await page.WaitForFunctionAsync("() => window.tickerEmulator.sounds.length === 1");
            Assert.Equal("Warning", await page.EvaluateAsync<string>("() => window.tickerEmulator.sounds[0].pattern"));
            Assert.Equal(new[] { 1000.0, 1000.0 }, await page.EvaluateAsync<double[]>("() => window.__tones"));

            // It escalates to a cascade: three rising chirps, twice.
            feed.Serve("cascade");
            await page.WaitForFunctionAsync("() => window.tickerEmulator.sounds.length === 2");
            Assert.Equal("Cascade", await page.EvaluateAsync<string>("() => window.tickerEmulator.sounds[1].pattern"));
            Assert.Equal(new[] { 1000.0, 1000.0, 1568, 2093, 2637, 1568, 2093, 2637 }, await page.EvaluateAsync<double[]>("() => window.__tones"));

            // Acknowledged with C (Enter): the sound stops, and the same cascade arriving again stays silent.
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("() => window.tickerEmulator.status.acknowledged === true");
            await page.WaitForFunctionAsync("() => window.tickerEmulator.sounds.length === 3");
            Assert.Null(await page.EvaluateAsync<string?>("() => window.tickerEmulator.sounds[2].pattern"));

            feed.ServeJson(cascadeAgain);
            await page.WaitForFunctionAsync("() => window.tickerEmulator.status?.seq === 49022");
            Assert.Equal(3, await page.EvaluateAsync<int>("() => window.tickerEmulator.sounds.length"));
            Assert.Equal(8, await page.EvaluateAsync<int>("() => window.__tones.length"));
            await Support.Browser.ScreenshotAsync(page, "sound-acknowledged");
        }
    }
}
