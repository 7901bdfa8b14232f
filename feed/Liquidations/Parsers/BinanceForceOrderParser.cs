using System;
using System.Collections.Generic;
using System.Text.Json;
using Ticker.Data;

namespace Ticker.Feed.Liquidations.Parsers
{
    /// <summary>
    /// Binance USD-M futures <c>forceOrder</c> events (<c>!forceOrder@arr</c> or <c>&lt;symbol&gt;@forceOrder</c>),
    /// plain or in the combined-stream wrapper <c>{"stream":..,"data":..}</c> that the <c>/market/stream</c> route
    /// sends, as one object or an array of them.
    /// </summary>
    /// <remarks>
    /// <c>o.S</c> is the liquidation engine's ORDER side: SELL closes a long, so SELL = a long was liquidated.
    /// <c>o.z</c> (filled quantity) is in the base asset and <c>o.ap</c> is the average fill price in the quote
    /// asset, so the notional is z x ap. Binance samples these (one order per symbol per second), so totals built
    /// from them are a floor. COIN-M (<c>dapi</c>) quantities are contracts, not base asset: not for this parser.
    /// </remarks>
    public sealed class BinanceForceOrderParser : ILiquidationParser
    {
        public string Venue => ExchangeIds.Binance;

        public FrameKind Parse(ReadOnlySpan<byte> frame, List<LiquidationEvent> events, ParseCounters counters)
        {
            using JsonDocument? document = VenueJson.TryParse(frame);
            FrameKind kind;
            if (document is null)
            {
                counters.CountMalformed("binance: frame is not JSON");
                kind = FrameKind.Malformed;
            }
            else
            {
                kind = ReadFrame(document.RootElement, events, counters);
            }

            counters.CountFrame(kind);
            return kind;
        }

        private FrameKind ReadFrame(JsonElement root, List<LiquidationEvent> events, ParseCounters counters)
        {
            JsonElement payload = root;
            if (VenueJson.Has(root, "stream") && VenueJson.Has(root, "data"))
            {
                payload = root.GetProperty("data");
            }

            if (payload.ValueKind == JsonValueKind.Array)
            {
                return ReadItems(payload, events, counters);
            }

            if (payload.ValueKind == JsonValueKind.Object)
            {
                // Answers to SUBSCRIBE / LIST_SUBSCRIPTIONS requests: {"result":null,"id":1} or {"error":{..},"id":1}.
                if (VenueJson.Has(payload, "id") && (VenueJson.Has(payload, "result") || VenueJson.Has(payload, "error")))
                {
                    return FrameKind.Control;
                }

                return ReadItem(payload, events, counters) == ItemOutcome.Malformed ? FrameKind.Malformed : FrameKind.Data;
            }

            counters.CountMalformed("binance: frame is neither an object nor an array");
            return FrameKind.Malformed;
        }

        private FrameKind ReadItems(JsonElement array, List<LiquidationEvent> events, ParseCounters counters)
        {
            int items = 0;
            int malformed = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                items++;
                if (ReadItem(item, events, counters) == ItemOutcome.Malformed)
                {
                    malformed++;
                }
            }

            return FrameBatch.Kind(items, malformed);
        }

        private ItemOutcome ReadItem(JsonElement item, List<LiquidationEvent> events, ParseCounters counters)
        {
            if (!VenueJson.TryGetString(item, "e", out string eventType) || eventType != "forceOrder"
                || !VenueJson.TryGet(item, "o", JsonValueKind.Object, out JsonElement order))
            {
                counters.CountMalformed("binance: not a forceOrder event");
                return ItemOutcome.Malformed;
            }

            if (!VenueJson.TryGetString(order, "s", out string symbol)
                || !VenueJson.TryGetString(order, "S", out string orderSide)
                || !VenueJson.TryGetDecimal(order, "z", out decimal filledQty)
                || !VenueJson.TryGetDecimal(order, "ap", out decimal averagePrice)
                || !VenueJson.TryGetTimeMs(order, "T", out long timeMs))
            {
                counters.CountMalformed("binance: forceOrder lacks s, S, z, ap or T");
                return ItemOutcome.Malformed;
            }

            PositionSide side;
            switch (orderSide)
            {
                case "SELL":
                    side = PositionSide.Long;
                    break;
                case "BUY":
                    side = PositionSide.Short;
                    break;
                default:
                    counters.CountMalformed("binance: forceOrder side is neither SELL nor BUY");
                    return ItemOutcome.Malformed;
            }

            NotionalCheck check = Notional.ToWholeUsd(out long usd, filledQty, averagePrice);
            return ParsedItem.Complete(check, usd, Venue, symbol, side, timeMs, "binance: forceOrder (z x ap)", events, counters);
        }
    }
}
