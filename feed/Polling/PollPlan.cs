using System;
using System.Collections.Generic;
using System.Linq;
using Ticker.Data;
using Ticker.Feed.Rest;

namespace Ticker.Feed.Polling
{
    /// <summary>
    /// What the REST pollers request and how often: one group per venue API, well inside each venue's documented
    /// limits (shared/notes/market-data.md). Statistics that change every 5 minutes are read every minute so a new
    /// bucket is seen soon after it closes; daily data (instruments) once a day.
    /// </summary>
    public static class PollPlan
    {
        public static readonly TimeSpan Fast = TimeSpan.FromSeconds(30);
        public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
        public static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);
        public static readonly TimeSpan Daily = TimeSpan.FromDays(1);

        /// <summary>Binance USD-M's IP weight budget per minute.</summary>
        public const int BinanceFuturesWeightPerMinute = 2400;

        /// <summary>Binance spot's IP weight budget per minute.</summary>
        public const int BinanceSpotWeightPerMinute = 6000;

        public static IReadOnlyList<PollGroup> Create(RestEndpoints endpoints)
        {
            ArgumentNullException.ThrowIfNull(endpoints);
            return new[]
            {
                new PollGroup("binance-futures", ExchangeIds.Binance, new[]
                {
                    new PollTarget(endpoints.BinancePremiumIndex(), Minute),
                    new PollTarget(endpoints.BinanceOpenInterestHist(), FiveMinutes),
                    new PollTarget(endpoints.BinanceTakerRatio(), Minute),
                    new PollTarget(endpoints.BinanceLongShortRatio(), FiveMinutes),
                }, BinanceFuturesWeightPerMinute),
                new PollGroup("binance-spot", ExchangeIds.Binance, new[]
                {
                    new PollTarget(endpoints.BinanceSpotPrice(), Fast),
                    new PollTarget(endpoints.BinanceSpotVolumes(), FiveMinutes),
                }.Concat(RestEndpoints.BinanceSpotDeltaPairs.Select(pair => new PollTarget(endpoints.BinanceSpotKlines(pair), FiveMinutes))).ToArray(), BinanceSpotWeightPerMinute),
                new PollGroup("bybit", ExchangeIds.Bybit, new[]
                {
                    new PollTarget(endpoints.BybitLinearTickers(), Minute),
                    new PollTarget(endpoints.BybitSpotTickers(), FiveMinutes),
                }),
                new PollGroup("okx", ExchangeIds.Okx, new[] { new PollTarget(endpoints.OkxInstruments(), Daily) }
                    .Concat(RestEndpoints.OkxBtcSwaps.Select(swap => new PollTarget(endpoints.OkxOpenInterest(swap), Minute)))
                    .Concat(RestEndpoints.OkxBtcSwaps.Select(swap => new PollTarget(endpoints.OkxFundingRate(swap), Minute)))
                    .Append(new PollTarget(endpoints.OkxSpotTickers(), FiveMinutes))
                    .Append(new PollTarget(endpoints.OkxSpotTakerVolume("1H"), FiveMinutes))
                    .Append(new PollTarget(endpoints.OkxSpotTakerVolume("5m"), FiveMinutes))
                    .ToArray()),
                new PollGroup("coinbase", ExchangeIds.Coinbase, new[] { new PollTarget(endpoints.CoinbaseVolumeSummary(), FiveMinutes) }),
                new PollGroup("kraken", ExchangeIds.Kraken, new[] { new PollTarget(endpoints.KrakenTickers(), FiveMinutes) }),
                new PollGroup("bitstamp", ExchangeIds.Bitstamp, RestEndpoints.BitstampBtcPairs.Select(pair => new PollTarget(endpoints.BitstampTicker(pair), FiveMinutes)).ToArray()),
            };
        }
    }
}
