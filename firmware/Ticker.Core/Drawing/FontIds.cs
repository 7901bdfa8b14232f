namespace Ticker.Drawing
{
    /// <summary>
    /// The fonts the screens use, by id, smallest first, with the nominal pixel heights the font build generates.
    /// Ids are ints (not an enum) so a smaller font is simply id - 1 when text must shrink to fit.
    /// </summary>
    public static class FontIds
    {
        /// <summary>Regular, 11 px: captions, the status bar.</summary>
        public const int Small = 0;

        /// <summary>Regular, 14 px: secondary figures.</summary>
        public const int Body = 1;

        /// <summary>Regular, 18 px: important figures, the alert banner.</summary>
        public const int Large = 2;

        /// <summary>Bold, 33 px (24 px digits): the hero number on 240x135.</summary>
        public const int Hero = 3;

        /// <summary>Bold, 44 px: the hero number on 320x240.</summary>
        public const int HeroLarge = 4;

        /// <summary>How many font ids there are.</summary>
        public const int Count = 5;

        /// <summary>Nominal pixel height of a font id (Small for unknown ids).</summary>
        public static int NominalHeight(int fontId)
        {
            switch (fontId)
            {
                case Body:
                    return 14;
                case Large:
                    return 18;
                case Hero:
                    return 33;
                case HeroLarge:
                    return 44;
                default:
                    return 11;
            }
        }

        /// <summary>True for the bold hero fonts.</summary>
        public static bool IsBold(int fontId)
        {
            return fontId >= Hero;
        }
    }
}
