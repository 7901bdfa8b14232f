using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Ticker.App;
using Ticker.Config;
using Ticker.Emulator.Device;
using Ticker.Emulator.Feed;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    /// <summary>
    /// The device's wall clock comes from the feed it polls: unset while the feed has not said (busy, down), the
    /// replay's time while it replays, the desktop's when it is live. A replayed snapshot's age then reads as it did
    /// live, whichever feed the emulator polls.
    /// </summary>
    public sealed class FeedWallClockTests
    {
        private const long ReplayStartMs = 1_772_431_200_000;

        [Fact]
        public async Task A_busy_feed_leaves_the_clock_unset_then_its_replay_sets_it_and_a_live_feed_gives_the_desktop_s()
        {
            var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-03T18:00:00Z"));
            int answer = 429;
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            await using WebApplication feed = builder.Build();
            feed.MapGet("/v1/replay", () =>
            {
                return Volatile.Read(ref answer) == 200
                    ? Results.Text("{\"startUnixMs\":" + ReplayStartMs + ",\"positionMs\":600000,\"speed\":60,\"paused\":false,\"ended\":false}", "application/json")
                    : Results.StatusCode(Volatile.Read(ref answer));
            });
            await feed.StartAsync();

            await using ReplayFollower follower = await ReplayFollower.StartAsync(new Uri(feed.Urls.Single()), null, time);
            Assert.Equal(FeedWallClock.Source.Unknown, follower.Clock.From);
            Assert.False(follower.Clock.TryGetUnixSeconds(out _));

            Volatile.Write(ref answer, 200);
            Tick(time);
            Assert.True(SpinWait.SpinUntil(() => follower.Clock.From == FeedWallClock.Source.Replay, TimeSpan.FromSeconds(10)));
            Assert.True(follower.Clock.TryGetUnixSeconds(out long replay));
            Assert.Equal((ReplayStartMs + 600_000) / 1000, replay);

            // A snapshot made at that replay time is fresh to the device, not months old.
            var app = new TickerApp(new DeviceSettings { WifiSsid = "emulator" }, 0, 1);
            app.OnNetwork(0, true, -55);
            app.BeginRequest(0);
            app.OnResponse(0, new Ticker.Platform.HttpResult { Status = 200, Body = Snapshot(replay - 3), BodyLength = Snapshot(replay - 3).Length });
            app.Tick(1_000, replay);
            Assert.Equal(3, app.DataAgeS(1_000));

            Volatile.Write(ref answer, 404);
            Tick(time);
            Assert.True(SpinWait.SpinUntil(() => follower.Clock.From == FeedWallClock.Source.Live, TimeSpan.FromSeconds(10)));
            Assert.True(follower.Clock.TryGetUnixSeconds(out long live));
            Assert.Equal(time.GetUtcNow().ToUnixTimeSeconds(), live);
        }

        // One period of the follower's timer: it asks the feed again.
        private static void Tick(FakeTimeProvider time) => time.Advance(ReplayFollower.Period);

        private static byte[] Snapshot(long asOf) =>
            System.Text.Encoding.UTF8.GetBytes("{\"v\":1,\"seq\":5,\"asOf\":" + asOf + "}");
    }
}
