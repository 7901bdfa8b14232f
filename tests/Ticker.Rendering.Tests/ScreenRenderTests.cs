using System.Collections.Generic;
using System.Linq;
using System.Text;
using Ticker.App;
using Ticker.Boards;
using Ticker.Drawing;
using Ticker.Views;
using Xunit;
using Xunit.Abstractions;

namespace Ticker.Rendering.Tests
{
    /// <summary>Whole screens through a real TickerApp and the core's StripedDisplay, with the shipped fonts.</summary>
    public class ScreenRenderTests
    {
        /// <summary>Extreme values everywhere: $999.9B totals, -100% changes, 100 venues, a 24-character headline.</summary>
        public const string ExtremeJson =
            "{\"v\":1,\"seq\":9,\"asOf\":1795000000,\"asset\":\"BTC\"," +
            "\"price\":{\"usd\":9999999.99,\"chg24hPct\":-100}," +
            "\"risk\":{\"score\":100,\"inputs\":{\"fundingPct8h\":-0.9999,\"oiUsd\":999900000000,\"oiChg24hPct\":-100,\"takerBuySell\":999.99,\"takerBucketMin\":1440,\"longShortRatio\":999.99}," +
            "\"parts\":{\"funding\":100,\"oi\":100,\"taker\":100,\"longShort\":100,\"liq\":100}}," +
            "\"liq\":{\"m5\":{\"long\":999900000000,\"short\":999900000000},\"h1\":{\"long\":999900000000,\"short\":999900000000}," +
            "\"h4\":{\"long\":999900000000,\"short\":999900000000},\"h24\":{\"long\":999900000000,\"short\":999900000000}," +
            "\"hourlyLongM\":[999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1]," +
            "\"hourlyShortM\":[999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1]}," +
            "\"spot\":{\"binanceSharePct\":100,\"venues\":100,\"binanceUsd24h\":999900000000,\"othersUsd24h\":999900000000,\"deltaUsd24h\":-999900000000,\"deltaUsd1h\":-999900000000}," +
            "\"alert\":{\"level\":3,\"side\":\"short\",\"startedAt\":1794999000,\"m5Usd\":999900000000,\"priceChgPct\":-100,\"headline\":\"WWWWWWWWWWWWWWWWWWWWWWWW\"}}";

        private readonly ITestOutputHelper _output;

        public ScreenRenderTests(ITestOutputHelper output)
        {
            _output = output;
        }

        public static IEnumerable<object[]> Cases()
        {
            foreach (BoardProfile board in BoardCatalog.All)
            {
                for (int s = 0; s < Screens.Count; s++)
                {
                    foreach (string example in Repo.ExampleNames())
                    {
                        yield return new object[] { board.Id, Screens.IdOf((ScreenId)s), example, false };
                    }

                    yield return new object[] { board.Id, Screens.IdOf((ScreenId)s), "snapshot-calm", true };
                }
            }
        }

        public static IEnumerable<object[]> BoardsAndScreens()
        {
            foreach (BoardProfile board in BoardCatalog.All)
            {
                for (int s = 0; s < Screens.Count; s++)
                {
                    yield return new object[] { board.Id, Screens.IdOf((ScreenId)s) };
                }
            }
        }

