using System.Linq;
using Ticker.Boards;
using Ticker.Core.Tests.Views;
using Ticker.Drawing;
using Ticker.Views;
using Xunit;

namespace Ticker.Core.Tests.Setup
{
    public class MessageScreenTests
    {
        private sealed class FrameTarget : IFlushTarget
        {
            private readonly RasterSurface _stripe;

            public FrameTarget(RasterSurface stripe, int width, int height)
            {
                _stripe = stripe;
                Frame = new RasterSurface(width, height, -1);
            }

            public RasterSurface Frame { get; }

            public int Flushes { get; private set; }

            public void Flush(int surfaceX, int surfaceY, int width, int height, int screenX, int screenY)
            {
                Flushes++;
                for (int y = 0; y < height; y++)
                {
                    for (int x = 0; x < width; x++)
                    {
                        Frame.Pixels[((screenY + y) * Frame.Width) + screenX + x] = _stripe.Pixel(surfaceX + x, surfaceY + y);
                    }
                }
            }
        }

        [Theory]
        [InlineData("t-display")]
        [InlineData("m5stack-core")]
        public void Striped_painting_covers_the_screen_and_equals_one_whole_frame(string boardId)
        {
            BoardProfile board = BoardCatalog.Find(boardId)!;
            var screen = new MessageScreen(board.Width, board.Height);
            screen.Set("Ticker setup", "Join Wi-Fi Ticker-0AF3", "then open http://192.168.4.1", null);

            var stripe = new RasterSurface(board.Width, board.StripeRows);
            var striped = new FrameTarget(stripe, board.Width, board.Height);
            screen.Paint(new Canvas(stripe), striped);

            var whole = new RasterSurface(board.Width, board.Height);
            var wholeTarget = new FrameTarget(whole, board.Width, board.Height);
            screen.Paint(new Canvas(whole), wholeTarget);

            Assert.Equal((board.Height + board.StripeRows - 1) / board.StripeRows, striped.Flushes);
            Assert.Equal(1, wholeTarget.Flushes);
            Assert.Equal(wholeTarget.Frame.Pixels, striped.Frame.Pixels);
            Assert.DoesNotContain(-1, striped.Frame.Pixels); // every pixel was flushed (-1 marks never written)
        }

        [Fact]
        public void Long_lines_are_cut_to_the_screen_width()
        {
            var surface = new RasterSurface(240, 135);
            var screen = new MessageScreen(240, 135);
            screen.Set("Wi-Fi", new string('x', 200), null, null);

            screen.Render(new Canvas(surface), new Rect(0, 0, 240, 135));

            Assert.All(surface.Texts, t => Assert.True(t.X + t.Width <= 240 - 8, t.Text));
            Assert.Contains(surface.Texts, t => t.Text.EndsWith(TextFit.Ellipsis, System.StringComparison.Ordinal));
        }
    }
}
