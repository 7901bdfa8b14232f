using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ticker.Emulator;
using Ticker.Emulator.Feed;
using Ticker.Feed.Alerts;
using Ticker.Feed.Connectors;
using Ticker.Feed.Hosting;
using Ticker.Feed.State;
using Ticker.Led;

namespace Ticker.Benchmarks.AlertLatency
{
    /// <summary>
    /// The whole chain on loopback: a fake Binance market stream, the feed in live mode (FeedHost.Build, the real
    /// connector, aggregator, cascade rule, refresher and long-poll endpoint) and the emulator's device (the core's
    /// TickerRunner with the emulator's HTTP adapter, headless) long-polling it. Every venue but Binance points at a
    /// closed loopback port, so nothing leaves the machine. All three share one <see cref="OffsetClock"/>.
    /// </summary>
    public sealed class AlertLatencyRig : IAsyncDisposable
    {
        /// <summary>Failure guard: a step that takes longer than this fails the trial. No step waits for it when things work.</summary>
        public static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

        /// <summary>
        /// The random moment of a burst with long-polling: uniform over this many milliseconds after the trial's reset
        /// (a whole number of the feed's 1 s refreshes, so every phase of the refresh is equally likely).
        /// </summary>
        public const int BurstWindowMs = 4000;

        /// <summary>The device's poll interval without long-polling (its default), and then the burst's random window too.</summary>
        public const int PollIntervalS = 10;

        /// <summary>The first frame of a burst carries this much (USD): over the cascade floor alone.</summary>
        public const long FirstFrameUsd = 200_000_000;

        // A burst leaves the 5-minute window and its level's cooldown (10 min since entering) is over; after the alert
        // fell to 0, the same again lets it be raised to cascade once more (no re-raise within the cooldown after leaving).
        private static readonly TimeSpan ResetJump = TimeSpan.FromMinutes(15);

        // Past the rule's coverage requirement (the last 5 minutes heard) once the venue has been heard.
        private static readonly TimeSpan CoverageJump = TimeSpan.FromMinutes(6);

        // BTC's mark between bursts, and during one: 1 % down, twice the rule's ConfirmPricePct.
        private const string CalmMark = "100000";
        private const string FallenMark = "99000";

        private static readonly string CascadeLed = LedPatterns.NameOf(LedState.Cascade);

        private readonly OffsetClock _clock;
        private readonly FakeBinanceStream _exchange;
        private readonly WebApplication _feed;
        private readonly EmulatorRuntime _device;
        private readonly StatusWatch _status;
        private readonly FrameSignal _frames;
        private readonly int _burstWindowMs;
        private int _trials;

        private AlertLatencyRig(OffsetClock clock, FakeBinanceStream exchange, FrameSignal frames, WebApplication feed, EmulatorRuntime device, StatusWatch status, int burstWindowMs)
        {
            _frames = frames;
            _burstWindowMs = burstWindowMs;
            _clock = clock;
            _exchange = exchange;
            _feed = feed;
            _device = device;
            _status = status;
        }

        /// <summary>The feed's address.</summary>
        public Uri FeedAddress => _device.FeedAddress;