        private static (BoardProfile Board, ScreenId Screen) Parse(string boardId, string screenId)
        {
            BoardProfile board = BoardCatalog.Find(boardId);
            Assert.True(Screens.TryParse(screenId, out ScreenId screen));
            return (board, screen);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Stripes_give_the_same_pixels_as_one_whole_frame(string boardId, string screenId, string example, bool stale)
        {
            var (board, screen) = Parse(boardId, screenId);
            byte[] json = Repo.Example(example);
            Rgb565Surface striped = ScreenRenderer.Render(board, screen, json, stale, Repo.Fonts, board.StripeRows, out RenderDetails details);
            Rgb565Surface whole = ScreenRenderer.Render(board, screen, json, stale, Repo.Fonts, board.Height);

            Assert.True(board.StripeRows < board.Height, "a board without PSRAM draws in stripes");
            Assert.True(details.Flushes >= 2, $"{details.Flushes} stripe(s)");
            Assert.Equal(screen, details.App.Screen);
            Assert.Equal(stale, details.App.IsStale);
            int differ = Enumerable.Range(0, whole.Pixels.Length).Count(i => whole.Pixels[i] != striped.Pixels[i]);
            Assert.True(differ == 0, $"{differ} pixels differ");
            Assert.Contains(striped.Pixels, p => p != striped.Pixels[0]);
        }

        [Theory]
        [MemberData(nameof(BoardsAndScreens))]
        public void Extreme_snapshot_text_stays_inside_its_widgets_with_the_real_fonts(string boardId, string screenId)
        {
            var (board, screen) = Parse(boardId, screenId);
            // One whole-frame stripe: the clip under each DrawText is then exactly the widget's bounds, so a glyph pixel
            // cut by the clip is a pixel the text would have drawn outside its widget.
            ScreenRenderer.Render(board, screen, Encoding.UTF8.GetBytes(ExtremeJson), false, Repo.Fonts, board.Height, out RenderDetails details);
            foreach (TextOverflow overflow in details.Stripe.TextOverflows)
            {
                _output.WriteLine(overflow.ToString());
            }

            Assert.True(details.Stripe.TextOverflows.Count == 0,
                string.Join("\n", details.Stripe.TextOverflows.Select(o => o.ToString())));
            AssertInkInsideWidgets(details);
        }

        /// <summary>
        /// Independently of the clip: every text's glyph box lies inside the bounds of a widget the painter's layout
        /// lists for this screen (its widgets, the status bar, the banner), and the text was drawn clipped to them.
        /// </summary>
        private static void AssertInkInsideWidgets(RenderDetails details)
        {
            ScreenPainter painter = details.Painter;
            var bounds = new List<Rect>();
            for (int i = 0; i < painter.CurrentScreen.WidgetCount; i++)
            {
                bounds.Add(painter.CurrentScreen.WidgetAt(i).Bounds);
            }

            bounds.Add(painter.Layout.StatusAge);
            bounds.Add(painter.Layout.StatusDots);
            bounds.Add(painter.Layout.StatusWifi);
            bounds.Add(painter.Banner.Bounds);
            Assert.NotEmpty(details.Stripe.TextDraws);
            foreach (TextDraw draw in details.Stripe.TextDraws)
            {
                Assert.True(bounds.Any(b => Same(b, draw.Clip)), $"'{draw.Text}' drawn under clip {Show(draw.Clip)}, not a widget's bounds");
                if (draw.Ink.Width > 0)
                {
                    Assert.True(Inside(draw.Ink, draw.Clip),
                        $"'{draw.Text}' font {draw.FontId}: ink {Show(draw.Ink)} leaves its widget {Show(draw.Clip)}");
                }
            }
        }

        private static bool Same(Rect a, Rect b) => a.X == b.X && a.Y == b.Y && a.Width == b.Width && a.Height == b.Height;

        private static bool Inside(Rect inner, Rect outer) =>
            inner.X >= outer.X && inner.Y >= outer.Y && inner.X + inner.Width <= outer.X + outer.Width && inner.Y + inner.Height <= outer.Y + outer.Height;

        private static string Show(Rect r) => $"({r.X},{r.Y} {r.Width}x{r.Height})";

        [Theory]
        [MemberData(nameof(BoardsAndScreens))]
        public void Docs_examples_text_stays_inside_its_widgets_with_the_real_fonts(string boardId, string screenId)
        {
            var (board, screen) = Parse(boardId, screenId);
            var overflows = new List<string>();
            foreach (string example in Repo.ExampleNames())
            {
                ScreenRenderer.Render(board, screen, Repo.Example(example), false, Repo.Fonts, board.Height, out RenderDetails details);
                overflows.AddRange(details.Stripe.TextOverflows.Select(o => example + ": " + o));
                AssertInkInsideWidgets(details);
            }

            Assert.True(overflows.Count == 0, string.Join("\n", overflows));
        }

        [Fact]
        public void A_bad_snapshot_is_a_render_exception_with_the_decoders_reason()
        {
            var e = Assert.Throws<RenderException>(() =>
                ScreenRenderer.Render(BoardCatalog.Default, ScreenId.Gauge, Encoding.UTF8.GetBytes("{\"v\":1,"), false, Repo.Fonts));
            Assert.StartsWith("bad snapshot: ", e.Message);
            Assert.DoesNotContain("\n", e.Message);
        }
    }
}
