using Ticker.App;
using Ticker.Core.Tests.Support;
using Ticker.Data;
using Ticker.Drawing;
using Ticker.Views;
using Xunit;
using Xunit.Abstractions;

namespace Ticker.Core.Tests.Views
{
    /// <summary>After a new snapshot only what changed is redrawn.</summary>
    public class RedrawEconomyTests
    {
        private readonly ITestOutputHelper _output;

        public RedrawEconomyTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private static int Area(ScreenPainter painter, int count)
        {
            int area = 0;
            for (int i = 0; i < count; i++)
            {
                area += painter.DirtyRect(i).Area;
            }

            return area;
        }

        [Theory]
        [InlineData(240, 135)]
        [InlineData(320, 240)]
        public void One_changed_number_redraws_only_its_widget(int width, int height)
        {
            var painter = new ScreenPainter(width, height, "0.1.0");
            var first = ScreenKit.Example("snapshot-calm.json");
            Assert.Equal(1, painter.Update(ScreenKit.State(first, ScreenId.Market), 0));
            Assert.Equal(width * height, painter.DirtyRect(0).Area);

            // The next poll: only the price moved.
            var next = ScreenKit.Example("snapshot-calm.json");
            next.Price.UsdCents += 123456;
            int count = painter.Update(ScreenKit.State(next, ScreenId.Market), 1000);

            Assert.Equal(1, count);
            Assert.Equal(painter.Layout.MarketPrice, painter.DirtyRect(0));
            int touched = Area(painter, count);
            Assert.True(touched * 5 <= width * height, $"{touched} of {width * height} pixels");
            _output.WriteLine($"{width}x{height}: price update redraws {touched} px = {touched * 1000 / (width * height) / 10.0}% of the screen");
        }

        [Theory]
        [InlineData(240, 135)]
        [InlineData(320, 240)]
        public void A_steady_update_on_each_screen_stays_under_a_fifth_of_the_screen(int width, int height)
        {
            foreach (var screen in ScreenKit.AllScreens)
            {
                var painter = new ScreenPainter(width, height, "0.1.0");
                var state = ScreenKit.State(ScreenKit.Example("snapshot-calm.json"), screen);
                painter.Update(state, 0);

                // The same data, a second older: only the age in the status bar (and the status screen's age row) change.
                state.DataAgeS = 13;
                int count = painter.Update(state, 1000);
                int touched = Area(painter, count);
                _output.WriteLine($"{width}x{height} {Screens.IdOf(screen)}: age tick redraws {count} rect(s), {touched} px");
                Assert.InRange(count, 1, 2);
                Assert.True(touched * 5 <= width * height);

                Assert.Equal(0, painter.Update(state, 2000));
            }
        }

        [Fact]
        public void A_screen_change_redraws_everything_and_the_banner_redraws_only_its_band()
        {
            var painter = new ScreenPainter(240, 135, "0.1.0");
            var calm = ScreenKit.Example("snapshot-calm.json");
            painter.Update(ScreenKit.State(calm, ScreenId.Gauge), 0);
            Assert.Equal(1, painter.Update(ScreenKit.State(calm, ScreenId.Spot), 0));
            Assert.Equal(new Rect(0, 0, 240, 135), painter.DirtyRect(0));

            // An alert appears with the same numbers: the banner's rectangle is dirty, nothing else.
            var alerted = ScreenKit.Example("snapshot-calm.json");
            alerted.Alert.Level = AlertLevel.Warning;
            alerted.Alert.Side = AlertSide.Long;
            alerted.Alert.Headline = "Longs under pressure";
            Assert.Equal(1, painter.Update(ScreenKit.State(alerted, ScreenId.Spot), 0));
            Assert.Equal(painter.Layout.Banner, painter.DirtyRect(0));

            // And when it goes, the same rectangle again (what it covered is drawn back).
            Assert.Equal(1, painter.Update(ScreenKit.State(calm, ScreenId.Spot), 0));
            Assert.Equal(painter.Layout.Banner, painter.DirtyRect(0));
        }

        [Fact]
        public void Going_stale_redraws_everything()
        {
            var painter = new ScreenPainter(320, 240, "0.1.0");
            var calm = ScreenKit.Example("snapshot-calm.json");
            painter.Update(ScreenKit.State(calm, ScreenId.Market), 0);
            Assert.Equal(1, painter.Update(ScreenKit.State(calm, ScreenId.Market, stale: true), 0));
            Assert.Equal(320 * 240, painter.DirtyRect(0).Area);
        }

        [Theory]
        [InlineData(240, 135)]
        [InlineData(320, 240)]
        public void Steady_updates_of_unchanged_data_allocate_nothing(int width, int height)
        {
            foreach (var screen in ScreenKit.AllScreens)
            {
                var painter = new ScreenPainter(width, height, "0.1.0");
                var state = ScreenKit.State(ScreenKit.Example("snapshot-cascade.json"), screen);
                state.AlertAcknowledged = true;
                var surface = new RasterSurface(width, Stripes.RowsPer(width, 32768));
                var canvas = new Canvas(surface);
                var region = new Rect(0, 0, width, surface.Height);
                painter.Update(state, 0);
                painter.Render(canvas, region);

                // Rounds of ten steady updates of unchanged data, the clock moving on, must allocate nothing. The
                // first round warms up (first calls); see Allocations for what keeps the runtime out of the count.
                long[] perRound = Allocations.PerRound(round =>
                {
                    for (int i = 0; i < 10; i++)
                    {
                        painter.Update(state, 1000 + (round * 10 + i) * 1000);
                    }
                });
                _output.WriteLine($"{width}x{height} {Screens.IdOf(screen)}: bytes per round of ten updates {string.Join(", ", perRound)}");
                Assert.True(Allocations.Least(perRound) == 0, $"{Screens.IdOf(screen)}: ten steady updates allocated {string.Join(", ", perRound)} bytes in {Allocations.Rounds} rounds");
            }
        }

        public static System.Collections.Generic.IEnumerable<object[]> OneNumberCases()
        {
            foreach (var (w, h) in ScreenKit.Sizes)
            {
                foreach (var screen in ScreenKit.AllScreens)
                {
                    yield return new object[] { w, h, screen };
                }
            }
        }

        [Theory]
        [MemberData(nameof(OneNumberCases))]
        public void On_every_screen_one_changed_number_redraws_one_widget(int width, int height, ScreenId screen)
        {
            var painter = new ScreenPainter(width, height, "0.1.0");
            var state = ScreenKit.State(ScreenKit.Example("snapshot-calm.json"), screen);
            painter.Update(state, 0);

            var next = ScreenKit.Example("snapshot-calm.json");
            var nextState = ScreenKit.State(next, screen);
            switch (screen)
            {
                case ScreenId.Gauge:
                    next.Risk.PartOpenInterest = 29; // the second strongest input, 28 -> 29
                    break;
                case ScreenId.Liquidations:
                    next.Liq.M5.Long += 50000;
                    break;
                case ScreenId.Spot:
                    next.Spot.DeltaUsd1h = -5100000;
                    break;
                case ScreenId.Market:
                    next.Risk.LongShortRatioE3 = 1190;
                    break;
                default:
                    nextState.FreeMemoryBytes = 47000;
                    break;
            }

            int count = painter.Update(nextState, 1000);
            Assert.Equal(1, count);
            int touched = painter.DirtyRect(0).Area;
            Assert.True(touched * 5 <= width * height, $"{touched} px");
            _output.WriteLine($"{width}x{height} {Screens.IdOf(screen)}: {touched} px ({touched * 100 / (width * height)}%)");
        }
    }
}
