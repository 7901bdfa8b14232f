using Ticker.App;
using Ticker.Config;
using Ticker.Data;
using Ticker.Input;
using Ticker.Led;
using Xunit;

namespace Ticker.Core.Tests.App
{
    /// <summary>Scenarios of the app state machine, driven by a fake clock (plain uptime numbers).</summary>
    public class TickerAppTests
    {
        private static DeviceSettings Settings(string ssid = "desk-wifi") => new() { WifiSsid = ssid };

        private static TickerApp Running(DeviceSettings? settings = null)
        {
            var app = new TickerApp(settings ?? Settings(), 0, 1);
            app.OnNetwork(1_000, true, -60);
            return app;
        }

        private static void Answer(TickerApp app, long nowMs, Ticker.Platform.HttpResult result)
        {
            Assert.True(app.IsRequestDue(nowMs), $"no request due at {nowMs} ms");
            app.BeginRequest(nowMs);
            app.OnResponse(nowMs, result);
            app.Tick(nowMs, Value.Missing);
        }

        [Fact]
        public void Boot_shows_the_booting_led_until_wifi_has_an_outcome_then_polls_the_feed()
        {
            var app = new TickerApp(Settings(), 0, 1);
            Assert.Equal(AppMode.Booting, app.Mode);
            Assert.Equal(LedState.Booting, app.Led);
            Assert.False(app.IsRequestDue(0));

            app.OnNetwork(2_000, true, -58);

            Assert.Equal(AppMode.Running, app.Mode);
            Assert.Equal(LedState.Off, app.Led);
            Assert.True(app.IsRequestDue(2_000));
            var request = app.BeginRequest(2_000);
            Assert.Equal("http://ticker.local:5080/v1/snapshot?asset=BTC", request.Url);
            Assert.Null(request.IfNoneMatch);
            Assert.Null(request.BearerToken);
            Assert.Null(app.Data);
        }

        [Fact]
        public void First_data_is_shown_and_the_next_request_long_polls_with_the_etag()
        {
            var app = Running(new DeviceSettings { WifiSsid = "w", FeedUrl = "http://10.0.0.2:5080/", FeedToken = "s3cret" });
            Answer(app, 1_000, Feed.Ok(Feed.Snapshot(7), "\"abc\""));

            Assert.True(app.HasData);
            Assert.Equal(7, app.Data!.Seq);
            Assert.Equal(10_984_250, app.Data.Price.UsdCents);
            Assert.Equal(AlertLevel.None, app.ActiveAlertLevel);

            Assert.True(app.IsRequestDue(1_000));
            var request = app.BeginRequest(1_000);
            Assert.Equal("http://10.0.0.2:5080/v1/snapshot?asset=BTC&wait=25", request.Url);
            Assert.Equal("\"abc\"", request.IfNoneMatch);
            Assert.Equal("s3cret", request.BearerToken);
            Assert.Equal(35_000, request.TimeoutMs);
        }

        [Fact]
        public void A_rising_alert_lights_the_led_an_acknowledge_silences_it_and_escalation_rearms_it()
        {
            var app = Running();
            Answer(app, 1_000, Feed.Ok(Feed.Snapshot(1)));
            Assert.Equal(LedState.Off, app.Led);

            Answer(app, 2_000, Feed.Ok(Feed.Snapshot(2, level: 2, side: "long", startedAt: 1_763_990_100)));
            Assert.Equal(AlertLevel.Warning, app.ActiveAlertLevel);
            Assert.Equal(LedState.Warning, app.Led);

            app.OnUserAction(2_500, UserAction.Acknowledge);
            Assert.True(app.IsAlertAcknowledged);
            Assert.Equal(LedState.Off, app.Led);
            Assert.Equal(AlertLevel.Warning, app.ActiveAlertLevel);

            // The same alert again: stays quiet.
            Answer(app, 3_000, Feed.Ok(Feed.Snapshot(3, level: 2, side: "long", startedAt: 1_763_990_100)));
            Assert.Equal(LedState.Off, app.Led);

            // Escalation to cascade re-arms it.
            Answer(app, 4_000, Feed.Ok(Feed.Snapshot(4, level: 3, side: "long", startedAt: 1_763_990_100)));
            Assert.False(app.IsAlertAcknowledged);
            Assert.Equal(LedState.Cascade, app.Led);
            Assert.True(app.IsLedOn(4_000));
            Assert.False(app.IsLedOn(4_000 + 125));
        }

