using System;
using System.Text.Json;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// REST bodies of the derivatives endpoints the pollers read, shaped as the exchanges' documented examples
    /// (shared/reference/payloads) and filled from the <see cref="MarketPath"/> at the instant of the poll.
    /// Open interest is split Binance 45%, Bybit 30%, OKX 25% (OKX: 80% BTC-USDT-SWAP, 20% BTC-USD-SWAP).
    /// </summary>
    internal sealed class DerivativesRest
    {
        public const double BinanceOiShare = 0.45;
        public const double BybitOiShare = 0.30;
        public const double OkxOiShare = 0.25;
        private const long Day = 86_400_000;

        /// <summary>BTC in circulation (Binance's CMCCirculatingSupply), fixed over a scenario.</summary>
        private const decimal CirculatingSupply = 19_850_000m;

        private readonly MarketPath _path;

        public DerivativesRest(MarketPath path)
        {
            _path = path;
        }

        /// <summary><c>/fapi/v1/premiumIndex?symbol=BTCUSDT</c>.</summary>
        public byte[] BinancePremiumIndex(long t) => JsonPayload.Write(w =>
        {
            decimal mark = _path.PriceOf(Instrument.Btc, t);
            w.WriteStartObject();
            w.WriteString("symbol", "BTCUSDT");
            w.WriteString("markPrice", JsonPayload.Dec(mark, 8));
            w.WriteString("indexPrice", JsonPayload.Dec(mark * 0.9998m, 8));
            w.WriteString("estimatedSettlePrice", JsonPayload.Dec(mark * 0.9999m, 8));
            w.WriteString("lastFundingRate", JsonPayload.Dec(_path.FundingPct8h(t) / 100, 8));
            w.WriteString("interestRate", "0.00010000");
            w.WriteNumber("nextFundingTime", (t / (8 * 3_600_000L) + 1) * 8 * 3_600_000L);
            w.WriteNumber("time", t - 5);
            w.WriteEndObject();
        });

        /// <summary><c>/futures/data/takerlongshortRatio?period=5m&amp;limit=1</c>: the last closed bucket.</summary>
        public byte[] BinanceTakerRatio(long t) => JsonPayload.Write(w =>
        {
            long bucket = (t / MarketPath.BucketMs * MarketPath.BucketMs) - MarketPath.BucketMs;
            double ratio = _path.TakerBuySell(bucket);
            // Binance BTCUSDT perpetual taker volume per 5 minutes, BTC.
            double total = 900_000_000.0 / 12 / _path.Price(bucket);
            decimal buy = (decimal)(total * ratio / (1 + ratio));
            decimal sell = (decimal)(total / (1 + ratio));
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteString("buySellRatio", JsonPayload.Dec(Math.Round(buy, 4) / Math.Round(sell, 4), 4));
            w.WriteString("buyVol", JsonPayload.Dec(buy, 4));
            w.WriteString("sellVol", JsonPayload.Dec(sell, 4));
            w.WriteString("timestamp", JsonPayload.Int(bucket));
            w.WriteEndObject();
            w.WriteEndArray();
        });

        /// <summary><c>/futures/data/globalLongShortAccountRatio?period=5m&amp;limit=1</c>.</summary>
        public byte[] BinanceLongShort(long t) => JsonPayload.Write(w =>
        {
            long bucket = (t / MarketPath.BucketMs * MarketPath.BucketMs) - MarketPath.BucketMs;
            decimal ratio = Math.Round((decimal)_path.LongShortRatio(bucket), 4, MidpointRounding.AwayFromZero);
            decimal longs = Math.Round(ratio / (1 + ratio), 4, MidpointRounding.AwayFromZero);
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteString("symbol", "BTCUSDT");
            w.WriteString("longShortRatio", JsonPayload.Dec(ratio, 4));
            w.WriteString("longAccount", JsonPayload.Dec(longs, 4));
            w.WriteString("shortAccount", JsonPayload.Dec(1 - longs, 4));
            w.WriteString("timestamp", JsonPayload.Int(bucket));
            w.WriteEndObject();
            w.WriteEndArray();
        });

        /// <summary><c>/futures/data/openInterestHist?period=5m&amp;limit=289</c>: 24 h of 5-minute rows, oldest first.</summary>
        public byte[] BinanceOpenInterestHist(long t, int rows) => JsonPayload.Write(w =>
        {
            long newest = (t / MarketPath.BucketMs * MarketPath.BucketMs) - MarketPath.BucketMs;
            w.WriteStartArray();
            for (int i = rows - 1; i >= 0; i--)
            {
                long at = newest - (i * MarketPath.BucketMs);
                decimal usd = (decimal)(_path.OiUsd(at) * BinanceOiShare);
                w.WriteStartObject();
                w.WriteString("symbol", "BTCUSDT");
                w.WriteString("sumOpenInterest", JsonPayload.Dec(usd / _path.PriceOf(Instrument.Btc, at), 8));
                w.WriteString("sumOpenInterestValue", JsonPayload.Dec(usd, 8));
                w.WriteString("CMCCirculatingSupply", JsonPayload.Dec(CirculatingSupply, 3));
                w.WriteString("timestamp", JsonPayload.Int(at));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });

        /// <summary><c>/v5/market/tickers?category=linear</c>: BTCUSDT and the altcoins (open interest two-sided, with singleOpenInterestValue).</summary>
        public byte[] BybitLinearTickers(long t) => JsonPayload.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("retCode", 0);
            w.WriteString("retMsg", "OK");
            w.WriteStartObject("result");
            w.WriteString("category", "linear");
            w.WriteStartArray("list");
            decimal funding = (decimal)_path.FundingPct8h(t) / 100m;
            Ticker(w, Instrument.Btc, t, (decimal)(_path.OiUsd(t) * BybitOiShare), 9_000_000_000m, funding);
            decimal turnover = 3_000_000_000m;
            foreach (Instrument alt in Instrument.Altcoins)
            {
                Ticker(w, alt, t, (decimal)(_path.OiUsd(t) * 0.05 * alt.Weight / 30), turnover, funding);
                turnover = Math.Round(turnover * 0.7m, 0);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("retExtInfo");
            w.WriteEndObject();
            w.WriteNumber("time", t - 4);
            w.WriteEndObject();
        });

        /// <summary><c>/api/v5/public/open-interest?instType=SWAP&amp;instId=..</c>.</summary>
        public byte[] OkxOpenInterest(long t, string instId) => JsonPayload.Write(w =>
        {
            bool inverse = instId == "BTC-USD-SWAP";
            decimal usd = (decimal)(_path.OiUsd(t) * OkxOiShare * (inverse ? 0.2 : 0.8));
            decimal price = _path.PriceOf(Instrument.Btc, t);
            decimal coins = usd / price;
            decimal contracts = inverse ? usd / 100m : coins / 0.01m;
            w.WriteStartObject();
            w.WriteString("code", "0");
            w.WriteString("msg", string.Empty);
            w.WriteStartArray("data");
            w.WriteStartObject();
            w.WriteString("instType", "SWAP");
            w.WriteString("instId", instId);
            w.WriteString("oi", JsonPayload.Dec(contracts, 0));
            w.WriteString("oiCcy", JsonPayload.Dec(coins, 4));
            w.WriteString("oiUsd", JsonPayload.Dec(usd, 2));
            w.WriteString("ts", JsonPayload.Int(t - 30));
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });

        /// <summary><c>/api/v5/public/funding-rate?instId=..</c> (8-hour intervals).</summary>
        public byte[] OkxFundingRate(long t, string instId) => JsonPayload.Write(w =>
        {
            long interval = 8 * 3_600_000L;
            long fundingTime = (t / interval + 1) * interval;
            decimal rate = (decimal)_path.FundingPct8h(t) / 100m;
            w.WriteStartObject();
            w.WriteString("code", "0");
            w.WriteStartArray("data");
            w.WriteStartObject();
            w.WriteString("formulaType", "noRate");
            w.WriteString("fundingRate", JsonPayload.Dec(rate, 16));
            w.WriteString("fundingTime", JsonPayload.Int(fundingTime));
            w.WriteString("impactValue", string.Empty);
            w.WriteString("instId", instId);
            w.WriteString("instType", "SWAP");
            w.WriteString("interestRate", string.Empty);
            w.WriteString("maxFundingRate", "0.00375");
            w.WriteString("method", "current_period");
            w.WriteString("minFundingRate", "-0.00375");
            w.WriteString("nextFundingRate", string.Empty);
            w.WriteString("nextFundingTime", JsonPayload.Int(fundingTime + interval));
            w.WriteString("premium", JsonPayload.Dec(rate * 0.5m, 16));
            w.WriteString("settFundingRate", JsonPayload.Dec(rate, 16));
            w.WriteString("settState", "settled");
            w.WriteString("ts", JsonPayload.Int(t - 20));
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteString("msg", string.Empty);
            w.WriteEndObject();
        });

        /// <summary><c>/api/v5/public/instruments?instType=SWAP</c>: the swaps the scenarios liquidate, with their contract values.</summary>
        public static byte[] OkxInstruments() => JsonPayload.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("code", "0");
            w.WriteString("msg", string.Empty);
            w.WriteStartArray("data");
            SwapInstrument(w, "BTC-USD-SWAP", "BTC-USD", "BTC", "100", "USD", "inverse", "1", "0.1");
            SwapInstrument(w, Scenarios.Instrument.Btc.OkxInstId, "BTC-USDT", "USDT", "0.01", "BTC", "linear", "0.01", "0.1");
            foreach (Instrument alt in Scenarios.Instrument.Altcoins)
            {
                SwapInstrument(w, alt.OkxInstId, alt.OkxInstId[..^5], "USDT", alt.OkxCtVal.ToString(System.Globalization.CultureInfo.InvariantCulture), alt.Base, "linear", "1", "0.0001");
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

        private static void SwapInstrument(Utf8JsonWriter w, string instId, string family, string settle, string ctVal, string ctValCcy, string ctType, string lot, string tick)
        {
            w.WriteStartObject();
            w.WriteString("instType", "SWAP");
            w.WriteString("instId", instId);
            w.WriteString("uly", family);
            w.WriteString("instFamily", family);
            w.WriteString("settleCcy", settle);
            w.WriteString("ctVal", ctVal);
            w.WriteString("ctMult", "1");
            w.WriteString("ctValCcy", ctValCcy);
            w.WriteString("ctType", ctType);
            w.WriteString("lotSz", lot);
            w.WriteString("minSz", lot);
            w.WriteString("tickSz", tick);
            w.WriteString("state", "live");
            w.WriteEndObject();
        }

        private void Ticker(Utf8JsonWriter w, Instrument instrument, long t, decimal oneSidedOiUsd, decimal turnover24h, decimal funding)
        {
            decimal price = _path.PriceOf(instrument, t);
            decimal dayAgo = _path.PriceOf(instrument, t - Day);
            decimal hourAgo = _path.PriceOf(instrument, t - 3_600_000);
            int d = instrument.PriceDecimals;
            w.WriteStartObject();
            w.WriteString("symbol", instrument.BinanceSymbol);
            w.WriteString("lastPrice", JsonPayload.Dec(price, d));
            w.WriteString("indexPrice", JsonPayload.Dec(price * 0.9998m, d));
            w.WriteString("markPrice", JsonPayload.Dec(price, d));
            w.WriteString("prevPrice24h", JsonPayload.Dec(dayAgo, d));
            w.WriteString("price24hPcnt", JsonPayload.Dec((price - dayAgo) / dayAgo, 6));
            w.WriteString("highPrice24h", JsonPayload.Dec(Math.Max(price, dayAgo) * 1.004m, d));
            w.WriteString("lowPrice24h", JsonPayload.Dec(Math.Min(price, dayAgo) * 0.996m, d));
            w.WriteString("prevPrice1h", JsonPayload.Dec(hourAgo, d));
            // Bybit counts both sides of each contract in openInterest and openInterestValue (market-data.md, trap 5).
            w.WriteString("openInterest", JsonPayload.Dec(2 * oneSidedOiUsd / price, 3));
            w.WriteString("openInterestValue", JsonPayload.Dec(2 * oneSidedOiUsd, 2));
            w.WriteString("singleOpenInterestValue", JsonPayload.Dec(oneSidedOiUsd, 2));
            w.WriteString("turnover24h", JsonPayload.Dec(turnover24h, 4));
            w.WriteString("volume24h", JsonPayload.Dec(turnover24h / price, 4));
            w.WriteString("fundingRate", JsonPayload.Dec(funding, 6));
            w.WriteString("nextFundingTime", JsonPayload.Int((t / (8 * 3_600_000L) + 1) * 8 * 3_600_000L));
            w.WriteString("fundingIntervalHour", "8");
            w.WriteString("fundingCap", "0.005");
            w.WriteEndObject();
        }
    }
}
