using System.Collections.Generic;
using System.Linq;
using Ticker.App;
using Ticker.Data;
using Ticker.Drawing;
using Ticker.Led;
using Ticker.Text;
using Ticker.Views;
using Xunit;

namespace Ticker.Core.Tests.Views
{
    /// <summary>Missing data draws dashes, stale data greys, and an alert shows its banner on every screen.</summary>
    public class ScreenStateTests
    {
        public static IEnumerable<object[]> Cases()
        {
            foreach (var (w, h) in ScreenKit.Sizes)
            {
                foreach (var screen in ScreenKit.AllScreens)
                {
                    yield return new object[] { w, h, screen };
                }
            }
        }

        private static readonly string[] Zeros = { "0", "$0", "0%", "0.0%", "0.00%", "+$0", "$0.00", "0.00" };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Missing_sections_draw_dashes_never_zero(int width, int height, ScreenId screen)
        {
            foreach (var snapshot in new[] { ScreenKit.Example("snapshot-partial.json"), new Snapshot() })
            {
                var painter = new ScreenPainter(width, height, "0.1.0");
                var state = ScreenKit.State(snapshot, screen);
                state.FreeMemoryBytes = Value.Missing;
                state.DataAgeS = Value.Missing;
                painter.Update(state, 0);
                var surface = ScreenKit.RenderWhole(painter, width, height);

                var texts = surface.Texts.Select(t => t.Text).ToArray();
                if (screen != ScreenId.Status)
                {
                    Assert.Contains(texts, t => t.Contains(NumberText.MissingText));
                }

                foreach (var t in texts)
                {
                    foreach (var word in t.Split(' '))
                    {
                        Assert.DoesNotContain(word, Zeros);
                    }
                }
            }
        }