        /// <summary>Starts the exchange, the feed and the device; returns when the device shows data and no alert.</summary>
        /// <param name="longPoll">The device's <c>longPoll</c> setting; false: it polls every <see cref="PollIntervalS"/> (its default interval), for comparison.</param>
        public static async Task<AlertLatencyRig> StartAsync(bool longPoll = true)
        {
            if (new CascadeOptions().CascadeUsd >= FirstFrameUsd)
            {
                throw new InvalidOperationException("The burst's first frame must be over the cascade floor.");
            }

            var clock = new OffsetClock();
            FakeBinanceStream exchange = await FakeBinanceStream.StartAsync().ConfigureAwait(false);
            string nowhere = "127.0.0.1:" + ClosedPort();
            var frames = new FrameSignal();
            WebApplication feed = FeedHost.Build(
                new[]
                {
                    "--urls", "http://127.0.0.1:0", "--live", "--db", "none",
                    "--binance-url", exchange.BaseUrl.ToString(),
                    "--bybit-url", "ws://" + nowhere, "--okx-url", "ws://" + nowhere,
                    "--binance-futures-rest-url", "http://" + nowhere, "--binance-spot-rest-url", "http://" + nowhere,
                    "--bybit-rest-url", "http://" + nowhere, "--okx-rest-url", "http://" + nowhere,
                    "--coinbase-rest-url", "http://" + nowhere, "--kraken-rest-url", "http://" + nowhere,
                    "--bitstamp-rest-url", "http://" + nowhere,
                    // The offset clock's jumps count as silence for the watchdog: allow the longest one.
                    "--silence", "3600",
                    // The venues that are not faked fail to connect, over and over; their warnings are not the benchmark's.
                    "--Logging:LogLevel:Default", "None", "--Logging:LogLevel:Microsoft.Hosting.Lifetime", "None",
                },
                services =>
                {
                    services.AddSingleton<TimeProvider>(clock);
                    services.AddSingleton<IConnectorObserver>(frames);
                    // Ctrl+C or SIGTERM ends the benchmark, not just the feed inside it.
                    services.AddSingleton<IHostLifetime, QuietLifetime>();
                });
            try
            {
                await feed.StartAsync().ConfigureAwait(false);
            }
            catch
            {
                await feed.DisposeAsync().ConfigureAwait(false);
                await exchange.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            var feedAddress = new Uri(feed.Urls.Single());
            EmulatorRuntime device;
            var status = new StatusWatch();
            try
            {
                // The rule needs the last 5 minutes covered, and coverage starts with the first frame the feed understands.
                await exchange.Connected.WaitAsync(Guard).ConfigureAwait(false);
                Task handled = frames.NextData();
                await exchange.SendAsync(ForceOrderFrame.LongLiquidated("BTCUSDT", 0.01m, 100_000m, clock.GetUtcNow().ToUnixTimeMilliseconds())).ConfigureAwait(false);
                await handled.WaitAsync(Guard).ConfigureAwait(false);
                await JumpHearingAsync(clock, exchange, frames, CoverageJump).ConfigureAwait(false);

                // The device's own settings file, as a user would write it: only what differs from the defaults.
                string settings = Path.Combine(Path.GetTempPath(), "ticker-alert-latency-" + Guid.NewGuid().ToString("N") + ".json");
                File.WriteAllText(settings, longPoll ? "{}" : "{\"longPoll\": false, \"pollIntervalS\": " + PollIntervalS + "}");
                var options = new RunOptions { Feed = feedAddress.ToString(), Headless = true, Settings = settings };
                try
                {
                    device = await EmulatorRuntime.StartAsync(options, TextWriter.Null, clock, status).ConfigureAwait(false);
                }
                finally
                {
                    File.Delete(settings);
                }
            }
            catch
            {
                await feed.StopAsync().ConfigureAwait(false);
                await feed.DisposeAsync().ConfigureAwait(false);
                await exchange.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            // The reset is seen on a poll, so the burst's window must span a whole poll interval to fall on any phase of it.
            var rig = new AlertLatencyRig(clock, exchange, frames, feed, device, status, longPoll ? BurstWindowMs : PollIntervalS * 1000);
            try
            {
                await status.When(s => s.Mode == "running" && s.Seq != null && s.AlertLevel == 0 && s.Led != CascadeLed).WaitAsync(Guard).ConfigureAwait(false);
            }
            catch
            {
                await rig.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            return rig;
        }

        /// <summary>
        /// One trial: reset (after the first), wait a random moment, send the burst, and time from sending its first
        /// frame to the device's LED switching to the cascade pattern.
        /// </summary>
        /// <returns>The moment of the burst after the reset, when the device received the first snapshot with the
        /// cascade alert (the HTTP answer's body, before the core decodes it), and when its LED switched: both from the
        /// first frame's sending.</returns>
        /// <exception cref="TimeoutException">A step took longer than <see cref="Guard"/>.</exception>
        public async Task<(TimeSpan BurstAt, TimeSpan ToSnapshot, TimeSpan Latency)> RunTrialAsync(Random random)
        {
            ArgumentNullException.ThrowIfNull(random);
            if (_trials++ > 0)
            {
                await JumpHearingAsync(_clock, _exchange, _frames, ResetJump).ConfigureAwait(false);
                await _status.When(s => s.AlertLevel == 0 && s.Led != CascadeLed).WaitAsync(Guard).ConfigureAwait(false);
                await JumpHearingAsync(_clock, _exchange, _frames, ResetJump).ConfigureAwait(false);
            }

            // Not aligned with the feed's 1 s refresh nor with the device's poll: a uniform random moment.
            var burstAt = TimeSpan.FromMilliseconds(random.NextDouble() * _burstWindowMs);
            await Task.Delay(burstAt).ConfigureAwait(false);

            // A cascade is confirmed by the liquidated instruments' own fall (docs/cascade-alerts.md): BTC's mark is
            // 1 % down when the burst begins, one mark sample (10 s) after the last one at the old price.
            await JumpHearingAsync(_clock, _exchange, _frames, MarkPriceHistory.SampleEvery, FallenMark).ConfigureAwait(false);

            Task<long> lit = _status.When(s => s.Led == CascadeLed);
            Task<long> received = _status.WhenSnapshot(IsCascade);
            long now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
            string first = ForceOrderFrame.LongLiquidated("BTCUSDT", FirstFrameUsd / 100_000m, 100_000m, now);
            long sent = Stopwatch.GetTimestamp();
            await _exchange.SendAsync(first).ConfigureAwait(false);

            // The rest of the burst, as a cascade goes on: other symbols, one order each (Binance samples per symbol per second).
            await _exchange.SendAsync(ForceOrderFrame.LongLiquidated("ETHUSDT", 10_000m, 4_000m, now + 40)).ConfigureAwait(false);
            await _exchange.SendAsync(ForceOrderFrame.LongLiquidated("SOLUSDT", 50_000m, 200m, now + 90)).ConfigureAwait(false);

            long litAt = await lit.WaitAsync(Guard).ConfigureAwait(false);
            long receivedAt = await received.WaitAsync(Guard).ConfigureAwait(false);
            return (burstAt, Stopwatch.GetElapsedTime(sent, receivedAt), Stopwatch.GetElapsedTime(sent, litAt));
        }

        // A connected stream is never silent for minutes (Binance sends mark prices every second), and the feed reads a
        // longer silence as a gap in the venue's coverage: jump a minute at a time, a mark-price frame after each.
        private static async Task JumpHearingAsync(OffsetClock clock, FakeBinanceStream exchange, FrameSignal frames, TimeSpan by, string markPrice = CalmMark)
        {
            for (TimeSpan left = by; left > TimeSpan.Zero; left -= TimeSpan.FromMinutes(1))
            {
                clock.Jump(left < TimeSpan.FromMinutes(1) ? left : TimeSpan.FromMinutes(1));
                long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
                Task handled = frames.NextData();
                await exchange.SendAsync("{\"stream\":\"!markPrice@arr@1s\",\"data\":[{\"e\":\"markPriceUpdate\",\"E\":" + now + ",\"s\":\"BTCUSDT\",\"p\":\"" + markPrice + "\",\"r\":\"0.0001\",\"T\":" + (now + 3_600_000) + "}]}").ConfigureAwait(false);
                await handled.WaitAsync(Guard).ConfigureAwait(false);
            }
        }

        // The snapshot contract's alert section (docs/metrics-endpoint.md): {"alert":{"level":3,...}}.
        private static bool IsCascade(string json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("alert", out JsonElement alert)
                && alert.TryGetProperty("level", out JsonElement level)
                && level.TryGetInt32(out int value)
                && value == 3;
        }

        public async ValueTask DisposeAsync()
        {
            await _device.DisposeAsync().ConfigureAwait(false);
            await _feed.StopAsync().ConfigureAwait(false);
            await _feed.DisposeAsync().ConfigureAwait(false);
            await _exchange.DisposeAsync().ConfigureAwait(false);
        }

        // A loopback port nothing listens on (taken from the OS, then released): connections there are refused at once.
        private static int ClosedPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
