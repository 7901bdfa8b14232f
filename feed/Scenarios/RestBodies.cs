using System;
using System.Collections.Generic;
using Ticker.Feed.Rest;

namespace Ticker.Feed.Scenarios
{
    /// <summary>The body a venue would answer to one of the pollers' URLs at an instant of the scenario, found by URL.</summary>
    internal sealed class RestBodies
    {
        private readonly Dictionary<string, Func<long, byte[]>> _byUrl = new(StringComparer.Ordinal);

        public RestBodies(MarketPath path, RestEndpoints urls)
        {
            var derivatives = new DerivativesRest(path);
            var spot = new SpotRest(path);
            _byUrl[urls.BinancePremiumIndex()] = derivatives.BinancePremiumIndex;
            _byUrl[urls.BinanceOpenInterestHist()] = t => derivatives.BinanceOpenInterestHist(t, RestEndpoints.OpenInterestHistRows);
            _byUrl[urls.BinanceTakerRatio()] = derivatives.BinanceTakerRatio;
            _byUrl[urls.BinanceLongShortRatio()] = derivatives.BinanceLongShort;
            _byUrl[urls.BinanceSpotPrice()] = spot.BinancePrice;
            _byUrl[urls.BinanceSpotVolumes()] = spot.BinanceVolumes;
            foreach ((string pair, double share) in SpotRest.BinanceDeltaPairs)
            {
                _byUrl[urls.BinanceSpotKlines(pair)] = t => spot.BinanceKlines(t, RestEndpoints.KlineRows, share);
            }
            _byUrl[urls.BybitLinearTickers()] = derivatives.BybitLinearTickers;
            _byUrl[urls.BybitSpotTickers()] = spot.BybitSpot;
            _byUrl[urls.OkxInstruments()] = _ => DerivativesRest.OkxInstruments();
            foreach (string swap in RestEndpoints.OkxBtcSwaps)
            {
                _byUrl[urls.OkxOpenInterest(swap)] = t => derivatives.OkxOpenInterest(t, swap);
                _byUrl[urls.OkxFundingRate(swap)] = t => derivatives.OkxFundingRate(t, swap);
            }

            _byUrl[urls.OkxSpotTickers()] = spot.OkxSpot;
            _byUrl[urls.OkxSpotTakerVolume("1H")] = t => spot.OkxTakerVolume(t, 3_600_000, 30);
            _byUrl[urls.OkxSpotTakerVolume("5m")] = t => spot.OkxTakerVolume(t, MarketPath.BucketMs, 24);
            _byUrl[urls.CoinbaseVolumeSummary()] = spot.Coinbase;
            _byUrl[urls.KrakenTickers()] = spot.Kraken;
            foreach ((string pair, double share) in SpotRest.BitstampPairs)
            {
                _byUrl[urls.BitstampTicker(pair)] = t => spot.Bitstamp(t, pair, share);
            }
        }

        /// <exception cref="InvalidOperationException">The pollers request a URL the generator has no body for: the generator must learn it.</exception>
        public byte[] For(string url, long t) =>
            _byUrl.TryGetValue(url, out Func<long, byte[]>? body)
                ? body(t)
                : throw new InvalidOperationException($"The scenario generator has no body for the pollers' URL {url}.");
    }
}
