using System;
using System.Collections.Generic;
using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Ingest;
using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// Writes planned liquidations as each venue's raw websocket messages (shared/reference/payloads):
    /// Binance <c>!forceOrder@arr</c> in the combined-stream wrapper, one order per frame and at most one per symbol
    /// per second (Binance's sampling: a second order moves to the next free second); Bybit <c>allLiquidation.&lt;symbol&gt;</c>
    /// batched per symbol every 500 ms; OKX <c>liquidation-orders</c> batched per instrument per second, sizes in contracts.
    /// Side conventions: Binance order side SELL = a long liquidated; Bybit position side Buy = a long; OKX
    /// posSide long with side sell = a long.
    /// </summary>
    internal sealed class LiquidationFrames
    {
        private readonly MarketPath _path;
        private readonly Xorshift _random;
        private readonly RecordingBuilder _recording;
        private readonly List<GeneratedLiquidation> _written = new();
        private readonly HashSet<(string Symbol, long Second)> _binanceSeconds = new();
        private readonly SortedDictionary<(long Window, string Symbol), List<(PlannedLiquidation Plan, long TimeMs)>> _bybit = new();
        private readonly SortedDictionary<(long Window, string InstId), List<(PlannedLiquidation Plan, long TimeMs)>> _okx = new();

        public LiquidationFrames(MarketPath path, Xorshift random, RecordingBuilder recording)
        {
            _path = path;
            _random = random;
            _recording = recording;
        }

        public IReadOnlyList<GeneratedLiquidation> Written => _written;

        public void WriteAll(IReadOnlyList<PlannedLiquidation> planned)
        {
            foreach (PlannedLiquidation plan in planned)
            {
                switch (plan.Venue)
                {
                    case ExchangeIds.Binance:
                        WriteBinance(plan);
                        break;
                    case ExchangeIds.Bybit:
                        Add(_bybit, (plan.ExchangeTimeMs / 500, plan.Instrument.BinanceSymbol), plan);
                        break;
                    default:
                        Add(_okx, (plan.ExchangeTimeMs / 1000, plan.Instrument.OkxInstId), plan);
                        break;
                }
            }

            foreach (KeyValuePair<(long Window, string Symbol), List<(PlannedLiquidation Plan, long TimeMs)>> batch in _bybit)
            {
                WriteBybit(batch.Key.Window, batch.Key.Symbol, batch.Value);
            }

            foreach (KeyValuePair<(long Window, string InstId), List<(PlannedLiquidation Plan, long TimeMs)>> batch in _okx)
            {
                WriteOkx(batch.Key.InstId, batch.Value);
            }

            _written.Sort((a, b) => a.ExchangeTimeMs != b.ExchangeTimeMs ? a.ExchangeTimeMs.CompareTo(b.ExchangeTimeMs) : string.CompareOrdinal(a.Symbol, b.Symbol));
        }

        private static void Add<TKey>(SortedDictionary<TKey, List<(PlannedLiquidation, long)>> batches, TKey key, PlannedLiquidation plan)
            where TKey : notnull
        {
            if (!batches.TryGetValue(key, out List<(PlannedLiquidation, long)>? list))
            {
                list = new List<(PlannedLiquidation, long)>();
                batches.Add(key, list);
            }

            list.Add((plan, plan.ExchangeTimeMs));
        }

        private void WriteBinance(PlannedLiquidation plan)
        {
            Instrument instrument = plan.Instrument;
            long time = plan.ExchangeTimeMs;
            while (!_binanceSeconds.Add((instrument.BinanceSymbol, time / 1000)))
            {
                time += 1000;
            }

            bool isLong = plan.Side == PositionSide.Long;
            decimal market = _path.PriceOf(instrument, time);
            decimal averagePrice = Round(market * (isLong ? 0.9990m : 1.0010m), instrument.PriceDecimals);
            decimal orderPrice = Round(market * (isLong ? 0.9950m : 1.0050m), instrument.PriceDecimals);
            decimal quantity = Quantity((decimal)plan.Usd / averagePrice, instrument.QtyDecimals);
            long usd = WholeUsd(quantity * averagePrice);
            byte[] frame = JsonPayload.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("stream", "!forceOrder@arr");
                w.WriteStartObject("data");
                w.WriteString("e", "forceOrder");
                w.WriteNumber("E", time + 3);
                w.WriteStartObject("o");
                w.WriteString("s", instrument.BinanceSymbol);
                w.WriteString("S", isLong ? "SELL" : "BUY");
                w.WriteString("o", "LIMIT");
                w.WriteString("f", "IOC");
                w.WriteString("q", JsonPayload.Dec(quantity, instrument.QtyDecimals));
                w.WriteString("p", JsonPayload.Dec(orderPrice, instrument.PriceDecimals));
                w.WriteString("ap", JsonPayload.Dec(averagePrice, instrument.PriceDecimals));
                w.WriteString("X", "FILLED");
                w.WriteString("l", JsonPayload.Dec(quantity, instrument.QtyDecimals));
                w.WriteString("z", JsonPayload.Dec(quantity, instrument.QtyDecimals));
                w.WriteNumber("T", time);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            });
            long received = time + 80 + _random.Next(220);
            _recording.Frame(received, InputSources.BinanceUsdmWs, frame);
            _written.Add(new GeneratedLiquidation(ExchangeIds.Binance, instrument.BinanceSymbol, instrument.Weight == 0, plan.Side, usd, time, received));
        }

        private void WriteBybit(long window, string symbol, List<(PlannedLiquidation Plan, long TimeMs)> batch)
        {
            long pushed = (window + 1) * 500;
            var items = new List<(PlannedLiquidation Plan, decimal Size, decimal Price)>();
            foreach ((PlannedLiquidation plan, long _) in batch)
            {
                bool isLong = plan.Side == PositionSide.Long;
                decimal market = _path.PriceOf(plan.Instrument, plan.ExchangeTimeMs);
                decimal bankruptcy = Round(market * (isLong ? 0.9970m : 1.0030m), plan.Instrument.PriceDecimals);
                decimal size = Quantity((decimal)plan.Usd / bankruptcy, plan.Instrument.QtyDecimals);
                items.Add((plan, size, bankruptcy));
            }

            byte[] frame = JsonPayload.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("topic", "allLiquidation." + symbol);
                w.WriteString("type", "snapshot");
                w.WriteNumber("ts", pushed);
                w.WriteStartArray("data");
                foreach ((PlannedLiquidation plan, decimal size, decimal price) in items)
                {
                    w.WriteStartObject();
                    w.WriteNumber("T", plan.ExchangeTimeMs);
                    w.WriteString("s", symbol);
                    // Bybit's S is the POSITION side: Buy = a long position was liquidated.
                    w.WriteString("S", plan.Side == PositionSide.Long ? "Buy" : "Sell");
                    w.WriteString("v", JsonPayload.Dec(size, plan.Instrument.QtyDecimals));
                    w.WriteString("p", JsonPayload.Dec(price, plan.Instrument.PriceDecimals));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            long received = pushed + 20 + _random.Next(60);
            _recording.Frame(received, InputSources.BybitLinearWs, frame);
            foreach ((PlannedLiquidation plan, decimal size, decimal price) in items)
            {
                _written.Add(new GeneratedLiquidation(ExchangeIds.Bybit, symbol, plan.Instrument.Weight == 0, plan.Side, WholeUsd(size * price), plan.ExchangeTimeMs, received));
            }
        }

        private void WriteOkx(string instId, List<(PlannedLiquidation Plan, long TimeMs)> batch)
        {
            Instrument instrument = batch[0].Plan.Instrument;
            var items = new List<(PlannedLiquidation Plan, long Contracts, decimal Price)>();
            long latest = 0;
            foreach ((PlannedLiquidation plan, long _) in batch)
            {
                bool isLong = plan.Side == PositionSide.Long;
                decimal market = _path.PriceOf(instrument, plan.ExchangeTimeMs);
                decimal bankruptcy = Round(market * (isLong ? 0.9970m : 1.0030m), instrument.PriceDecimals);
                long contracts = Math.Max(1, (long)Math.Round((decimal)plan.Usd / (instrument.OkxCtVal * bankruptcy), MidpointRounding.AwayFromZero));
                items.Add((plan, contracts, bankruptcy));
                latest = Math.Max(latest, plan.ExchangeTimeMs);
            }

            string family = instId.EndsWith("-SWAP", StringComparison.Ordinal) ? instId[..^5] : instId;
            byte[] frame = JsonPayload.Write(w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("arg");
                w.WriteString("channel", "liquidation-orders");
                w.WriteString("instType", "SWAP");
                w.WriteEndObject();
                w.WriteStartArray("data");
                w.WriteStartObject();
                w.WriteStartArray("details");
                foreach ((PlannedLiquidation plan, long contracts, decimal price) in items)
                {
                    bool isLong = plan.Side == PositionSide.Long;
                    w.WriteStartObject();
                    w.WriteString("bkLoss", "0");
                    w.WriteString("bkPx", JsonPayload.Dec(price, instrument.PriceDecimals));
                    w.WriteString("ccy", string.Empty);
                    w.WriteString("posSide", isLong ? "long" : "short");
                    w.WriteString("side", isLong ? "sell" : "buy");
                    w.WriteString("sz", JsonPayload.Int(contracts));
                    w.WriteString("ts", JsonPayload.Int(plan.ExchangeTimeMs));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteString("instFamily", family);
                w.WriteString("instId", instId);
                w.WriteString("instType", "SWAP");
                w.WriteString("uly", family);
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            });
            long received = latest + 120 + _random.Next(200);
            _recording.Frame(received, InputSources.OkxPublicWs, frame);
            foreach ((PlannedLiquidation plan, long contracts, decimal price) in items)
            {
                _written.Add(new GeneratedLiquidation(ExchangeIds.Okx, instId, instrument.Weight == 0, plan.Side, WholeUsd(contracts * instrument.OkxCtVal * price), plan.ExchangeTimeMs, received));
            }
        }

        private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

        /// <summary>A quantity in the instrument's lot: rounded, at least one lot.</summary>
        private static decimal Quantity(decimal value, int decimals)
        {
            decimal lot = 1m;
            for (int i = 0; i < decimals; i++)
            {
                lot /= 10m;
            }

            return Math.Max(lot, Round(value, decimals));
        }

        private static long WholeUsd(decimal usd) => (long)Math.Round(usd, 0, MidpointRounding.AwayFromZero);
    }
}
