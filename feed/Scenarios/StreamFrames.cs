using System;
using System.Globalization;
using Ticker.Feed.Ingest;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// The market websocket messages besides liquidations: Binance <c>!markPrice@arr@1s</c> (mark price and funding
    /// rate <c>r</c>, a fraction per 8 h, of BTC and every scenario altcoin) in the combined-stream wrapper, and Bybit
    /// <c>publicTrade.BTCUSDT</c> taker trades (<c>S</c> = the taker's side) whose buy and sell volumes follow the
    /// path's taker buy/sell ratio. Their rates are the description's <see cref="RecordingRates"/>.
    /// </summary>
    internal sealed class StreamFrames
    {

        /// <summary>Bybit BTCUSDT taker volume per batch, USD (buy + sell).</summary>
        private const double TradeUsdPerBatch = 1_500_000;

        private readonly MarketPath _path;
        private readonly Xorshift _random;
        private readonly RecordingBuilder _recording;
        private readonly long _markPriceEveryMs;
        private readonly long _tradesEveryMs;
        private long _tradeSeq = 1_783_284_617;

        /// <param name="rates">Mark-price frames every 10 s by default rather than Binance's 1 s (the feed samples them at most every 10 s), one Bybit trade batch (a taker buy and a taker sell) every 10 s.</param>
        public StreamFrames(MarketPath path, Xorshift random, RecordingBuilder recording, RecordingRates rates)
        {
            _markPriceEveryMs = rates.MarkPriceEverySeconds * 1000L;
            _tradesEveryMs = rates.TradesEverySeconds * 1000L;
            _path = path;
            _random = random;
            _recording = recording;
        }

        public void WriteAll()
        {
            for (long t = _path.StartMs; t < _path.EndMs; t += _markPriceEveryMs)
            {
                WriteMarkPrice(t);
            }

            for (long t = _path.StartMs + 3_000; _tradesEveryMs > 0 && t < _path.EndMs; t += _tradesEveryMs)
            {
                WriteTrades(t);
            }
        }

        /// <summary>BTC and every altcoin, as Binance's all-market stream carries every perpetual.</summary>
        private static readonly Instrument[] MarkPriced = Concat(Instrument.Btc, Instrument.Altcoins);

        private static Instrument[] Concat(Instrument first, System.Collections.Generic.IReadOnlyList<Instrument> rest)
        {
            var all = new Instrument[rest.Count + 1];
            all[0] = first;
            for (int i = 0; i < rest.Count; i++)
            {
                all[i + 1] = rest[i];
            }

            return all;
        }

        private void WriteMarkPrice(long t)
        {
            long nextFunding = (t / (8 * 3_600_000L) + 1) * 8 * 3_600_000L;
            decimal rate = (decimal)_path.FundingPct8h(t) / 100m;
            byte[] frame = JsonPayload.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("stream", "!markPrice@arr@1s");
                w.WriteStartArray("data");
                foreach (Instrument instrument in MarkPriced)
                {
                    decimal mark = _path.PriceOf(instrument, t);
                    int decimals = instrument.PriceDecimals + 2;
                    w.WriteStartObject();
                    w.WriteString("e", "markPriceUpdate");
                    w.WriteNumber("E", t);
                    w.WriteString("s", instrument.BinanceSymbol);
                    w.WriteString("p", JsonPayload.Dec(mark, decimals));
                    w.WriteString("ap", JsonPayload.Dec(mark, decimals));
                    w.WriteString("i", JsonPayload.Dec(mark * 0.9998m, decimals));
                    w.WriteString("P", JsonPayload.Dec(mark * 0.9999m, decimals));
                    w.WriteString("r", JsonPayload.Dec(rate, 8));
                    w.WriteNumber("T", nextFunding);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            _recording.Frame(t + 30 + _random.Next(40), InputSources.BinanceUsdmWs, frame);
        }

        private void WriteTrades(long t)
        {
            double ratio = _path.TakerBuySell(t);
            decimal price = _path.PriceOf(Instrument.Btc, t);
            decimal buy = Math.Max(0.001m, Math.Round((decimal)(TradeUsdPerBatch * ratio / (1 + ratio)) / price, 3, MidpointRounding.AwayFromZero));
            decimal sell = Math.Max(0.001m, Math.Round((decimal)(TradeUsdPerBatch / (1 + ratio)) / price, 3, MidpointRounding.AwayFromZero));
            byte[] frame = JsonPayload.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("topic", "publicTrade.BTCUSDT");
                w.WriteString("type", "snapshot");
                w.WriteNumber("ts", t);
                w.WriteStartArray("data");
                Trade(w, t - 7, "Buy", buy, price + 0.1m, "PlusTick");
                Trade(w, t - 3, "Sell", sell, price, "MinusTick");
                w.WriteEndArray();
                w.WriteEndObject();
            });
            _recording.Frame(t + 15 + _random.Next(30), InputSources.BybitLinearWs, frame);
        }

        private void Trade(System.Text.Json.Utf8JsonWriter w, long time, string side, decimal size, decimal price, string tick)
        {
            long seq = _tradeSeq++;
            w.WriteStartObject();
            w.WriteNumber("T", time);
            w.WriteString("s", "BTCUSDT");
            w.WriteString("S", side);
            w.WriteString("v", JsonPayload.Dec(size, 3));
            w.WriteString("p", JsonPayload.Dec(price, 2));
            w.WriteString("L", tick);
            w.WriteString("i", "00000000-0000-4000-8000-" + seq.ToString("x12", CultureInfo.InvariantCulture));
            w.WriteBoolean("BT", false);
            w.WriteNumber("seq", seq);
            w.WriteEndObject();
        }
    }
}