        [Fact]
        public void A_new_alert_after_an_acknowledged_one_lights_the_led_again()
        {
            var app = Running();
            Answer(app, 1_000, Feed.Ok(Feed.Snapshot(1, level: 3, side: "long", startedAt: 100)));
            app.OnUserAction(1_100, UserAction.Acknowledge);
            Answer(app, 2_000, Feed.Ok(Feed.Snapshot(2, level: 0)));
            Answer(app, 3_000, Feed.Ok(Feed.Snapshot(3, level: 1, side: "short", startedAt: 200)));
            Assert.Equal(LedState.Watch, app.Led);
        }

        [Fact]
        public void Acknowledge_without_an_alert_changes_nothing()
        {
            var app = Running();
            Answer(app, 1_000, Feed.Ok(Feed.Snapshot(1)));
            int version = app.ViewVersion;
            app.OnUserAction(1_500, UserAction.Acknowledge);
            Assert.False(app.IsAlertAcknowledged);
            Assert.Equal(version, app.ViewVersion);
        }

        [Fact]
        public void The_led_threshold_setting_keeps_lower_alerts_dark()
        {
            var app = Running(new DeviceSettings { WifiSsid = "w", LedAlertLevel = 2 });
            Answer(app, 1_000, Feed.Ok(Feed.Snapshot(1, level: 1, side: "long", startedAt: 5)));
            Assert.Equal(LedState.Off, app.Led);
            Assert.Equal(AlertLevel.Watch, app.ActiveAlertLevel);
        }

        [Fact]
        public void A_feed_that_stops_answering_turns_the_data_stale_and_back()
        {
            var app = Running(new DeviceSettings { WifiSsid = "w", LongPoll = false });
            Answer(app, 1_000, Feed.Ok(Feed.Snapshot(1, level: 3, side: "long", startedAt: 5)));
            Assert.Equal(LedState.Cascade, app.Led);

            long now = 1_000;
            while (!app.IsStale)
            {
                now += 1_000;
                if (app.IsRequestDue(now))
                {
                    app.BeginRequest(now);
                    app.OnResponse(now, Feed.NetworkError("connect timed out"));
                }

                app.Tick(now, Value.Missing);
                Assert.True(now < 120_000, "never went stale");
            }

            Assert.Equal(31_000, now);
            Assert.Equal(LedState.FeedStale, app.Led);
            Assert.Equal(AlertLevel.None, app.ActiveAlertLevel);
            Assert.Equal(1, app.Data!.Seq);
            Assert.Matches("^connect timed out.* \\(feed [^ ]+:[0-9]+\\)$", app.LastError);

            while (!app.IsRequestDue(now))
            {
                now += 1_000;
            }

            Answer(app, now, Feed.Ok(Feed.Snapshot(2)));
            Assert.False(app.IsStale);
            Assert.Equal(LedState.Off, app.Led);
        }

