using System;
using System.Collections.Generic;
using System.Text.Json;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>Shapes several REST endpoints share: the venues' envelopes and time-stamped rows.</summary>
    internal static class RestJson
    {
        /// <summary>Base currencies the feed treats as BTC in spot pair names.</summary>
        public static readonly HashSet<string> BtcNames = new(StringComparer.OrdinalIgnoreCase) { "BTC", "XBT", "XXBT" };

        /// <summary>
        /// Quote currencies of the BTC spot pairs summed: fiat and dollar or euro stablecoins. A pair name such as
        /// <c>BTCUSDT</c> has no separator, so the base is only known when the rest is a known quote.
        /// </summary>
        public static readonly HashSet<string> SpotQuotes = new(StringComparer.OrdinalIgnoreCase)
        {
            "USD", "USDT", "USDC", "FDUSD", "TUSD", "BUSD", "DAI", "USDP", "USD1", "USDE", "PYUSD", "RLUSD", "EUR", "EURI", "EURC", "AEUR",
            "GBP", "JPY", "AUD", "CAD", "CHF", "TRY", "BRL", "ARS", "MXN", "PLN", "RON", "ZAR", "UAH", "COP", "CZK", "IDR", "NGN", "RUB", "KRW",
        };

        /// <summary>The <c>data</c> array of an OKX answer with <c>code</c> "0", or false (counted) for anything else.</summary>
        public static bool TryOkxData(JsonElement body, ParseCounters counters, string what, out JsonElement data)
        {
            data = default;
            if (!VenueJson.TryGetString(body, "code", out string code) || code != "0" || !VenueJson.TryGet(body, "data", JsonValueKind.Array, out data))
            {
                counters.CountMalformed($"okx: {what} answer without code 0 and a data array");
                return false;
            }

            return true;
        }

        /// <summary>The <c>result.list</c> array of a Bybit answer with <c>retCode</c> 0, or false (counted).</summary>
        public static bool TryBybitList(JsonElement body, ParseCounters counters, string what, out JsonElement list)
        {
            list = default;
            if (body.ValueKind != JsonValueKind.Object
                || !body.TryGetProperty("retCode", out JsonElement retCode) || retCode.ValueKind != JsonValueKind.Number || retCode.GetInt32() != 0
                || !VenueJson.TryGet(body, "result", JsonValueKind.Object, out JsonElement result)
                || !VenueJson.TryGet(result, "list", JsonValueKind.Array, out list))
            {
                counters.CountMalformed($"bybit: {what} answer without retCode 0 and result.list");
                return false;
            }

            return true;
        }

        /// <summary>
        /// The row of an array with the newest <paramref name="timeMember"/> (Binance's statistics are oldest first,
        /// but the order is not relied on). False (counted) when there is no row with a time.
        /// </summary>
        public static bool TryNewestRow(JsonElement rows, string timeMember, ParseCounters counters, string what, out JsonElement newest, out long newestMs)
        {
            newest = default;
            newestMs = 0;
            if (rows.ValueKind != JsonValueKind.Array)
            {
                counters.CountMalformed($"{what}: answer is not an array");
                return false;
            }

            foreach (JsonElement row in rows.EnumerateArray())
            {
                if (VenueJson.TryGetTimeMs(row, timeMember, out long timeMs) && timeMs > newestMs)
                {
                    newest = row;
                    newestMs = timeMs;
                }
            }

            if (newestMs == 0)
            {
                counters.CountMalformed($"{what}: no row with a {timeMember}");
                return false;
            }

            return true;
        }

        /// <summary>A period such as <c>5m</c>, <c>1h</c>, <c>1d</c> in milliseconds; 0 when not one.</summary>
        public static long PeriodMs(string? period)
        {
            if (string.IsNullOrEmpty(period) || period.Length < 2 || !int.TryParse(period.AsSpan(0, period.Length - 1), out int count) || count <= 0)
            {
                return 0;
            }

            return period[^1] switch
            {
                'm' => count * 60_000L,
                'h' => count * 3_600_000L,
                'd' => count * 86_400_000L,
                _ => 0,
            };
        }

        /// <summary>Funding as percent per 8 h from a rate per interval of <paramref name="intervalHours"/>.</summary>
        public static decimal Pct8h(decimal ratePerInterval, decimal intervalHours) => ratePerInterval * 100m * 8m / intervalHours;

        /// <summary>True when the pair <paramref name="symbol"/> (no separator, like BTCUSDT) has BTC as base and a known quote.</summary>
        public static bool IsBtcPair(string symbol) =>
            symbol.Length > 3 && symbol.StartsWith("BTC", StringComparison.OrdinalIgnoreCase) && SpotQuotes.Contains(symbol.Substring(3));

        /// <summary>Fails the parse: counts the reason and answers Malformed.</summary>
        /// <summary>
        /// The summed base volume of the BTC pairs in an array of spot tickers (<c>symbol</c> and a volume member), and
        /// how many pairs counted; false when none did.
        /// </summary>
        public static bool TrySumBtcPairVolumes(JsonElement tickers, string volumeMember, out decimal sum, out int pairs)
        {
            sum = 0m;
            pairs = 0;
            foreach (JsonElement ticker in tickers.EnumerateArray())
            {
                if (VenueJson.TryGetString(ticker, "symbol", out string symbol) && IsBtcPair(symbol)
                    && VenueJson.TryGetDecimal(ticker, volumeMember, out decimal volume) && volume >= 0m)
                {
                    sum += volume;
                    pairs++;
                }
            }

            return pairs > 0;
        }

        public static FrameKind Malformed(ParseCounters counters, string reason)
        {
            counters.CountMalformed(reason);
            return FrameKind.Malformed;
        }
    }
}
