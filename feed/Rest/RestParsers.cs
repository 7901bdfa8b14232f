using System.Collections.Generic;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Rest.Parsers;

namespace Ticker.Feed.Rest
{
    /// <summary>One parser per REST endpoint the feed reads (the list <see cref="RestRouter"/> routes over).</summary>
    public static class RestParsers
    {
        /// <param name="okxContracts">The book the OKX instruments list replaces the contract table of.</param>
        /// <param name="bybitTopSymbols">How many of Bybit's most traded perpetuals the liquidation stream follows.</param>
        public static IReadOnlyList<IRestParser> Create(OkxContractBook okxContracts, int bybitTopSymbols) => new IRestParser[]
        {
            new BinanceOpenInterestHistParser(),
            new BinancePremiumIndexParser(),
            new BinanceTakerRatioParser(),
            new BinanceLongShortRatioParser(),
            new BinanceSpotPriceParser(),
            new BinanceSpotVolumesParser(),
            new BinanceSpotKlinesParser(),
            new BybitTickersParser(bybitTopSymbols),
            new OkxInstrumentsParser(okxContracts),
            new OkxOpenInterestParser(),
            new OkxFundingRateParser(),
            new OkxSpotTickersParser(),
            new OkxTakerVolumeParser(),
            new CoinbaseVolumeSummaryParser(),
            new KrakenTickerParser(),
            new BitstampTickerParser(),
        };
    }
}
