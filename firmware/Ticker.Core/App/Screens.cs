namespace Ticker.App
{
    /// <summary>Screen order and names (nanoCLR prints enums as numbers, so names are written out).</summary>
    public static class Screens
    {
        public const int Count = 5;

        public static ScreenId Next(ScreenId screen)
        {
            return (ScreenId)(((int)screen + 1) % Count);
        }

        public static ScreenId Previous(ScreenId screen)
        {
            return (ScreenId)(((int)screen + Count - 1) % Count);
        }

        /// <summary>The screen's id as used on the command line and in the emulator: gauge, liquidations, spot, market, status.</summary>
        public static string IdOf(ScreenId screen)
        {
            switch (screen)
            {
                case ScreenId.Gauge:
                    return "gauge";
                case ScreenId.Liquidations:
                    return "liquidations";
                case ScreenId.Spot:
                    return "spot";
                case ScreenId.Market:
                    return "market";
                default:
                    return "status";
            }
        }

        /// <summary>The screen for an id from <see cref="IdOf"/>; false when the id is unknown.</summary>
        public static bool TryParse(string id, out ScreenId screen)
        {
            for (int i = 0; i < Count; i++)
            {
                if (IdOf((ScreenId)i) == id)
                {
                    screen = (ScreenId)i;
                    return true;
                }
            }

            screen = ScreenId.Gauge;
            return false;
        }
    }
}
