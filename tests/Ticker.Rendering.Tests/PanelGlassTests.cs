using Ticker.Boards;
using Ticker.Config;
using Ticker.Drawing;
using Xunit;

namespace Ticker.Rendering.Tests
{
    /// <summary>The glass of a panel driven with wrong settings: each difference changes the picture as a controller would.</summary>
    public class PanelGlassTests
    {
        private static Rgb565Surface Frame()
        {
            // A red pixel at the top-left, a blue one at the bottom-right, white elsewhere on a black frame.
            var frame = new Rgb565Surface(20, 10, Repo.Fonts);
            frame.FillRectangle(0, 0, 1, 1, 0xFF0000);
            frame.FillRectangle(19, 9, 1, 1, 0x0000FF);
            frame.FillRectangle(5, 5, 1, 1, 0xFFFFFF);
            return frame;
        }

        private static int At(Rgb565Surface s, int x, int y) => Rgb565.ToRgb(s.GetPixel(x, y)) & 0xF8F8F8;

        [Fact]
        public void Settings_that_match_the_panel_show_the_frame_as_drawn()
        {
            BoardProfile board = BoardCatalog.Find("t-display")!;
            Assert.True(PanelGlass.Between(PanelConfig.For(board, new DeviceSettings { BoardId = board.Id }), PanelConfig.Of(board)).IsCorrect);
        }

        [Fact]
        public void Each_wrong_setting_changes_the_picture_its_own_way()
        {
            BoardProfile board = BoardCatalog.Find("t-display")!;
            PanelConfig truth = PanelConfig.Of(board);
            Rgb565Surface frame = Frame();

            PanelGlass swapped = PanelGlass.Between(PanelConfig.For(board, new DeviceSettings { BoardId = board.Id, PanelColorOrder = "rgb" }), truth);
            Assert.Equal(0x0000F8, At(swapped.Show(frame, Repo.Fonts), 0, 0));

            PanelGlass inverted = PanelGlass.Between(PanelConfig.For(board, new DeviceSettings { BoardId = board.Id, PanelInversion = "off" }), truth);
            Assert.Equal(0xF8F8F8, At(inverted.Show(frame, Repo.Fonts), 1, 1));

            PanelGlass turned = PanelGlass.Between(PanelConfig.For(board, new DeviceSettings { BoardId = board.Id, PanelRotation = 270 }), truth);
            Assert.Equal(0x0000F8, At(turned.Show(frame, Repo.Fonts), 0, 0));
            Assert.Equal(0xF80000, At(turned.Show(frame, Repo.Fonts), 19, 9));

            PanelGlass mirrored = PanelGlass.Between(PanelConfig.For(board, new DeviceSettings { BoardId = board.Id, PanelMirror = true }), truth);
            Assert.Equal(0xF80000, At(mirrored.Show(frame, Repo.Fonts), 19, 0));

            // Two columns too far: the picture moves two to the right.
            PanelGlass shifted = PanelGlass.Between(PanelConfig.For(board, new DeviceSettings { BoardId = board.Id, PanelOffsetX = 42 }), truth);
            Assert.Equal((2, 0), (shifted.ShiftX, shifted.ShiftY));
            Assert.Equal(0xF8F8F8, At(shifted.Show(frame, Repo.Fonts), 7, 5));
            Assert.Equal(0xF80000, At(shifted.Show(frame, Repo.Fonts), 2, 0));

            PanelGlass dark = PanelGlass.Between(PanelConfig.For(board, new DeviceSettings { BoardId = board.Id, BacklightActiveLevel = "low" }), truth);
            Rgb565Surface black = dark.Show(frame, Repo.Fonts);
            Assert.Equal(0, At(black, 0, 0) | At(black, 5, 5) | At(black, 19, 9));
        }
    }
}
