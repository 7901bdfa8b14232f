using System;
using System.Collections.Generic;
using System.Text.Json;
using Ticker.Data;

namespace Ticker.Feed.Liquidations.Parsers
{
    /// <summary>
    /// OKX v5 public <c>liquidation-orders</c> channel (<c>instType</c> SWAP): <c>data[]</c> per instrument, each
    /// with <c>details[]</c> of liquidations, not necessarily in time order.
    /// </summary>
    /// <remarks>
    /// The side: <c>posSide</c> long or short names the position directly; in net mode (<c>posSide</c> net or
    /// empty) the order side decides, sell = a long was liquidated. Sizes (<c>sz</c>) are CONTRACTS: the notional
    /// is sz x ctVal x bkPx for USDT/USDC-margined swaps (ctVal in the coin) and sz x ctVal for coin-margined
    /// <c>-USD-SWAP</c> ones (ctVal in USD), with ctVal from the <see cref="OkxContractBook"/>'s current table.
    /// OKX says this channel does not carry every liquidation: totals are a floor.
    /// </remarks>
    public sealed class OkxLiquidationOrdersParser : ILiquidationParser
    {
        private const string Channel = "liquidation-orders";
        private readonly OkxContractBook _book;

        /// <summary>A parser with a fixed contract table.</summary>
        public OkxLiquidationOrdersParser(OkxContractTable contracts)
            : this(new OkxContractBook(contracts))
        {
        }

        /// <summary>A parser reading the book's current table, which the instruments poll replaces.</summary>
        public OkxLiquidationOrdersParser(OkxContractBook book)
        {
            _book = book ?? throw new ArgumentNullException(nameof(book));
        }

        public string Venue => ExchangeIds.Okx;

        public FrameKind Parse(ReadOnlySpan<byte> frame, List<LiquidationEvent> events, ParseCounters counters)
        {
            FrameKind kind;
            if (IsPong(frame))
            {
                kind = FrameKind.Control;
            }
            else
            {
                using JsonDocument? document = VenueJson.TryParse(frame);
                if (document is null)
                {
                    counters.CountMalformed("okx: frame is not JSON");
                    kind = FrameKind.Malformed;
                }
                else
                {
                    kind = ReadFrame(document.RootElement, events, counters);
                }
            }

            counters.CountFrame(kind);
            return kind;
        }

        /// <summary>
        /// Reads one page of the REST endpoint <c>GET /api/v5/public/liquidation-orders</c> (the backfill): the same
        /// <c>data[].details[]</c> as the channel's pushes, in OKX's REST envelope <c>{"code":"0","msg":"","data":[..]}</c>.
        /// A code other than "0" (OKX's errors come with HTTP 200 too) or another shape is malformed, counted and skipped.
        /// </summary>
        /// <returns>The page's kind, how many details it held (events or not) and the oldest of their times.</returns>
        public OkxLiquidationPage ParseRest(ReadOnlySpan<byte> body, List<LiquidationEvent> events, ParseCounters counters)
        {
            ArgumentNullException.ThrowIfNull(events);
            ArgumentNullException.ThrowIfNull(counters);
            var page = new OkxLiquidationPage(FrameKind.Malformed, 0, long.MaxValue);
            using (JsonDocument? document = VenueJson.TryParse(body))
            {
                if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    counters.CountMalformed("okx: liquidation-orders answer is not a JSON object");
                }
                else if (!VenueJson.TryGetString(document.RootElement, "code", out string code) || code != "0")
                {
                    VenueJson.TryGetString(document.RootElement, "msg", out string message);
                    counters.CountMalformed("okx: liquidation-orders answered code " + Clip(code) + (message.Length > 0 ? " (" + Clip(message) + ")" : ""));
                }
                else if (!VenueJson.TryGet(document.RootElement, "data", JsonValueKind.Array, out JsonElement data))
                {
                    counters.CountMalformed("okx: liquidation-orders answer lacks data[]");
                }
                else
                {
                    int items = 0;
                    int malformed = 0;
                    foreach (JsonElement instrument in data.EnumerateArray())
                    {
                        ReadInstrument(instrument, events, counters, ref items, ref malformed);
                        if (VenueJson.TryGet(instrument, "details", JsonValueKind.Array, out JsonElement details))
                        {
                            foreach (JsonElement detail in details.EnumerateArray())
                            {
                                if (VenueJson.TryGetTimeMs(detail, "ts", out long timeMs) && timeMs < page.OldestMs)
                                {
                                    page = page with { OldestMs = timeMs };
                                }
                            }
                        }
                    }

                    page = page with { Kind = FrameBatch.Kind(items, malformed), Rows = items };
                }
            }

