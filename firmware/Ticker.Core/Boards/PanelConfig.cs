using Ticker.Config;

namespace Ticker.Boards
{
    /// <summary>
    /// The panel settings in force: the board profile's values with the settings' overrides applied
    /// (docs/settings.md, "Panel"). The display adapter starts the panel from this, the self-test screen shows it,
    /// and the emulator's glass compares it with the board's real panel.
    /// </summary>
    public sealed class PanelConfig
    {
        /// <summary>MADCTL bits (ILI9341 / ILI9342 / ST7789 datasheets: Memory Access Control, 0x36).</summary>
        public const int MadctlMy = 0x80;

        /// <summary>Column address order.</summary>
        public const int MadctlMx = 0x40;

        /// <summary>Blue-green-red subpixel order.</summary>
        public const int MadctlBgr = 0x08;

        private PanelConfig(BoardProfile board, int rotation, int offsetX, int offsetY, bool bgr, bool invert, bool mirror, bool backlightHigh)
        {
            Board = board;
            Rotation = rotation;
            OffsetX = offsetX;
            OffsetY = offsetY;
            ColorOrderBgr = bgr;
            InvertColors = invert;
            Mirror = mirror;
            BacklightActiveHigh = backlightHigh;
        }

        /// <summary>The board whose panel this is.</summary>
        public BoardProfile Board { get; }

        /// <summary>Quarter-turn in degrees (see <see cref="BoardProfile.Rotation"/>).</summary>
        public int Rotation { get; }

        /// <summary>Column offset of the visible window.</summary>
        public int OffsetX { get; }

        /// <summary>Row offset of the visible window.</summary>
        public int OffsetY { get; }

        /// <summary>True for blue-green-red subpixel order.</summary>
        public bool ColorOrderBgr { get; }

        /// <summary>True when the controller runs in display inversion (INVON).</summary>
        public bool InvertColors { get; }

        /// <summary>True when the picture is flipped left to right (column order reversed).</summary>
        public bool Mirror { get; }

        /// <summary>True when a high backlight pin lights the panel.</summary>
        public bool BacklightActiveHigh { get; }

        /// <summary>True when the rotation is the other landscape: the board's picture turned upside down.</summary>
        public bool UpsideDown
        {
            get { return Rotation != Board.Rotation; }
        }

        /// <summary>
        /// The Memory Access Control value for a managed driver: the board's landscape MADCTL, with MX and MY flipped for
        /// the other landscape (a half turn), MX flipped once more for a mirror, and the BGR bit as configured.
        /// </summary>
        public int Madctl
        {
            get
            {
                int madctl = Board.LandscapeMadctl;
                if (UpsideDown)
                {
                    madctl ^= MadctlMx | MadctlMy;
                }

                if (Mirror)
                {
                    madctl ^= MadctlMx;
                }

                return ColorOrderBgr ? madctl | MadctlBgr : madctl & ~MadctlBgr;
            }
        }

        /// <summary>
        /// True when the adapter must swap red and blue as it draws: a built-in driver sets the panel's colour order
        /// itself and offers no command to change it, so an override is applied to every colour instead.
        /// </summary>
        public bool SwapRedBlueInSoftware
        {
            get { return Board.NativeDisplayDriver && ColorOrderBgr != Board.ColorOrderBgr; }
        }

        /// <summary>True when the adapter must invert every colour as it draws (a built-in driver's inversion overridden).</summary>
        public bool InvertInSoftware
        {
            get { return Board.NativeDisplayDriver && InvertColors != Board.InvertColors; }
        }

        /// <summary>True when any value differs from the board profile's.</summary>
        public bool IsOverridden
        {
            get
            {
                return UpsideDown || Mirror || OffsetX != Board.OffsetX || OffsetY != Board.OffsetY ||
                    ColorOrderBgr != Board.ColorOrderBgr || InvertColors != Board.InvertColors ||
                    BacklightActiveHigh != Board.BacklightActiveHigh;
            }
        }

        /// <summary>The board's panel as its profile describes it.</summary>
        public static PanelConfig Of(BoardProfile board)
        {
            return new PanelConfig(board, board.Rotation, board.OffsetX, board.OffsetY, board.ColorOrderBgr, board.InvertColors, false, board.BacklightActiveHigh);
        }

        /// <summary>The panel of <paramref name="board"/> with the overrides of validated <paramref name="settings"/>.</summary>
        public static PanelConfig For(BoardProfile board, DeviceSettings settings)
        {
            return new PanelConfig(
                board,
                settings.PanelRotation == DeviceSettings.BoardNumber ? board.Rotation : settings.PanelRotation,
                settings.PanelOffsetX == DeviceSettings.BoardNumber ? board.OffsetX : settings.PanelOffsetX,
                settings.PanelOffsetY == DeviceSettings.BoardNumber ? board.OffsetY : settings.PanelOffsetY,
                Choose(settings.PanelColorOrder, DeviceSettings.ColorOrderBgr, DeviceSettings.ColorOrderRgb, board.ColorOrderBgr),
                Choose(settings.PanelInversion, DeviceSettings.InversionOn, DeviceSettings.InversionOff, board.InvertColors),
                settings.PanelMirror && !board.NativeDisplayDriver,
                Choose(settings.BacklightActiveLevel, DeviceSettings.LevelHigh, DeviceSettings.LevelLow, board.BacklightActiveHigh));
        }

        /// <summary>"rot 90  offset 40,53" for the self-test screen; a value changed by the settings ends in '*'.</summary>
        public string DescribeGeometry()
        {
            return "rot " + Rotation.ToString() + Mark(UpsideDown) + "  offset " + OffsetX.ToString() + "," + OffsetY.ToString() +
                Mark(OffsetX != Board.OffsetX || OffsetY != Board.OffsetY) + (Mirror ? "  mirror*" : "");
        }

        /// <summary>"BGR  invert on  backlight high" for the self-test screen; a value changed by the settings ends in '*'.</summary>
        public string DescribeColors()
        {
            return (ColorOrderBgr ? "BGR" : "RGB") + Mark(ColorOrderBgr != Board.ColorOrderBgr) +
                "  invert " + (InvertColors ? "on" : "off") + Mark(InvertColors != Board.InvertColors) +
                "  backlight " + (BacklightActiveHigh ? "high" : "low") + Mark(BacklightActiveHigh != Board.BacklightActiveHigh);
        }

        private static string Mark(bool changed)
        {
            return changed ? "*" : "";
        }

        private static bool Choose(string value, string yes, string no, bool boardValue)
        {
            if (value == yes)
            {
                return true;
            }

            return value == no ? false : boardValue;
        }
    }
}