        [Fact]
        public void Partial_snapshot_shows_the_price_it_has_and_dashes_for_the_rest()
        {
            var painter = new ScreenPainter(240, 135, "0.1.0");
            painter.Update(ScreenKit.State(ScreenKit.Example("snapshot-partial.json"), ScreenId.Market), 0);
            var texts = ScreenKit.RenderWhole(painter, 240, 135).Texts.Select(t => t.Text).ToArray();
            Assert.Contains("$91,188", texts);
            Assert.Contains(NumberText.MissingText, texts);
            Assert.Contains("Funding/8h " + NumberText.MissingText, texts);
            Assert.Contains("OI " + NumberText.MissingText, texts);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Stale_data_is_drawn_grey_and_the_status_bar_says_stale(int width, int height, ScreenId screen)
        {
            var painter = new ScreenPainter(width, height, "0.1.0");
            var state = ScreenKit.State(ScreenKit.Example("snapshot-calm.json"), screen, stale: true);
            painter.Update(state, 0);
            var surface = ScreenKit.RenderWhole(painter, width, height);
            var layout = painter.Layout;

            Assert.Contains(surface.Texts, t => t.Text.StartsWith("STALE"));
            int colouredData = 0;
            int greyData = 0;
            for (int i = 0; i < painter.CurrentScreen.WidgetCount; i++)
            {
                var widget = painter.CurrentScreen.WidgetAt(i);
                if (!widget.GreysWhenStale)
                {
                    continue;
                }

                for (int y = widget.Bounds.Y; y < widget.Bounds.Bottom; y++)
                {
                    for (int x = widget.Bounds.X; x < widget.Bounds.Right; x++)
                    {
                        int p = surface.Pixel(x, y);
                        int r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF;
                        Assert.True(p != 0xFFFFFF, $"full white at ({x},{y}) in a stale widget");
                        if (r == g && g == b)
                        {
                            greyData += p == 0 ? 0 : 1;
                        }
                        else
                        {
                            colouredData++;
                        }
                    }
                }
            }

            Assert.Equal(0, colouredData);
            if (screen != ScreenId.Status)
            {
                Assert.True(greyData > 0);
            }
        }

        [Fact]
        public void The_same_screen_fresh_has_colour_where_stale_has_none()
        {
            var painter = new ScreenPainter(240, 135, "0.1.0");
            painter.Update(ScreenKit.State(ScreenKit.Example("snapshot-calm.json"), ScreenId.Gauge), 0);
            var fresh = ScreenKit.RenderWhole(painter, 240, 135);
            Assert.Contains(fresh.Pixels, p => ((p >> 16) & 0xFF) != (p & 0xFF));
            Assert.DoesNotContain(fresh.Texts, t => t.Text.StartsWith("STALE"));
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void The_banner_appears_on_every_screen_during_an_alert(int width, int height, ScreenId screen)
        {
            var painter = new ScreenPainter(width, height, "0.1.0");
            var cascade = ScreenKit.Example("snapshot-cascade.json");
            painter.Update(ScreenKit.State(cascade, screen), 0);
            var surface = ScreenKit.RenderWhole(painter, width, height);
            Rect banner = painter.Layout.Banner;
            int alertColor = Palette.Standard.Alert(3);

            Assert.True(painter.Banner.Visible);
            Assert.Contains(surface.Texts, t => t.Text == "Long cascade: $3.9B" || t.Text.EndsWith(TextFit.Ellipsis));
            Assert.Contains(surface.Texts, t => t.Text == "LONGS");
            Assert.Equal(alertColor, surface.Pixel(banner.X + banner.Width - 2, banner.Y + 1));
        }

        [Fact]
        public void At_cascade_level_the_banner_flashes_in_step_with_the_led_until_acknowledged()
        {
            var painter = new ScreenPainter(240, 135, "0.1.0");
            var state = ScreenKit.State(ScreenKit.Example("snapshot-cascade.json"), ScreenId.Gauge);
            Rect banner = painter.Layout.Banner;
            int alertColor = Palette.Standard.Alert(3);
            painter.Update(state, 0);

            for (long t = 0; t < 1000; t += 25)
            {
                int count = painter.Update(state, t);
                bool ledOn = LedPatterns.Cascade.IsOn(t);
                Assert.Equal(ledOn, painter.Banner.Solid);
                var surface = ScreenKit.RenderWhole(painter, 240, 135);
                int inside = surface.Pixel(banner.X + banner.Width - 10, banner.Y + (banner.Height / 2));
                Assert.Equal(ledOn ? alertColor : 0x000000, inside);
                if (t > 0 && LedPatterns.Cascade.IsOn(t - 25) != ledOn)
                {
                    Assert.Equal(1, count);
                    Assert.Equal(banner, painter.DirtyRect(0));
                }
            }

            state.AlertAcknowledged = true;
            for (long t = 0; t < 500; t += 25)
            {
                painter.Update(state, t);
                Assert.True(painter.Banner.Solid);
            }
        }

        [Fact]
        public void Warning_level_banner_does_not_flash()
        {
            var painter = new ScreenPainter(320, 240, "0.1.0");
            var snapshot = ScreenKit.Example("snapshot-cascade.json");
            snapshot.Alert.Level = AlertLevel.Warning;
            for (long t = 0; t < 1000; t += 25)
            {
                painter.Update(ScreenKit.State(snapshot, ScreenId.Market), t);
                Assert.True(painter.Banner.Solid);
            }
        }

        [Fact]
        public void The_colour_blind_palette_uses_no_red_or_green_for_up_down_long_short()
        {
            var painter = new ScreenPainter(240, 135, "0.1.0");
            var state = ScreenKit.State(ScreenKit.Example("snapshot-cascade.json"), ScreenId.Liquidations);
            state.Palette = Palette.For("colorblind");
            painter.Update(state, 0);
            var surface = ScreenKit.RenderWhole(painter, 240, 135);
            Assert.DoesNotContain(surface.Pixels, p => p == Palette.Standard.LongSide || p == Palette.Standard.ShortSide);
            Assert.Contains(surface.Pixels, p => p == Palette.ColorBlind.LongSide);
            Assert.Contains(surface.Pixels, p => p == Palette.ColorBlind.ShortSide);
            Assert.Same(Palette.Standard, Palette.For("standard"));
            Assert.Same(Palette.Standard, Palette.For("unknown"));
        }

        [Fact]
        public void Risk_bands_are_0_19_20_39_40_59_60_79_80_100()
        {
            Assert.Equal(0, RiskBands.BandOf(0));
            Assert.Equal(0, RiskBands.BandOf(19));
            Assert.Equal(1, RiskBands.BandOf(20));
            Assert.Equal(2, RiskBands.BandOf(59));
            Assert.Equal(3, RiskBands.BandOf(60));
            Assert.Equal(4, RiskBands.BandOf(80));
            Assert.Equal(4, RiskBands.BandOf(100));
            Assert.Equal("EXTREME", RiskBands.NameOf(4));
            Assert.Equal(18000, GaugeWidget.AngleOf(0));
            Assert.Equal(0, GaugeWidget.AngleOf(100));
        }

        [Fact]
        public void Young_feed_liquidations_are_labelled_by_the_span_covered_and_scopes_are_named()
        {
            var painter = new ScreenPainter(320, 240, "0.1.0");
            Ticker.Data.Snapshot young = ScreenKit.Example("snapshot-young.json");
            painter.Update(ScreenKit.State(young, ScreenId.Liquidations), 0);
            string[] liq = ScreenKit.RenderWhole(painter, 320, 240).Texts.Select(t => t.Text).ToArray();
            Assert.Contains("LIQ 6H", liq);          // 21,600 s covered: a number, honestly labelled, not a dash
            Assert.Contains("$123M", liq);

            young.Liq.H24.CoveredS = 754;            // 12 min 34 s: minutes, rounded down
            painter.Update(ScreenKit.State(young, ScreenId.Liquidations), 0);
            Assert.Contains("LIQ 12M", ScreenKit.RenderWhole(painter, 320, 240).Texts.Select(t => t.Text).ToArray());

            painter.Update(ScreenKit.State(ScreenKit.Example("snapshot-young.json"), ScreenId.Market), 0);
            string[] market = ScreenKit.RenderWhole(painter, 320, 240).Texts.Select(t => t.Text).ToArray();
            Assert.Contains("Taker B/S 2.10, Bybit 3.40 (5m)", market);
            Assert.Contains("Bin +2.4%", market);

            painter.Update(ScreenKit.State(ScreenKit.Example("snapshot-young.json"), ScreenId.Spot), 0);
            Assert.Contains("TAKER DELTA BINANCE 24H / 1H", ScreenKit.RenderWhole(painter, 320, 240).Texts.Select(t => t.Text).ToArray());

            // Binance's klines and OKX's taker volume: both named, whole (not cut) on both panels; three are counted.
            Ticker.Data.Snapshot two = ScreenKit.Example("snapshot-young.json");
            two.Spot.DeltaVenues[1] = Ticker.Data.ExchangeIds.Okx;
            two.Spot.DeltaVenueCount = 2;
            foreach ((int width, int height) in new[] { (320, 240), (240, 135) })
            {
                var panel = new ScreenPainter(width, height, "0.1.0");
                panel.Update(ScreenKit.State(two, ScreenId.Spot), 0);
                Assert.Contains("TAKER DELTA BINANCE+OKX 24H / 1H", ScreenKit.RenderWhole(panel, width, height).Texts.Select(t => t.Text).ToArray());
            }

            two.Spot.DeltaVenues[2] = Ticker.Data.ExchangeIds.Bybit;
            two.Spot.DeltaVenueCount = 3;
            painter.Update(ScreenKit.State(two, ScreenId.Spot), 0);
            Assert.Contains("TAKER DELTA 3 VENUES 24H / 1H", ScreenKit.RenderWhole(painter, 320, 240).Texts.Select(t => t.Text).ToArray());

            painter.Update(ScreenKit.State(ScreenKit.Example("snapshot-calm.json"), ScreenId.Liquidations), 0);
            Assert.Contains("LIQ 24H", ScreenKit.RenderWhole(painter, 320, 240).Texts.Select(t => t.Text).ToArray());
        }

        [Fact]
        public void The_gauge_shows_the_two_strongest_inputs()
        {
            var painter = new ScreenPainter(320, 240, "0.1.0");
            painter.Update(ScreenKit.State(ScreenKit.Example("snapshot-cascade.json"), ScreenId.Gauge), 0);
            var texts = ScreenKit.RenderWhole(painter, 320, 240).Texts.Select(t => t.Text).ToArray();
            // Labelled as parts of the risk score, so "OI 19" is not read as $19B nor "L/S 10" as a ratio.
            Assert.Contains("Liq risk 100", texts);
            Assert.Contains("Taker risk 96", texts);
            Assert.Contains("82", texts);
            Assert.Contains("EXTREME", texts);
        }
    }
}
