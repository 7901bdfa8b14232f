using System.Collections.Generic;
using System.Linq;
using Ticker.App;
using Ticker.Drawing;
using Ticker.Text;
using Ticker.Views;
using Xunit;

namespace Ticker.Core.Tests.Views
{
    /// <summary>Text never leaves its widget, whatever the numbers; hero numbers are big enough to read from a metre.</summary>
    public class TextFitTests
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

        [Theory]
        [MemberData(nameof(Cases))]
        public void Extreme_snapshot_text_stays_inside_every_widget(int width, int height, ScreenId screen)
        {
            var painter = new ScreenPainter(width, height, "0.1.0-extremely-long-build-tag");
            var state = ScreenKit.State(ScreenKit.Decode(ScreenKit.ExtremeJson), screen);
            state.LastError = new string('W', 80);
            state.FeedHost = new string('W', 60);
            state.FreeMemoryBytes = long.MaxValue;
            state.DataAgeS = long.MaxValue;
            state.SignalDbm = -100;
            painter.Update(state, 0);
            var surface = ScreenKit.RenderWhole(painter, width, height);

            Assert.Empty(surface.TextOutsideClip);
            Assert.NotEmpty(surface.Texts);

            // The clip was the widget's bounds: check against the widgets themselves too.
            var bounds = Enumerable.Range(0, painter.CurrentScreen.WidgetCount).Select(i => painter.CurrentScreen.WidgetAt(i).Bounds)
                .Concat(new[] { painter.Layout.StatusAge, painter.Layout.Banner }).ToArray();
            foreach (var t in surface.Texts)
            {
                var box = new Rect(t.X, t.Y, t.Width, t.Height);
                Assert.True(bounds.Any(b => b.Contains(box)), $"'{t.Text}' at ({t.X},{t.Y}) {t.Width}x{t.Height} is in no widget");
            }

            // The banner's 24-character headline is shown (cut or shrunk, never spilled).
            Assert.True(painter.Banner.Visible);
        }

        [Fact]
        public void Extreme_values_format_as_expected_on_the_liquidations_screen()
        {
            var painter = new ScreenPainter(240, 135, "0.1.0");
            painter.Update(ScreenKit.State(ScreenKit.Decode(ScreenKit.ExtremeJson), ScreenId.Liquidations), 0);
            var surface = ScreenKit.RenderWhole(painter, 240, 135);
            Assert.Contains(surface.Texts, t => t.Text == "$2.00T");
        }

        [Fact]
        public void Too_wide_text_shrinks_then_is_cut_with_an_ellipsis()
        {
            var canvas = new Canvas(new RasterSurface(100, 50));
            int font;
            Assert.Equal("12345", TextFit.Fit(canvas, "12345", FontIds.Hero, FontIds.Small, 100, 40, out font));
            Assert.Equal(FontIds.Hero, font);
            Assert.Equal("1234567890", TextFit.Fit(canvas, "1234567890", FontIds.Hero, FontIds.Small, 100, 40, out font));
            Assert.Equal(FontIds.Large, font);
            string cut = TextFit.Fit(canvas, new string('x', 40), FontIds.Hero, FontIds.Small, 100, 40, out font);
            Assert.Equal(FontIds.Small, font);
            Assert.EndsWith(TextFit.Ellipsis, cut);
            Assert.True(canvas.MeasureText(cut, font) <= 100);
        }

        [Fact]
        public void Hero_fonts_are_at_least_24_px_on_the_small_screen_and_44_px_on_the_large()
        {
            Assert.True(FontIds.NominalHeight(ScreenLayout.Small.HeroFont) >= 24);
            Assert.Equal(33, FontIds.NominalHeight(ScreenLayout.Small.HeroFont));
            Assert.Equal(44, FontIds.NominalHeight(ScreenLayout.Large.HeroFont));

            // And the hero widgets are tall enough for them, so heroes never fall back for height.
            foreach (var layout in new[] { ScreenLayout.Small, ScreenLayout.Large })
            {
                int hero = FontIds.NominalHeight(layout.HeroFont);
                foreach (var r in new[] { layout.GaugeScore, layout.LiqTotal, layout.SpotShare, layout.MarketPrice })
                {
                    Assert.True(r.Height >= hero, $"hero box {r.Width}x{r.Height} lower than {hero} px");
                }
            }
        }

        [Fact]
        public void Calm_hero_numbers_draw_in_the_hero_font()
        {
            foreach (var (w, h) in ScreenKit.Sizes)
            {
                var painter = new ScreenPainter(w, h, "0.1.0");
                painter.Update(ScreenKit.State(ScreenKit.Example("snapshot-calm.json"), ScreenId.Market), 0);
                var surface = ScreenKit.RenderWhole(painter, w, h);
                Assert.Contains(surface.Texts, t => t.Text == NumberText.Price(9125437) && t.Font == painter.Layout.HeroFont);
            }
        }

        [Fact]
        public void Every_example_keeps_its_hero_numbers_in_the_hero_font()
        {
            foreach (var (w, h) in ScreenKit.Sizes)
            {
                foreach (var name in ScreenKit.ExampleNames())
                {
                    foreach (var screen in new[] { ScreenId.Gauge, ScreenId.Liquidations, ScreenId.Spot, ScreenId.Market })
                    {
                        var painter = new ScreenPainter(w, h, "0.1.0");
                        painter.Update(ScreenKit.State(ScreenKit.Example(name), screen), 0);
                        var surface = ScreenKit.RenderWhole(painter, w, h);
                        var l = painter.Layout;
                        Rect hero = screen == ScreenId.Gauge ? l.GaugeScore : screen == ScreenId.Liquidations ? l.LiqTotal
                            : screen == ScreenId.Spot ? l.SpotShare : l.MarketPrice;
                        var texts = surface.Texts.Where(t => hero.Contains(new Rect(t.X, t.Y, t.Width, t.Height))).ToArray();
                        Assert.Single(texts);
                        Assert.True(texts[0].Font == l.HeroFont, $"{w}x{h} {name} {screen}: '{texts[0].Text}' in font {texts[0].Font}");
                    }
                }
            }
        }
    }
}
