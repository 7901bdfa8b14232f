using System.Collections.Generic;
using System.Linq;
using System.Text;
using Ticker.App;
using Ticker.Boards;
using Ticker.Drawing;
using Ticker.Views;
using Xunit;

namespace Ticker.Rendering.Tests
{
    /// <summary>
    /// Nothing a screen shows is hidden by the alert banner: on every board and screen, with the cascade example and an
    /// extreme snapshot, no text is drawn under the banner but the banner's own, and no text widget's box meets it.
    /// </summary>
    public class BannerLayoutTests
    {
        public static IEnumerable<object[]> Cases()
        {
            foreach (BoardProfile board in BoardCatalog.All)
            {
                for (int s = 0; s < Screens.Count; s++)
                {
                    yield return new object[] { board.Id, Screens.IdOf((ScreenId)s), "snapshot-cascade" };
                    yield return new object[] { board.Id, Screens.IdOf((ScreenId)s), "extreme" };
                }
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void No_text_widget_meets_the_banner(string boardId, string screenId, string example)
        {
            BoardProfile board = BoardCatalog.Find(boardId)!;
            Assert.True(Screens.TryParse(screenId, out ScreenId screen));
            byte[] json = example == "extreme" ? Encoding.UTF8.GetBytes(ScreenRenderTests.ExtremeJson) : Repo.Example(example);
            ScreenRenderer.Render(board, screen, json, false, Repo.Fonts, board.Height, out RenderDetails details);

            BannerWidget banner = details.Painter.Banner;
            Assert.True(banner.Visible, "the example has an alert");
            Rect b = banner.Bounds;

            var widgets = Enumerable.Range(0, details.Painter.CurrentScreen.WidgetCount).Select(details.Painter.CurrentScreen.WidgetAt)
                .OfType<TextWidget>().Where(w => w.Text.Length > 0).ToArray();
            Assert.NotEmpty(widgets);
            Assert.All(widgets, w => Assert.False(w.Bounds.Intersects(b), $"'{w.Text}' at {w.Bounds} meets the banner at {b}"));

            // What was drawn: the banner's own text inside it, every other text clear of it (the status bar too).
            List<TextDraw> draws = details.Stripe.TextDraws;
            Assert.Contains(draws, d => d.Clip.Equals(b) && d.Text.Length > 0);
            Assert.All(draws.Where(d => !d.Clip.Equals(b) && d.Text.Length > 0),
                d => Assert.False(d.Clip.Intersects(b) || d.Ink.Intersects(b), $"'{d.Text}' drawn in {d.Clip} meets the banner at {b}"));
        }

        [Fact]
        public void Small_panels_show_the_banner_in_the_status_bars_place()
        {
            BoardProfile board = BoardCatalog.Find("t-display")!;
            ScreenRenderer.Render(board, ScreenId.Spot, Repo.Example("snapshot-cascade"), false, Repo.Fonts, board.Height, out RenderDetails details);
            Assert.Equal(new Rect(0, 0, 240, 15), details.Painter.Banner.Bounds);
            Assert.False(details.Painter.ShowsStatusBar);
            Assert.DoesNotContain(details.Stripe.TextDraws, d => d.Text.StartsWith("Age ", System.StringComparison.Ordinal));

            ScreenRenderer.Render(board, ScreenId.Spot, Repo.Example("snapshot-calm"), false, Repo.Fonts, board.Height, out details);
            Assert.True(details.Painter.ShowsStatusBar);
        }

        [Theory]
        [InlineData("t-display")]
        [InlineData("m5stack-core")]
        public void The_side_tag_is_filled_to_its_right_edge(string boardId)
        {
            // Bitmap.FillRoundRectangle left the column inside the tag's right edge unfilled: a stray bar of banner colour.
            BoardProfile board = BoardCatalog.Find(boardId)!;
            Rgb565Surface frame = ScreenRenderer.Render(board, ScreenId.Gauge, Repo.Example("snapshot-cascade"), false, Repo.Fonts, board.Height, out RenderDetails details);
            Rect b = details.Painter.Banner.Bounds;
            ScreenLayout layout = details.Painter.Layout;
            int x = b.X + 4;
            int width = Repo.Fonts.Get(layout.BannerTagFont).MeasureWidth("LONGS") + 8;
            int midY = b.Y + (b.Height / 2);
            ushort tag = frame.GetPixel(x, midY);
            Assert.NotEqual(frame.GetPixel(b.X + 1, midY), tag);

            // The glyphs end 4 pixels before the tag does: its last two columns are all tag, top to bottom of its middle.
            for (int y = midY - 3; y <= midY + 3; y++)
            {
                Assert.Equal(tag, frame.GetPixel(x + width - 2, y));
                Assert.Equal(tag, frame.GetPixel(x + width - 1, y));
            }

            Assert.NotEqual(tag, frame.GetPixel(x + width, midY));
        }
    }
}
