using Ticker.Config;

namespace Ticker.Drawing
{
    /// <summary>
    /// The screens' colours (0xRRGGBB), by role. Two instances: <see cref="Standard"/> and
    /// <see cref="ColorBlind"/>, which never relies on red against green (blue/orange, from the Okabe-Ito set).
    /// </summary>
    public sealed class Palette
    {
        /// <summary>The usual palette: green for up, red for down.</summary>
        public static readonly Palette Standard = new Palette(
            0x000000, 0xFFFFFF, 0x8C8C8C, 0x303030, 0x2EA043, 0xE5484D, 0xE5484D, 0x2EA043,
            new int[] { 0x2EA043, 0xA3C644, 0xE3B341, 0xF0883E, 0xE5484D },
            new int[] { 0x000000, 0xE3B341, 0xF0883E, 0xE5484D });

        /// <summary>Colour-blind safe: blue for up, orange for down, a blue-to-vermillion risk scale.</summary>
        public static readonly Palette ColorBlind = new Palette(
            0x000000, 0xFFFFFF, 0x8C8C8C, 0x303030, 0x56B4E9, 0xE69F00, 0xE69F00, 0x56B4E9,
            new int[] { 0x0072B2, 0x56B4E9, 0xF0E442, 0xE69F00, 0xD55E00 },
            new int[] { 0x000000, 0xF0E442, 0xE69F00, 0xD55E00 });

        private readonly int[] _bands;
        private readonly int[] _alerts;

        private Palette(int background, int text, int dim, int track, int up, int down, int longSide, int shortSide, int[] bands, int[] alerts)
        {
            Background = background;
            Text = text;
            Dim = dim;
            Track = track;
            Up = up;
            Down = down;
            LongSide = longSide;
            ShortSide = shortSide;
            _bands = bands;
            _alerts = alerts;
        }

        /// <summary>Screen background.</summary>
        public int Background { get; }

        /// <summary>Figures and headings.</summary>
        public int Text { get; }

        /// <summary>Captions, units and secondary text.</summary>
        public int Dim { get; }

        /// <summary>Empty part of bars and tracks.</summary>
        public int Track { get; }

        /// <summary>A rise or buying.</summary>
        public int Up { get; }

        /// <summary>A fall or selling.</summary>
        public int Down { get; }

        /// <summary>Liquidated longs.</summary>
        public int LongSide { get; }

        /// <summary>Liquidated shorts.</summary>
        public int ShortSide { get; }

        /// <summary>The colour of risk band <paramref name="band"/> (0 low .. 4 extreme, see <see cref="Ticker.Views.RiskBands"/>).</summary>
        public int Band(int band)
        {
            if (band < 0)
            {
                band = 0;
            }

            return _bands[band < _bands.Length ? band : _bands.Length - 1];
        }

        /// <summary>The banner's colour for an alert level (1 watch .. 3 cascade).</summary>
        public int Alert(int level)
        {
            if (level < 1)
            {
                level = 1;
            }

            return _alerts[level < _alerts.Length ? level : _alerts.Length - 1];
        }

        /// <summary>The palette a settings value names; <see cref="Standard"/> for anything unknown.</summary>
        public static Palette For(string name)
        {
            return name == DeviceSettings.PaletteColorBlind ? ColorBlind : Standard;
        }

        /// <summary>Black or white, whichever reads better on <paramref name="background"/>.</summary>
        public static int TextOn(int background)
        {
            int r = (background >> 16) & 0xFF;
            int g = (background >> 8) & 0xFF;
            int b = background & 0xFF;
            return (r * 30) + (g * 59) + (b * 11) > 12800 ? 0x000000 : 0xFFFFFF;
        }
    }
}
