using System;
using System.Collections.Generic;
using System.Text.Json;
using Ticker.Data;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// REST bodies of the spot endpoints: the BTC price, each venue's 24 h base volume of its BTC pairs and Binance's
    /// BTCUSDT klines with taker buy volume. A venue's 24 h volume is the path's spot USD per hour times the venue's
    /// share, summed over the 24 h before the poll, in BTC at the poll's price (the feed multiplies back by one price).
    /// Binance has the path's share; the others split the rest: Coinbase 30%, OKX 25%, Bybit 20%, Kraken 13%, Bitstamp 12%.
    /// </summary>
    internal sealed class SpotRest
    {
        private const long Day = 86_400_000;
        private const long Hour = 3_600_000;

        /// <summary>BTCUSDT's part of Binance's BTC spot volume (the klines' pair).</summary>
        private const double BinanceBtcUsdtShare = 0.62;

        private static readonly Dictionary<string, double> OtherVenueShares = new(StringComparer.Ordinal)
        {
            [ExchangeIds.Coinbase] = 0.30,
            [ExchangeIds.Okx] = 0.25,
            [ExchangeIds.Bybit] = 0.20,
            [ExchangeIds.Kraken] = 0.13,
            [ExchangeIds.Bitstamp] = 0.12,
        };

        private readonly MarketPath _path;

        public SpotRest(MarketPath path)
        {
            _path = path;
        }

        /// <summary>Binance's USD-quoted BTC pairs with klines and their shares of its BTC volume (as in its tickers).</summary>
        public static IReadOnlyList<(string Pair, double Share)> BinanceDeltaPairs { get; } = new[]
        {
            ("BTCUSDT", BinanceBtcUsdtShare), ("BTCFDUSD", 0.18), ("BTCUSDC", 0.14),
        };

        /// <summary>Bitstamp's BTC pairs and their shares of its volume.</summary>
        public static IReadOnlyList<(string Pair, double Share)> BitstampPairs { get; } = new[]
        {
            ("btcusd", 0.55), ("btceur", 0.30), ("btcgbp", 0.05), ("btcusdt", 0.06), ("btcusdc", 0.04),
        };

        /// <summary>A venue's BTC spot volume rate at <paramref name="ms"/>, USD per hour.</summary>
        public double VenueUsdPerHour(string venue, long ms)
        {
            double binance = _path.BinanceSpotSharePct(ms) / 100;
            double share = venue == ExchangeIds.Binance ? binance : (1 - binance) * OtherVenueShares[venue];
            return _path.SpotUsdPerHour(ms) * share;
        }

        /// <summary>A venue's 24 h BTC spot volume at <paramref name="t"/>, in BTC.</summary>
        public decimal VenueBase24h(string venue, long t) =>
            (decimal)(_path.Integrate(ms => VenueUsdPerHour(venue, ms), t - Day, t) / (double)_path.PriceOf(Instrument.Btc, t));

        /// <summary><c>/api/v3/ticker/24hr?symbol=BTCUSDT</c> (the full single-symbol form).</summary>
        public byte[] BinancePrice(long t) => JsonPayload.Write(w =>
        {
            decimal price = _path.PriceOf(Instrument.Btc, t);
            decimal open = _path.PriceOf(Instrument.Btc, t - Day);
            decimal volume = VenueBase24h(ExchangeIds.Binance, t) * (decimal)BinanceBtcUsdtShare;
            w.WriteStartObject();
            w.WriteString("symbol", "BTCUSDT");
            w.WriteString("priceChange", JsonPayload.Dec(price - open, 8));
            w.WriteString("priceChangePercent", JsonPayload.Dec((price - open) * 100m / open, 3));
            w.WriteString("weightedAvgPrice", JsonPayload.Dec((price + open) / 2, 8));
            w.WriteString("prevClosePrice", JsonPayload.Dec(open, 8));
            w.WriteString("lastPrice", JsonPayload.Dec(price, 8));
            w.WriteString("lastQty", "0.01200000");
            w.WriteString("bidPrice", JsonPayload.Dec(price - 0.01m, 8));
            w.WriteString("bidQty", "1.50000000");
            w.WriteString("askPrice", JsonPayload.Dec(price, 8));
            w.WriteString("askQty", "2.10000000");
            w.WriteString("openPrice", JsonPayload.Dec(open, 8));
            w.WriteString("highPrice", JsonPayload.Dec(Math.Max(price, open) * 1.004m, 8));
            w.WriteString("lowPrice", JsonPayload.Dec(Math.Min(price, open) * 0.996m, 8));
            w.WriteString("volume", JsonPayload.Dec(volume, 8));
            w.WriteString("quoteVolume", JsonPayload.Dec(volume * price, 8));
            w.WriteNumber("openTime", t - Day);
            w.WriteNumber("closeTime", t);
            w.WriteNumber("firstId", 5_100_000_000 + (t / 1000));
            w.WriteNumber("lastId", 5_101_000_000 + (t / 1000));
            w.WriteNumber("count", 1_000_001);
            w.WriteEndObject();
        });

        /// <summary><c>/api/v3/ticker/24hr?type=MINI</c>: Binance's BTC pairs (and one non-BTC pair, which the feed must skip).</summary>
        public byte[] BinanceVolumes(long t) => JsonPayload.Write(w =>
        {
            decimal total = VenueBase24h(ExchangeIds.Binance, t);
            decimal price = _path.PriceOf(Instrument.Btc, t);
            w.WriteStartArray();
            Mini(w, "BTCUSDT", total * 0.62m, price, t);
            Mini(w, "BTCFDUSD", total * 0.18m, price, t);
            Mini(w, "BTCUSDC", total * 0.14m, price, t);
            Mini(w, "BTCEUR", total * 0.06m, price * 0.92m, t);
            Mini(w, "ETHUSDT", 350_000m, _path.PriceOf(Instrument.Altcoins[0], t), t);
            w.WriteEndArray();
        });

        /// <summary><c>/api/v3/klines?symbol=BTCUSDT&amp;interval=5m&amp;limit=288</c>: the 288 five-minute rows to the current one, of the pair with <paramref name="share"/> of Binance's volume.</summary>
        public byte[] BinanceKlines(long t, int rows, double share) => JsonPayload.Write(w =>
        {
            long newest = t / MarketPath.BucketMs * MarketPath.BucketMs;
            w.WriteStartArray();
            for (int i = rows - 1; i >= 0; i--)
            {
                long open = newest - (i * MarketPath.BucketMs);
                long close = Math.Min(open + MarketPath.BucketMs, t);
                decimal o = _path.PriceOf(Instrument.Btc, open);
                decimal c = _path.PriceOf(Instrument.Btc, close);
                double usd = _path.Integrate(ms => VenueUsdPerHour(ExchangeIds.Binance, ms) * share, open, close);
                decimal quote = (decimal)usd;
                decimal takerBuyQuote = quote * (0.5m + ((decimal)_path.SpotTakerDeltaPct(open + (MarketPath.BucketMs / 2)) / 200m));
                decimal mid = (o + c) / 2;
                w.WriteStartArray();
                w.WriteNumberValue(open);
                w.WriteStringValue(JsonPayload.Dec(o, 2));
                w.WriteStringValue(JsonPayload.Dec(Math.Max(o, c) * 1.0006m, 2));
                w.WriteStringValue(JsonPayload.Dec(Math.Min(o, c) * 0.9994m, 2));
                w.WriteStringValue(JsonPayload.Dec(c, 2));
                w.WriteStringValue(JsonPayload.Dec(quote / mid, 8));
                w.WriteNumberValue(open + MarketPath.BucketMs - 1);
                w.WriteStringValue(JsonPayload.Dec(quote, 8));
                w.WriteNumberValue((long)(usd / 4000));
                w.WriteStringValue(JsonPayload.Dec(takerBuyQuote / mid, 8));
                w.WriteStringValue(JsonPayload.Dec(takerBuyQuote, 8));
                w.WriteStringValue("0");
                w.WriteEndArray();
            }

            w.WriteEndArray();
        });

        /// <summary><c>/v5/market/tickers?category=spot</c>.</summary>
        public byte[] BybitSpot(long t) => JsonPayload.Write(w =>
        {
            decimal total = VenueBase24h(ExchangeIds.Bybit, t);
            decimal price = _path.PriceOf(Instrument.Btc, t);
            w.WriteStartObject();
            w.WriteNumber("retCode", 0);
            w.WriteString("retMsg", "OK");
            w.WriteStartObject("result");
            w.WriteString("category", "spot");
            w.WriteStartArray("list");
            BybitSpotTicker(w, "BTCUSDT", total * 0.85m, price, t);
            BybitSpotTicker(w, "BTCUSDC", total * 0.15m, price, t);
            BybitSpotTicker(w, "ETHUSDT", 120_000m, _path.PriceOf(Instrument.Altcoins[0], t), t);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("retExtInfo");
            w.WriteEndObject();
            w.WriteNumber("time", t - 6);
            w.WriteEndObject();
        });

        /// <summary>
        /// <c>/api/v5/rubik/stat/taker-volume?ccy=BTC&amp;instType=SPOT&amp;period=1H|5m</c>: <paramref name="rows"/> rows
        /// of <paramref name="rowMs"/> to the current one, newest first, <c>[ts, sellVol, buyVol]</c> (sell first) in BTC,
        /// OKX's share of the spot volume split by the path's taker delta as Binance's klines are.
        /// </summary>
        public byte[] OkxTakerVolume(long t, long rowMs, int rows) => JsonPayload.Write(w =>
        {
            long newest = t / rowMs * rowMs;
            w.WriteStartObject();
            w.WriteString("code", "0");
            w.WriteStartArray("data");
            for (int i = 0; i < rows; i++)
            {
                long open = newest - (i * rowMs);
                long close = Math.Min(open + rowMs, t);
                decimal price = _path.PriceOf(Instrument.Btc, (open + close) / 2);
                decimal usd = (decimal)_path.Integrate(ms => VenueUsdPerHour(ExchangeIds.Okx, ms), open, close);
                decimal buyShare = 0.5m + ((decimal)_path.SpotTakerDeltaPct((open + close) / 2) / 200m);
                w.WriteStartArray();
                w.WriteStringValue(open.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteStringValue(JsonPayload.Dec(usd * (1 - buyShare) / price, 4));
                w.WriteStringValue(JsonPayload.Dec(usd * buyShare / price, 4));
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteString("msg", string.Empty);
            w.WriteEndObject();
        });

        /// <summary><c>/api/v5/market/tickers?instType=SPOT</c>.</summary>
        public byte[] OkxSpot(long t) => JsonPayload.Write(w =>
        {
            decimal total = VenueBase24h(ExchangeIds.Okx, t);
            decimal price = _path.PriceOf(Instrument.Btc, t);
            w.WriteStartObject();
            w.WriteString("code", "0");
            w.WriteString("msg", string.Empty);
            w.WriteStartArray("data");
            OkxSpotTicker(w, "BTC-USDT", total * 0.80m, price, t);
            OkxSpotTicker(w, "BTC-USDC", total * 0.15m, price, t);
            OkxSpotTicker(w, "BTC-EUR", total * 0.05m, price * 0.92m, t);
            OkxSpotTicker(w, "ETH-USDT", 150_000m, _path.PriceOf(Instrument.Altcoins[0], t), t);
            w.WriteEndArray();
            w.WriteEndObject();
        });

        /// <summary><c>/products/volume-summary</c>, nested as in Coinbase's documented example.</summary>
        public byte[] Coinbase(long t) => JsonPayload.Write(w =>
        {
            decimal total = VenueBase24h(ExchangeIds.Coinbase, t);
            w.WriteStartArray();
            w.WriteStartArray();
            CoinbaseProduct(w, "BTC", "USD", total * 0.80m);
            CoinbaseProduct(w, "BTC", "EUR", total * 0.12m);
            CoinbaseProduct(w, "BTC", "USDT", total * 0.08m);
            CoinbaseProduct(w, "ETH", "USD", 90_000m);
            w.WriteEndArray();
            w.WriteEndArray();
        });

        /// <summary><c>/0/public/Ticker</c>.</summary>
        public byte[] Kraken(long t) => JsonPayload.Write(w =>
        {
            decimal total = VenueBase24h(ExchangeIds.Kraken, t);
            decimal price = _path.PriceOf(Instrument.Btc, t);
            w.WriteStartObject();
            w.WriteStartArray("error");
            w.WriteEndArray();
            w.WriteStartObject("result");
            KrakenPair(w, "XXBTZUSD", total * 0.60m, price);
            KrakenPair(w, "XXBTZEUR", total * 0.32m, price * 0.92m);
            KrakenPair(w, "XBTUSDT", total * 0.08m, price);
            KrakenPair(w, "XETHZUSD", 30_000m, _path.PriceOf(Instrument.Altcoins[0], t));
            w.WriteEndObject();
            w.WriteEndObject();
        });

        /// <summary><c>/api/v2/ticker/{pair}/</c>.</summary>
        public byte[] Bitstamp(long t, string pair, double share) => JsonPayload.Write(w =>
        {
            decimal volume = VenueBase24h(ExchangeIds.Bitstamp, t) * (decimal)share;
            decimal fx = pair switch
            {
                "btceur" => 0.92m,
                "btcgbp" => 0.79m,
                _ => 1m,
            };
            decimal price = _path.PriceOf(Instrument.Btc, t) * fx;
            decimal open = _path.PriceOf(Instrument.Btc, t - Day) * fx;
            w.WriteStartObject();
            w.WriteString("high", JsonPayload.Dec(Math.Max(price, open) * 1.004m, 2));
            w.WriteString("last", JsonPayload.Dec(price, 2));
            w.WriteString("timestamp", JsonPayload.Int(t / 1000));
            w.WriteString("bid", JsonPayload.Dec(price - 1, 2));
            w.WriteString("vwap", JsonPayload.Dec((price + open) / 2, 2));
            w.WriteString("volume", JsonPayload.Dec(volume, 8));
            w.WriteString("low", JsonPayload.Dec(Math.Min(price, open) * 0.996m, 2));
            w.WriteString("ask", JsonPayload.Dec(price + 1, 2));
            w.WriteString("open", JsonPayload.Dec(open, 2));
            w.WriteEndObject();
        });

        private void Mini(Utf8JsonWriter w, string symbol, decimal volume, decimal price, long t)
        {
            w.WriteStartObject();
            w.WriteString("symbol", symbol);
            w.WriteString("openPrice", JsonPayload.Dec(price, 8));
            w.WriteString("highPrice", JsonPayload.Dec(price * 1.01m, 8));
            w.WriteString("lowPrice", JsonPayload.Dec(price * 0.99m, 8));
            w.WriteString("lastPrice", JsonPayload.Dec(price, 8));
            w.WriteString("volume", JsonPayload.Dec(volume, 8));
            w.WriteString("quoteVolume", JsonPayload.Dec(volume * price, 8));
            w.WriteNumber("openTime", t - Day);
            w.WriteNumber("closeTime", t);
            w.WriteNumber("firstId", 1);
            w.WriteNumber("lastId", 1_000_001);
            w.WriteNumber("count", 1_000_001);
            w.WriteEndObject();
        }

        private void BybitSpotTicker(Utf8JsonWriter w, string symbol, decimal volume, decimal price, long t)
        {
            w.WriteStartObject();
            w.WriteString("symbol", symbol);
            w.WriteString("bid1Price", JsonPayload.Dec(price - 0.01m, 2));
            w.WriteString("bid1Size", "2");
            w.WriteString("ask1Price", JsonPayload.Dec(price, 2));
            w.WriteString("ask1Size", "1.862172");
            w.WriteString("lastPrice", JsonPayload.Dec(price, 2));
            w.WriteString("prevPrice24h", JsonPayload.Dec(price, 2));
            w.WriteString("price24hPcnt", "0");
            w.WriteString("highPrice24h", JsonPayload.Dec(price * 1.01m, 2));
            w.WriteString("lowPrice24h", JsonPayload.Dec(price * 0.99m, 2));
            w.WriteString("turnover24h", JsonPayload.Dec(volume * price, 8));
            w.WriteString("volume24h", JsonPayload.Dec(volume, 5));
            w.WriteString("usdIndexPrice", JsonPayload.Dec(price, 8));
            w.WriteEndObject();
        }

        private static void OkxSpotTicker(Utf8JsonWriter w, string instId, decimal volume, decimal price, long t)
        {
            w.WriteStartObject();
            w.WriteString("instType", "SPOT");
            w.WriteString("instId", instId);
            w.WriteString("last", JsonPayload.Dec(price, 1));
            w.WriteString("lastSz", "0.01");
            w.WriteString("askPx", JsonPayload.Dec(price + 0.1m, 1));
            w.WriteString("askSz", "1.2");
            w.WriteString("bidPx", JsonPayload.Dec(price, 1));
            w.WriteString("bidSz", "0.8");
            w.WriteString("open24h", JsonPayload.Dec(price, 1));
            w.WriteString("high24h", JsonPayload.Dec(price * 1.01m, 1));
            w.WriteString("low24h", JsonPayload.Dec(price * 0.99m, 1));
            w.WriteString("volCcy24h", JsonPayload.Dec(volume * price, 4));
            w.WriteString("vol24h", JsonPayload.Dec(volume, 8));
            w.WriteString("ts", JsonPayload.Int(t - 8));
            w.WriteString("sodUtc0", JsonPayload.Dec(price, 1));
            w.WriteString("sodUtc8", JsonPayload.Dec(price, 1));
            w.WriteEndObject();
        }

        private static void CoinbaseProduct(Utf8JsonWriter w, string baseCurrency, string quote, decimal volume)
        {
            w.WriteStartObject();
            w.WriteString("id", baseCurrency + "-" + quote);
            w.WriteString("base_currency", baseCurrency);
            w.WriteString("quote_currency", quote);
            w.WriteString("display_name", baseCurrency + "-" + quote);
            w.WriteStartArray("market_types");
            w.WriteStringValue("spot");
            w.WriteEndArray();
            w.WriteString("spot_volume_24hour", JsonPayload.Dec(volume, 8));
            w.WriteString("spot_volume_30day", JsonPayload.Dec(volume * 30, 8));
            w.WriteString("rfq_volume_24hour", string.Empty);
            w.WriteString("rfq_volume_30day", string.Empty);
            w.WriteString("conversion_volume_24hour", "0");
            w.WriteString("conversion_volume_30day", "0");
            w.WriteEndObject();
        }

        private static void KrakenPair(Utf8JsonWriter w, string name, decimal volume24h, decimal price)
        {
            w.WriteStartObject(name);
            Triple(w, "a", JsonPayload.Dec(price + 0.1m, 5), "1", "1.000");
            Triple(w, "b", JsonPayload.Dec(price, 5), "1", "1.000");
            w.WriteStartArray("c");
            w.WriteStringValue(JsonPayload.Dec(price, 5));
            w.WriteStringValue("0.00067643");
            w.WriteEndArray();
            w.WriteStartArray("v");
            w.WriteStringValue(JsonPayload.Dec(volume24h * 0.5m, 8));
            w.WriteStringValue(JsonPayload.Dec(volume24h, 8));
            w.WriteEndArray();
            w.WriteStartArray("p");
            w.WriteStringValue(JsonPayload.Dec(price, 5));
            w.WriteStringValue(JsonPayload.Dec(price, 5));
            w.WriteEndArray();
            w.WriteStartArray("t");
            w.WriteNumberValue(34619);
            w.WriteNumberValue(38907);
            w.WriteEndArray();
            w.WriteStartArray("l");
            w.WriteStringValue(JsonPayload.Dec(price * 0.99m, 5));
            w.WriteStringValue(JsonPayload.Dec(price * 0.99m, 5));
            w.WriteEndArray();
            w.WriteStartArray("h");
            w.WriteStringValue(JsonPayload.Dec(price * 1.01m, 5));
            w.WriteStringValue(JsonPayload.Dec(price * 1.01m, 5));
            w.WriteEndArray();
            w.WriteString("o", JsonPayload.Dec(price, 5));
            w.WriteEndObject();
        }

        private static void Triple(Utf8JsonWriter w, string name, string a, string b, string c)
        {
            w.WriteStartArray(name);
            w.WriteStringValue(a);
            w.WriteStringValue(b);
            w.WriteStringValue(c);
            w.WriteEndArray();
        }
    }
}
