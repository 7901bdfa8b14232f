using System.Linq;
using Ticker.App;
using Ticker.Boards;
using Ticker.Config;
using Ticker.Drawing;
using Ticker.Input;
using Ticker.Led;
using Ticker.Views;
using Xunit;

namespace Ticker.Core.Tests.Views
{
    /// <summary>The self-test picture: the panel values in force, the LED, each button's echo, the corners and the bars.</summary>
    public class SelfTestScreenTests
    {
        private static (ScreenPainter Painter, ViewState State) Show(string boardId, DeviceSettings settings)
        {
            BoardProfile board = BoardCatalog.Find(boardId)!;
            settings.BoardId = board.Id;
            var test = new SelfTest(board, PanelConfig.For(board, settings), 0);
            test.Echo(0, Gesture.ShortPress);
            test.Echo(0, Gesture.LongPress);
            var painter = new ScreenPainter(board.Width, board.Height, "0.1.0");
            var state = new ViewState { SelfTest = test, Led = LedState.Warning, Palette = Palette.Standard };
            painter.Update(state, 0);
            return (painter, state);
        }

        private static string[] Texts(ScreenPainter painter) =>
            Enumerable.Range(0, painter.CurrentScreen.WidgetCount).Select(painter.CurrentScreen.WidgetAt)
                .OfType<TextWidget>().Select(w => w.Text).ToArray();

        [Fact]
        public void It_shows_the_board_the_panel_values_in_force_the_led_and_the_buttons()
        {
            var (painter, _) = Show("m5stack-core", new DeviceSettings { PanelRotation = 180, PanelColorOrder = "rgb" });

            Assert.True(painter.ShowsSelfTest);
            Assert.False(painter.ShowsStatusBar);
            string[] texts = Texts(painter);
            Assert.Contains("SELF-TEST  m5stack-core  320x240", texts);
            Assert.Contains(BoardCatalog.Find("m5stack-core")!.Name, texts);
            Assert.Contains("ILI9342  rot 180*  offset 0,0", texts);
            Assert.Contains("RGB*  invert on  backlight high", texts);
            Assert.Contains("LED: Warning + sound", texts);
            Assert.Contains("A: long 2  B: -  C: -", texts);
            Assert.Contains("Sound on GPIO25. Reset to leave.", texts);
        }

        [Theory]
        [InlineData("t-display")]
        [InlineData("wrover-kit")]
        [InlineData("m5stack-core")]
        [InlineData("diy-ili9341")]
        public void Corner_markers_sit_on_the_panels_edges_and_text_stays_in_its_boxes(string id)
        {
            var (painter, _) = Show(id, new DeviceSettings());
            BoardProfile board = BoardCatalog.Find(id)!;
            RasterSurface surface = ScreenKit.RenderWhole(painter, board.Width, board.Height);
            int white = Palette.Standard.Text;
            foreach ((int x, int y) in new[] { (0, 0), (board.Width - 1, 0), (0, board.Height - 1), (board.Width - 1, board.Height - 1) })
            {
                Assert.Equal(white, surface.Pixel(x, y));
            }

            // Three nested lines: lit at 0, 2 and 4 pixels in, dark between.
            Assert.Equal(new[] { white, 0, white, 0, white }, Enumerable.Range(0, 5).Select(d => surface.Pixel(d, d)).ToArray());
            Assert.Empty(surface.TextOutsideClip);

            // The bars: pure red, green and blue first, left to right.
            Rect bars = painter.Layout.SelfTestBars;
            int barWidth = bars.Width / ColorBarsWidget.Count;
            Assert.Equal(new[] { 0xFF0000, 0x00FF00, 0x0000FF }, Enumerable.Range(0, 3).Select(i => surface.Pixel(bars.X + (i * barWidth) + 1, bars.Y + 1)).ToArray());
        }
    }
}
