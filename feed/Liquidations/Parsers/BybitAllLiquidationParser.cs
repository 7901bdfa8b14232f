using System;
using System.Collections.Generic;
using System.Text.Json;
using Ticker.Data;

namespace Ticker.Feed.Liquidations.Parsers
{
    /// <summary>
    /// Bybit v5 public <c>allLiquidation.{symbol}</c> messages on the linear (USDT / USDC) stream: every
    /// liquidation, batched every 500 ms, in <c>data[]</c>.
    /// </summary>
    /// <remarks>
    /// <c>S</c> here is the POSITION side, the opposite convention of Binance: Buy = a long was liquidated.
    /// <c>v</c> is the size in the base asset and <c>p</c> the bankruptcy price, so the notional is v x p. The
    /// deprecated <c>liquidation.{symbol}</c> topic used the order side; its frames are refused rather than read
    /// with the wrong convention. Inverse contracts (sizes in USD) are on another stream and not read here.
    /// </remarks>
    public sealed class BybitAllLiquidationParser : ILiquidationParser
    {
        private const string TopicPrefix = "allLiquidation.";

        public string Venue => ExchangeIds.Bybit;

        public FrameKind Parse(ReadOnlySpan<byte> frame, List<LiquidationEvent> events, ParseCounters counters)
        {
            using JsonDocument? document = VenueJson.TryParse(frame);
            FrameKind kind;
            if (document is null)
            {
                counters.CountMalformed("bybit: frame is not JSON");
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
            if (root.ValueKind != JsonValueKind.Object)
            {
                counters.CountMalformed("bybit: frame is not an object");
                return FrameKind.Malformed;
            }

            if (VenueJson.TryGetString(root, "topic", out string topic))
            {
                if (!topic.StartsWith(TopicPrefix, StringComparison.Ordinal))
                {
                    counters.CountMalformed("bybit: unexpected topic " + Cut(topic));
                    return FrameKind.Malformed;
                }

                if (!VenueJson.TryGet(root, "data", JsonValueKind.Array, out JsonElement data))
                {
                    counters.CountMalformed("bybit: allLiquidation without a data array");
                    return FrameKind.Malformed;
                }

                return ReadItems(data, events, counters);
            }

            // Answers to subscribe and ping: {"success":true,"ret_msg":"pong","conn_id":"..","op":"ping"}.
            if (VenueJson.Has(root, "op") || VenueJson.Has(root, "success"))
            {
                return FrameKind.Control;
            }

            counters.CountMalformed("bybit: frame has neither topic nor op");
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
            if (!VenueJson.TryGetString(item, "s", out string symbol)
                || !VenueJson.TryGetString(item, "S", out string positionSide)
                || !VenueJson.TryGetDecimal(item, "v", out decimal size)
                || !VenueJson.TryGetDecimal(item, "p", out decimal bankruptcyPrice)
                || !VenueJson.TryGetTimeMs(item, "T", out long timeMs))
            {
                counters.CountMalformed("bybit: liquidation lacks s, S, v, p or T");
                return ItemOutcome.Malformed;
            }

            PositionSide side;
            switch (positionSide)
            {
                case "Buy":
                    side = PositionSide.Long;
                    break;
                case "Sell":
                    side = PositionSide.Short;
                    break;
                default:
                    counters.CountMalformed("bybit: liquidation side is neither Buy nor Sell");
                    return ItemOutcome.Malformed;
            }

            NotionalCheck check = Notional.ToWholeUsd(out long usd, size, bankruptcyPrice);
            return ParsedItem.Complete(check, usd, Venue, symbol, side, timeMs, "bybit: liquidation (v x p)", events, counters);
        }

        private static string Cut(string text) => text.Length <= 40 ? text : text.Substring(0, 40);
    }
}
