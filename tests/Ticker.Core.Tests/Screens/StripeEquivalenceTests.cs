using System.Collections.Generic;
using Ticker.App;
using Ticker.Data;
using Ticker.Drawing;
using Ticker.Views;
using Xunit;

namespace Ticker.Core.Tests.Views
{
    /// <summary>Drawing a screen whole or in stripes of at most 32 KB gives the same pixels.</summary>
    public class StripeEquivalenceTests
    {
        public static IEnumerable<object[]> Cases()
        {
            foreach (var (w, h) in ScreenKit.Sizes)
            {
                foreach (var screen in ScreenKit.AllScreens)
                {
                    foreach (var name in ScreenKit.ExampleNames())
                    {
                        yield return new object[] { w, h, screen, name, false };
                    }

                    yield return new object[] { w, h, screen, "extreme", false };
                    yield return new object[] { w, h, screen, "snapshot-calm.json", true };
                }
            }
        }

        internal static Snapshot Load(string name) =>
            name == "extreme" ? ScreenKit.Decode(ScreenKit.ExtremeJson) : ScreenKit.Example(name);

        [Theory]
        [MemberData(nameof(Cases))]
        public void Whole_and_striped_renders_are_identical(int width, int height, ScreenId screen, string example, bool stale)
        {
            var painter = new ScreenPainter(width, height, "0.1.0");
            painter.Update(ScreenKit.State(Load(example), screen, stale), 0);
            var whole = ScreenKit.RenderWhole(painter, width, height);

            var frame = new int[width * height];
            int stripes = ScreenKit.RenderStriped(painter, new Rect(0, 0, width, height), frame, width);

            Assert.True(stripes >= 2, "a full screen needs more than one 32 KB stripe");
            Assert.Equal("", ScreenKit.Diff(whole.Pixels, frame, width));
        }

        [Theory]
        [InlineData(240, 135)]
        [InlineData(320, 240)]
        public void Redrawing_only_the_dirty_rectangles_in_stripes_gives_the_full_render(int width, int height)
        {
            foreach (var screen in ScreenKit.AllScreens)
            {
                var painter = new ScreenPainter(width, height, "0.1.0");
                var calm = ScreenKit.Example("snapshot-calm.json");
                painter.Update(ScreenKit.State(calm, screen), 0);
                var frame = ScreenKit.RenderWhole(painter, width, height).Pixels;

                // Same screen, new data with an alert: only the dirty rectangles are drawn, stripe by stripe.
                var cascade = ScreenKit.Example("snapshot-cascade.json");
                int dirty = painter.Update(ScreenKit.State(cascade, screen), 0);
                for (int i = 0; i < dirty; i++)
                {
                    ScreenKit.RenderStriped(painter, painter.DirtyRect(i), frame, width);
                }

                var reference = new ScreenPainter(width, height, "0.1.0");
                reference.Update(ScreenKit.State(cascade, screen), 0);
                var expected = ScreenKit.RenderWhole(reference, width, height).Pixels;
                Assert.True(ScreenKit.Diff(expected, frame, width) == "", $"{screen}: {ScreenKit.Diff(expected, frame, width)}");
            }
        }

        [Fact]
        public void Stripes_cover_the_area_once_within_the_byte_budget()
        {
            var area = new Rect(0, 0, 320, 240);
            int rows = Stripes.RowsFor(area, 32768, 51);
            int count = Stripes.Count(area, rows);
            Assert.Equal(5, count);
            int covered = 0;
            for (int i = 0; i < count; i++)
            {
                Rect r = Stripes.Get(area, rows, i);
                Assert.Equal(covered, r.Y);
                Assert.True(r.Width * r.Height * 2 <= 32768);
                covered += r.Height;
            }

            Assert.Equal(240, covered);
            Assert.Equal(68, Stripes.RowsPer(240, 32768));

            // A narrow dirty rectangle never gets more rows than the stripe surface has.
            Assert.Equal(51, Stripes.RowsFor(new Rect(10, 10, 40, 200), 32768, 51));
        }
    }
}