            counters.CountFrame(page.Kind);
            return page;
        }

        private static string Clip(string text) => text.Length <= 60 ? text : text.Substring(0, 60);

        // OKX answers the text "ping" with the bare text "pong", not JSON.
        private static bool IsPong(ReadOnlySpan<byte> frame) => frame.Trim((byte)' ').SequenceEqual("pong"u8);

        private FrameKind ReadFrame(JsonElement root, List<LiquidationEvent> events, ParseCounters counters)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                counters.CountMalformed("okx: frame is not an object");
                return FrameKind.Malformed;
            }

            // {"event":"subscribe",..}, {"event":"error",..}, {"event":"notice",..}: the protocol around the data.
            if (VenueJson.Has(root, "event"))
            {
                return FrameKind.Control;
            }

            if (!VenueJson.TryGet(root, "arg", JsonValueKind.Object, out JsonElement arg)
                || !VenueJson.TryGetString(arg, "channel", out string channel)
                || channel != Channel
                || !VenueJson.TryGet(root, "data", JsonValueKind.Array, out JsonElement data))
            {
                counters.CountMalformed("okx: not a liquidation-orders push");
                return FrameKind.Malformed;
            }

            int items = 0;
            int malformed = 0;
            foreach (JsonElement instrument in data.EnumerateArray())
            {
                ReadInstrument(instrument, events, counters, ref items, ref malformed);
            }

            return FrameBatch.Kind(items, malformed);
        }

        private void ReadInstrument(
            JsonElement instrument, List<LiquidationEvent> events, ParseCounters counters, ref int items, ref int malformed)
        {
            if (!VenueJson.TryGetString(instrument, "instId", out string instId)
                || !VenueJson.TryGet(instrument, "details", JsonValueKind.Array, out JsonElement details))
            {
                items++;
                malformed++;
                counters.CountMalformed("okx: data item lacks instId or details");
                return;
            }

            bool known = _book.Current.TryGet(instId, out OkxContract contract);
            foreach (JsonElement detail in details.EnumerateArray())
            {
                items++;
                if (ReadDetail(instId, known ? contract : null, detail, events, counters) == ItemOutcome.Malformed)
                {
                    malformed++;
                }
            }
        }

        private ItemOutcome ReadDetail(
            string instId, OkxContract? contract, JsonElement detail, List<LiquidationEvent> events, ParseCounters counters)
        {
            if (!VenueJson.TryGetString(detail, "side", out string orderSide)
                || !VenueJson.TryGetDecimal(detail, "sz", out decimal contracts)
                || !VenueJson.TryGetTimeMs(detail, "ts", out long timeMs))
            {
                counters.CountMalformed("okx: detail lacks side, sz or ts");
                return ItemOutcome.Malformed;
            }

            VenueJson.TryGetString(detail, "posSide", out string positionSide);
            PositionSide side;
            if (positionSide == "long")
            {
                side = PositionSide.Long;
            }
            else if (positionSide == "short")
            {
                side = PositionSide.Short;
            }
            else if (positionSide is "net" or "" && orderSide is "sell" or "buy")
            {
                // Net mode: the liquidation order closes the position, so a sell closes a long.
                side = orderSide == "sell" ? PositionSide.Long : PositionSide.Short;
            }
            else
            {
                counters.CountMalformed("okx: detail has no readable posSide/side");
                return ItemOutcome.Malformed;
            }

            NotionalCheck check;
            long usd;
            if (contract is null)
            {
                counters.CountSkipped("okx: no contract value for " + (instId.Length <= 40 ? instId : instId.Substring(0, 40)));
                return ItemOutcome.Skipped;
            }

            if (contract.ValueInUsd)
            {
                check = Notional.ToWholeUsd(out usd, contracts, contract.CtVal);
            }
            else if (VenueJson.TryGetDecimal(detail, "bkPx", out decimal bankruptcyPrice))
            {
                check = Notional.ToWholeUsd(out usd, contracts, contract.CtVal, bankruptcyPrice);
            }
            else
            {
                counters.CountMalformed("okx: detail lacks bkPx");
                return ItemOutcome.Malformed;
            }

            return ParsedItem.Complete(check, usd, Venue, instId, side, timeMs, "okx: liquidation", events, counters);
        }
    }
}
