using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>
    /// Bybit <c>/v5/market/tickers</c>. <c>category=linear</c>: the BTC perpetuals' funding (<c>fundingRate</c> per
    /// <c>fundingIntervalHour</c>) and open interest, and the most traded perpetuals by <c>turnover24h</c> (the symbols
    /// the liquidation stream subscribes to). <c>category=spot</c>: the BTC pairs' 24 h base volume (<c>volume24h</c>).
    /// </summary>
    /// <remarks>
    /// Bybit's <c>openInterestValue</c> counts both sides of each contract (shared/notes/market-data.md, trap 5), so
    /// the one-sided <c>singleOpenInterestValue</c> (added 2026-06-11) is read, and half of <c>openInterestValue</c>
    /// when a ticker lacks it; either way the value adds up with Binance's and OKX's.
    /// </remarks>
    public sealed class BybitTickersParser : IRestParser
    {
        private readonly int _topSymbols;

        /// <param name="topSymbols">How many of the most traded linear perpetuals to keep for the liquidation subscription.</param>
        public BybitTickersParser(int topSymbols)
        {
            _topSymbols = topSymbols > 0 ? topSymbols : throw new ArgumentOutOfRangeException(nameof(topSymbols));
        }

        public string Venue => ExchangeIds.Bybit;

        public bool Handles(RestRequest request) => request.Path == RestPaths.BybitTickers && request.Query("category") is "linear" or "spot";

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            if (!RestJson.TryBybitList(body, counters, "tickers", out JsonElement list))
            {
                return FrameKind.Malformed;
            }

            return request.Query("category") == "spot" ? ReadSpot(list, readings, receivedMs, counters) : ReadLinear(list, readings, receivedMs, counters);
        }

        private FrameKind ReadLinear(JsonElement list, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            var turnover = new List<(string Symbol, decimal Usd)>();
            int btc = 0;
            foreach (JsonElement ticker in list.EnumerateArray())
            {
                if (!VenueJson.TryGetString(ticker, "symbol", out string symbol))
                {
                    continue;
                }

                if (Perpetuals.Contains(Venue, symbol) && VenueJson.TryGetDecimal(ticker, "turnover24h", out decimal usd))
                {
                    turnover.Add((symbol, usd));
                }

                if (!BtcPerpetuals.Contains(Venue, symbol))
                {
                    continue;
                }

                if (VenueJson.TryGetDecimal(ticker, "fundingRate", out decimal rate))
                {
                    decimal hours = VenueJson.TryGetDecimal(ticker, "fundingIntervalHour", out decimal h) && h > 0m ? h : 8m;
                    readings.SetFunding(new FundingReading(Venue, symbol, RestJson.Pct8h(rate, hours), receivedMs));
                    btc++;
                }

                decimal? oneSided = VenueJson.TryGetDecimal(ticker, "singleOpenInterestValue", out decimal single) && single > 0m ? single
                    : VenueJson.TryGetDecimal(ticker, "openInterestValue", out decimal both) && both > 0m ? both / 2m
                    : null;
                if (oneSided is { } oi)
                {
                    readings.SetOpenInterest(new OpenInterestReading(Venue, symbol, oi, receivedMs));
                    btc++;
                }
            }

            if (btc == 0)
            {
                return RestJson.Malformed(counters, "bybit: linear tickers hold no BTC perpetual with funding or open interest");
            }

            readings.BybitTopSymbols = turnover
                .OrderByDescending(t => t.Usd)
                .ThenBy(t => t.Symbol, StringComparer.Ordinal)
                .Take(_topSymbols)
                .Select(t => t.Symbol)
                .ToArray();
            return FrameKind.Data;
        }

        private FrameKind ReadSpot(JsonElement list, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            if (!RestJson.TrySumBtcPairVolumes(list, "volume24h", out decimal sum, out int pairs))
            {
                return RestJson.Malformed(counters, "bybit: spot tickers hold no BTC pair with volume24h");
            }

            readings.SetSpotVolume(new SpotVolumeReading(Venue, "all", sum, pairs, receivedMs));
            return FrameKind.Data;
        }
    }
}
