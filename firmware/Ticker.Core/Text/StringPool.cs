using Ticker.Data;

namespace Ticker.Text
{
    /// <summary>
    /// Turns decoded characters into strings to keep without allocating again for text seen before: well-known
    /// words (exchange ids, "BTC") map to their constants, and the last few strings made are reused while the feed
    /// keeps sending them (a headline stays the same for many polls).
    /// </summary>
    internal sealed class StringPool
    {
        private const int RecentCapacity = 8;

        private static readonly string[] Known =
        {
            "BTC",
            ExchangeIds.Binance,
            ExchangeIds.Bybit,
            ExchangeIds.Okx,
            ExchangeIds.Coinbase,
            ExchangeIds.Kraken,
            ExchangeIds.Bitstamp,
        };

        private readonly string[] _recent = new string[RecentCapacity];
        private int _next;

        /// <summary>The string made of the first <paramref name="length"/> characters, allocated only when new.</summary>
        public string Get(char[] chars, int length)
        {
            for (int i = 0; i < Known.Length; i++)
            {
                if (Same(Known[i], chars, length))
                {
                    return Known[i];
                }
            }

            for (int i = 0; i < _recent.Length; i++)
            {
                string candidate = _recent[i];
                if (candidate != null && Same(candidate, chars, length))
                {
                    return candidate;
                }
            }

            string made = new string(chars, 0, length);
            _recent[_next] = made;
            _next = (_next + 1) % RecentCapacity;
            return made;
        }

        private static bool Same(string text, char[] chars, int length)
        {
            if (text.Length != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (text[i] != chars[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