        [Fact]
        public void A_bad_payload_keeps_the_last_good_data_and_reports_the_error()
        {
            var app = Running();
            Answer(app, 1_000, Feed.Ok(Feed.Snapshot(5, level: 2, side: "short", startedAt: 9), "\"good\""));
            var before = app.Data;

            app.BeginRequest(1_000);
            app.OnResponse(1_200, Feed.Ok("{\"v\":1,\"seq\":6,\"asOf\":17639", "\"bad\""));

            Assert.Same(before, app.Data);
            Assert.Equal(5, app.Data!.Seq);
            Assert.Equal(AlertLevel.Warning, app.ActiveAlertLevel);
            Assert.Equal(1, app.ErrorCount);
            Assert.StartsWith("bad snapshot: ", app.LastError);
            Assert.Contains(" at byte ", app.LastError);

            // The ETag of the bad answer is not kept: the next request names the snapshot still on screen.
            Assert.True(app.IsRequestDue(70_000));
            Assert.Equal("\"good\"", app.BeginRequest(70_000).IfNoneMatch);
        }

        [Fact]
        public void A_snapshot_for_another_asset_is_refused()
        {
            var app = Running();
            app.BeginRequest(1_000);
            app.OnResponse(1_000, Feed.Ok(Feed.Snapshot(1).Replace("\"BTC\"", "\"ETH\"")));
            Assert.False(app.HasData);
            Assert.Equal("feed sent ETH, expected BTC", app.LastError);
        }

        [Fact]
        public void Not_modified_keeps_the_data_fresh()
        {
            var app = Running(new DeviceSettings { WifiSsid = "w", LongPoll = false });
            Answer(app, 1_000, Feed.Ok(Feed.Snapshot(1)));
            for (long now = 11_000; now <= 101_000; now += 10_000)
            {
                Answer(app, now, Feed.NotModified());
                Assert.False(app.IsStale);
            }

            Assert.Equal(0, app.ErrorCount);
        }

        [Fact]
        public void Too_many_requests_waits_as_long_as_the_feed_asks()
        {
            var app = Running();
            app.BeginRequest(1_000);
            app.OnResponse(1_000, Feed.Status(429, retryAfterS: 90));
            Assert.Equal("feed busy (HTTP 429)", app.LastError);
            Assert.False(app.IsRequestDue(90_999));
            Assert.True(app.IsRequestDue(91_000));
        }

        [Fact]
        public void A_refused_token_says_which_setting_to_check()
        {
            var app = Running();
            app.BeginRequest(1_000);
            app.OnResponse(1_000, Feed.Status(401));
            Assert.Equal("feed refused this device (HTTP 401): check feedToken", app.LastError);
        }

        [Fact]
        public void Wifi_lost_shows_on_the_led_stops_polling_and_recovers()
        {
            var app = Running();
            Answer(app, 1_000, Feed.Ok(Feed.Snapshot(1)));

            app.OnNetwork(5_000, false, 0);
            app.Tick(5_000, Value.Missing);
            Assert.Equal(LedState.WifiDown, app.Led);
            Assert.False(app.IsWifiConnected);
            Assert.False(app.IsRequestDue(100_000));

            app.OnNetwork(200_000, true, -70);
            app.Tick(200_000, Value.Missing);
            Assert.NotEqual(LedState.WifiDown, app.Led);
            Assert.True(app.IsRequestDue(200_000));
            Assert.False(app.RebootRequested);
        }

        [Fact]
        public void Ten_minutes_without_wifi_asks_for_a_reboot()
        {
            var app = Running();
            app.OnNetwork(5_000, false, 0);
            app.Tick(5_000 + TickerApp.RebootAfterWifiLossMs - 1, Value.Missing);
            Assert.False(app.RebootRequested);
            app.Tick(5_000 + TickerApp.RebootAfterWifiLossMs, Value.Missing);
            Assert.True(app.RebootRequested);
        }

        [Fact]
        public void No_wifi_configured_starts_setup_mode_and_never_polls()
        {
            var app = new TickerApp(Settings(ssid: ""), 0, 1);
            Assert.Equal(AppMode.Setup, app.Mode);
            Assert.Equal(LedState.Setup, app.Led);
            app.OnNetwork(1_000, true, -50);
            app.Tick(1_000, Value.Missing);
            Assert.Equal(AppMode.Setup, app.Mode);
            Assert.False(app.IsRequestDue(1_000));
        }

