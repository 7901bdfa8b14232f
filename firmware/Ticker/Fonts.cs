using nanoFramework.UI;
using Ticker.Drawing;

namespace Ticker
{
    /// <summary>The device's fonts from the app's resources, indexed by the core's <see cref="FontIds"/>
    /// (firmware/Fonts/fonts.json lists them; the .resx embeds the generated .tinyfnt files).</summary>
    public static class Fonts
    {
        public static Font[] Load()
        {
            var fonts = new Font[FontIds.Count];
            fonts[FontIds.Small] = Resources.GetFont(Resources.FontResources.DejaVuSans11);
            fonts[FontIds.Body] = Resources.GetFont(Resources.FontResources.DejaVuSans14);
            fonts[FontIds.Large] = Resources.GetFont(Resources.FontResources.DejaVuSans18);
            fonts[FontIds.Hero] = Resources.GetFont(Resources.FontResources.DejaVuSansBold33);
            fonts[FontIds.HeroLarge] = Resources.GetFont(Resources.FontResources.DejaVuSansBold44);
            return fonts;
        }
    }
}
