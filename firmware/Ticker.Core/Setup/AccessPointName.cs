namespace Ticker.Setup
{
    /// <summary>The setup access point's name: <c>Ticker-XXXX</c>, the last two bytes of the Wi-Fi MAC in hex, so two
    /// gadgets in setup mode side by side can be told apart (the same digits are printed on the setup screen).</summary>
    public static class AccessPointName
    {
        public const string Prefix = "Ticker-";

        /// <summary><c>Ticker-</c> and the last two bytes of <paramref name="mac"/> in upper-case hex; <c>Ticker-0000</c>
        /// when the MAC is unknown (fewer than two bytes).</summary>
        public static string FromMac(byte[] mac)
        {
            if (mac == null || mac.Length < 2)
            {
                return Prefix + "0000";
            }

            int a = mac[mac.Length - 2];
            int b = mac[mac.Length - 1];
            char[] hex = new char[] { Hex(a >> 4), Hex(a & 0xF), Hex(b >> 4), Hex(b & 0xF) };
            return Prefix + new string(hex);
        }

        private static char Hex(int digit)
        {
            return (char)(digit < 10 ? '0' + digit : 'A' + digit - 10);
        }
    }
}
