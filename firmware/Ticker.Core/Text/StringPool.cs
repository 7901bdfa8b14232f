using Ticker.Data;

namespace Ticker.Text
{
    /// <summary>
    /// Turns decoded characters into strings to keep without allocating again for text seen before: well-known
    /// words (exchange ids, "BTC") map to their constants, and the last few strings made are reused while the feed
    /// keeps sending them (a headline stays the same for many polls).
    /// </summary>
    /// <remarks>
    /// Candidates are compared as character arrays, never through <c>string[i]</c>: nanoCLR stores strings as
    /// UTF-8 and walks each one from the start on every index.
    /// </remarks>
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

        private static readonly char[][] KnownChars = CharsOf(Known);

        private readonly string[] _recent = new string[RecentCapacity];
        private readonly char[][] _recentChars = new char[RecentCapacity][];
        private readonly int[] _recentLength = new int[RecentCapacity];
        private int _next;

        /// <param name="maxLength">The longest text <see cref="Get"/> will be given.</param>
        public StringPool(int maxLength)
        {
            for (int i = 0; i < RecentCapacity; i++)
            {
                _recentChars[i] = new char[maxLength];
            }
        }

        /// <summary>
        /// The string made of the first <paramref name="length"/> characters (at most the constructor's
        /// maxLength), allocated only when it is neither well known nor among the last few made.
        /// </summary>
        public string Get(char[] chars, int length)
        {
            for (int i = 0; i < Known.Length; i++)
            {
                if (Same(KnownChars[i], KnownChars[i].Length, chars, length))
                {
                    return Known[i];
                }
            }

            for (int i = 0; i < RecentCapacity; i++)
            {
                if (_recent[i] != null && Same(_recentChars[i], _recentLength[i], chars, length))
                {
                    return _recent[i];
                }
            }

            string made = new string(chars, 0, length);
            char[] copy = _recentChars[_next];
            for (int i = 0; i < length; i++)
            {
                copy[i] = chars[i];
            }

            _recent[_next] = made;
            _recentLength[_next] = length;
            _next = (_next + 1) % RecentCapacity;
            return made;
        }

        private static char[][] CharsOf(string[] texts)
        {
            char[][] result = new char[texts.Length][];
            for (int i = 0; i < texts.Length; i++)
            {
                result[i] = texts[i].ToCharArray();
            }

            return result;
        }

        private static bool Same(char[] candidate, int candidateLength, char[] chars, int length)
        {
            if (candidateLength != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (candidate[i] != chars[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
