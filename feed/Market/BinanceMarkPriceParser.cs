using System;
using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.State;

namespace Ticker.Feed.Market
{
    /// <summary>
    /// Binance USD-M <c>!markPrice@arr@1s</c> frames (in the combined-stream wrapper of the <c>/market</c> route):
    /// every perpetual's mark price and funding rate once a second. BTCUSDT's mark price and funding rate <c>r</c> (a
    /// fraction per 8-hour funding interval, kept as percent per 8 h) go to the readings; every perpetual's mark price
    /// goes to the <see cref="MarkPriceHistory"/>, by base asset, for the cascade rule's price confirmation.
    /// </summary>
    public sealed class BinanceMarkPriceParser
    {
        /// <summary>The perpetual whose funding and mark price the feed keeps.</summary>
        public const string Symbol = "BTCUSDT";

        /// <summary>BTCUSDT's funding interval on Binance, hours.</summary>
        public const int FundingIntervalHours = 8;

        /// <summary>Reads one frame into <paramref name="readings"/>; never throws on the frame's content.</summary>
        public FrameKind Parse(ReadOnlySpan<byte> frame, MarketReadings readings, long receivedMs, ParseCounters counters, MarkPriceHistory? marks = null)
        {
            ArgumentNullException.ThrowIfNull(readings);
            ArgumentNullException.ThrowIfNull(counters);
            using JsonDocument? document = VenueJson.TryParse(frame);
            FrameKind kind = document is null ? Malformed(counters, "binance: markPrice frame is not JSON") : Read(document.RootElement, readings, receivedMs, counters, marks);
            counters.CountFrame(kind);
            return kind;
        }

        private static FrameKind Read(JsonElement root, MarketReadings readings, long receivedMs, ParseCounters counters, MarkPriceHistory? marks)
        {
            JsonElement payload = VenueJson.TryGet(root, "data", JsonValueKind.Array, out JsonElement data) ? data : root;
            if (payload.ValueKind != JsonValueKind.Array)
            {
                return Malformed(counters, "binance: markPrice data is not an array");
            }

            int items = 0, malformed = 0;
            foreach (JsonElement item in payload.EnumerateArray())
            {
                items++;
                if (!VenueJson.TryGetString(item, "e", out string type) || type != "markPriceUpdate" || !VenueJson.TryGetString(item, "s", out string symbol))
                {
                    malformed++;
                    continue;
                }

                if (symbol != Symbol)
                {
                    if (marks is not null && BaseAsset.Of(ExchangeIds.Binance, symbol) is string coin
                        && VenueJson.TryGetDecimal(item, "p", out decimal mark) && mark > 0m)
                    {
                        marks.Record(coin, receivedMs, mark);
                    }

                    continue;
                }

                if (!VenueJson.TryGetDecimal(item, "p", out decimal markPrice) || markPrice <= 0m || !VenueJson.TryGetDecimal(item, "r", out decimal rate))
                {
                    malformed++;
                    continue;
                }

                readings.MarkPrice = new PriceSample(markPrice, null, receivedMs);
                marks?.Record(BaseAsset.Btc, receivedMs, markPrice);
                readings.SetFunding(new FundingReading(ExchangeIds.Binance, Symbol, rate * 100m * 8m / FundingIntervalHours, receivedMs));
            }

            if (malformed > 0)
            {
                counters.CountMalformed($"binance: {malformed} markPrice item(s) lack e, s, p or r");
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