        [Fact]
        public void A_very_long_press_requests_setup_mode()
        {
            var app = Running();
            app.OnUserAction(2_000, UserAction.EnterSetup);
            Assert.True(app.SetupRequested);
            Assert.Equal(AppMode.Setup, app.Mode);
            Assert.Equal(LedState.Setup, app.Led);
        }

        [Fact]
        public void Buttons_cycle_the_screens_both_ways()
        {
            var app = Running();
            var seen = new System.Collections.Generic.List<ScreenId>();
            for (int i = 0; i < Screens.Count; i++)
            {
                seen.Add(app.Screen);
                app.OnUserAction(i, UserAction.NextScreen);
            }

            Assert.Equal(new[] { ScreenId.Gauge, ScreenId.Liquidations, ScreenId.Spot, ScreenId.Market, ScreenId.Status }, seen);
            Assert.Equal(ScreenId.Gauge, app.Screen);
            app.OnUserAction(10, UserAction.PreviousScreen);
            Assert.Equal(ScreenId.Status, app.Screen);
        }

        [Fact]
        public void Screens_rotate_by_themselves_when_set_and_a_press_restarts_the_timer()
        {
            var app = Running(new DeviceSettings { WifiSsid = "w", AutoRotateS = 20 });
            app.Tick(20_999, Value.Missing);
            Assert.Equal(ScreenId.Gauge, app.Screen);
            app.Tick(21_000, Value.Missing);
            Assert.Equal(ScreenId.Liquidations, app.Screen);
            app.OnUserAction(30_000, UserAction.NextScreen);
            app.Tick(49_999, Value.Missing);
            Assert.Equal(ScreenId.Spot, app.Screen);
            app.Tick(50_000, Value.Missing);
            Assert.Equal(ScreenId.Market, app.Screen);
        }

        [Fact]
        public void Night_mode_silences_all_but_a_cascade()
        {
            // Night from 22:00 to 07:00 UTC; 23:00 UTC on 2026-11-24.
            var settings = new DeviceSettings { WifiSsid = "w", NightStartHour = 22, NightEndHour = 7 };
            long night = 1_763_942_400 + (23 * 3600);
            var app = Running(settings);
            app.BeginRequest(1_000);
            app.OnResponse(1_000, Feed.Ok(Feed.Snapshot(1, level: 2, side: "long", startedAt: 5)));
            app.Tick(1_000, night);
            Assert.True(app.IsNight);
            Assert.Equal(LedState.Off, app.Led);

            Answer(app, 2_000, Feed.Ok(Feed.Snapshot(2, level: 3, side: "long", startedAt: 5)));
            app.Tick(2_000, night);
            Assert.Equal(LedState.Cascade, app.Led);

            app.Tick(3_000, night + (9 * 3600));
            Assert.False(app.IsNight);
        }

        [Fact]
        public void Data_age_comes_from_as_of_when_the_clock_is_set_else_from_arrival()
        {
            var app = Running();
            Assert.Equal(Value.Missing, app.DataAgeS(1_000));
            Answer(app, 1_000, Feed.Ok(Feed.Snapshot(1, asOf: 1_763_990_000)));
            Assert.Equal(4, app.DataAgeS(5_000));
            app.Tick(5_000, 1_763_990_012);
            Assert.Equal(12, app.DataAgeS(5_000));
        }

        [Fact]
        public void A_feed_never_reached_shows_stale_after_the_stale_time()
        {
            var app = Running(new DeviceSettings { WifiSsid = "w", LongPoll = false });
            app.BeginRequest(1_000);
            app.OnResponse(1_000, Feed.NetworkError("no route"));
            app.Tick(30_999, Value.Missing);
            Assert.False(app.IsStale);
            app.Tick(31_000, Value.Missing);
            Assert.True(app.IsStale);
            Assert.Equal(LedState.FeedStale, app.Led);
        }
    }
}
