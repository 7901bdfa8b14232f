using System.Linq;
using Ticker.App;
using Ticker.Drawing;
using Ticker.Views;
using Xunit;

namespace Ticker.Core.Tests.Views
{
    /// <summary>The layouts are sound: every widget on screen, none overlapping another, every text box tall enough for its font.</summary>
    public class ScreenLayoutTests
    {
        [Theory]
        [InlineData(240, 135)]
        [InlineData(320, 240)]
        public void Widgets_lie_on_screen_below_the_status_bar_and_never_overlap(int width, int height)
        {
            var painter = new ScreenPainter(width, height, "0.1.0");
            var layout = painter.Layout;
            Assert.Equal(width, layout.Width);
            Assert.Equal(height, layout.Height);
            var screenRect = new Rect(0, 0, width, height);
            var statusBar = new[] { layout.StatusAge, layout.StatusDots, layout.StatusWifi, layout.Divider };
            Assert.All(statusBar.Append(layout.Banner), r => Assert.True(screenRect.Contains(r)));

            foreach (var id in ScreenKit.AllScreens)
            {
                painter.Update(ScreenKit.State(new Ticker.Data.Snapshot(), id), 0);
                var widgets = Enumerable.Range(0, painter.CurrentScreen.WidgetCount).Select(i => painter.CurrentScreen.WidgetAt(i)).ToArray();
                foreach (var w in widgets)
                {
                    Assert.True(screenRect.Contains(w.Bounds), $"{id}: widget off screen");
                    Assert.True(w.Bounds.Y > layout.Divider.Y, $"{id}: widget under the status bar");
                    Assert.True(w.Bounds.Height >= 4, $"{id}: widget too thin to read");
                    if (w is TextWidget text)
                    {
                        Assert.True(w.Bounds.Height >= FontIds.NominalHeight(text.Font), $"{id}: {w.Bounds.Width}x{w.Bounds.Height} lower than its font");
                    }

                    foreach (var other in widgets.Where(o => o != w))
                    {
                        Assert.False(w.Bounds.Intersects(other.Bounds), $"{id}: widgets overlap at ({w.Bounds.X},{w.Bounds.Y})");
                    }
                }
            }
        }

        [Fact]
        public void Each_size_gets_its_layout()
        {
            Assert.Same(ScreenLayout.Small, ScreenLayout.For(240, 135));
            Assert.Same(ScreenLayout.Large, ScreenLayout.For(320, 240));
        }
    }
}
