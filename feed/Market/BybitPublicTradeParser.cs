using System;
using System.Text.Json;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;

namespace Ticker.Feed.Market
{
    /// <summary>
    /// Bybit v5 <c>publicTrade.BTCUSDT</c> frames: each trade's taker side <c>S</c> (Buy = the taker bought) and size
    /// <c>v</c> in BTC go into <see cref="MarketReadings.BybitTrades"/>, Bybit's taker buy/sell buckets (Bybit has no
    /// taker-ratio endpoint).
    /// </summary>
    public sealed class BybitPublicTradeParser
    {
        /// <summary>The topic subscribed: Bybit's BTC linear perpetual.</summary>
        public const string Topic = "publicTrade.BTCUSDT";

        /// <summary>Reads one frame; never throws on the frame's content.</summary>
        public FrameKind Parse(ReadOnlySpan<byte> frame, MarketReadings readings, ParseCounters counters)
        {
            ArgumentNullException.ThrowIfNull(readings);
            ArgumentNullException.ThrowIfNull(counters);
            using JsonDocument? document = VenueJson.TryParse(frame);
            FrameKind kind = document is null ? Malformed(counters, "bybit: publicTrade frame is not JSON") : Read(document.RootElement, readings, counters);
            counters.CountFrame(kind);
            return kind;
        }

        private static FrameKind Read(JsonElement root, MarketReadings readings, ParseCounters counters)
        {
            if (!VenueJson.TryGet(root, "data", JsonValueKind.Array, out JsonElement data))
            {
                return Malformed(counters, "bybit: publicTrade without a data array");
            }

            int items = 0, malformed = 0;
            foreach (JsonElement trade in data.EnumerateArray())
            {
                items++;
                if (!VenueJson.TryGetTimeMs(trade, "T", out long timeMs)
                    || !VenueJson.TryGetString(trade, "S", out string side)
                    || !VenueJson.TryGetDecimal(trade, "v", out decimal size)
                    || size < 0m
                    || (side != "Buy" && side != "Sell"))
                {
                    malformed++;
                    continue;
                }

                readings.BybitTrades.Add(timeMs, side == "Buy", size);
            }

            if (malformed > 0)
            {
                counters.CountMalformed($"bybit: {malformed} publicTrade item(s) lack T, S (Buy/Sell) or v");
            }

            return FrameBatch.Kind(items, malformed);
        }

        private static FrameKind Malformed(ParseCounters counters, string reason)
        {
            counters.CountMalformed(reason);
            return FrameKind.Malformed;
        }
    }
}
