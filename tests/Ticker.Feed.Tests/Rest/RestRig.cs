using System;
using Microsoft.Extensions.Time.Testing;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Ingest;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;
using Ticker.Feed.Rest;
using Ticker.Feed.Settings;
using Ticker.Feed.Sources;
using Ticker.Feed.State;
using Ticker.Feed.Tests.Support;

namespace Ticker.Feed.Tests.Rest
{
    /// <summary>The real input door with every REST parser, on a fake clock: a test hands it documented bodies by URL.</summary>
    internal sealed class RestRig
    {
        public RestRig()
        {
            Aggregator = new LiquidationAggregator(Clock);
            Aggregator.MarkCoveredSince(TestClock.StartMs - 3_600_000);
            Sources = new SourceRegistry(Clock, new FeedSettings());
            var ingest = new LiquidationIngest(
                new ILiquidationParser[] { new BinanceForceOrderParser(), new BybitAllLiquidationParser(), new OkxLiquidationOrdersParser(Contracts) },
                Aggregator,
                Sources);
            Input = new FeedInput(ingest, Readings, new MarketCombiner(Readings, State), new RestRouter(RestParsers.Create(Contracts, 3)), Sources, Clock, NullInputRecorder.Instance);
        }

        public FakeTimeProvider Clock { get; } = TestClock.New();

        public long Now => Clock.GetUtcNow().ToUnixTimeMilliseconds();

        public LiquidationAggregator Aggregator { get; }

        public SourceRegistry Sources { get; }

        public OkxContractBook Contracts { get; } = new(OkxContractTable.BtcSwaps);

        public MarketReadings Readings { get; } = new();

        public MarketState State { get; } = new();

        public FeedInput Input { get; }

        public static RestEndpoints Endpoints => RestEndpoints.Production;

        public void Rest(string url, string body, int status = 200) => Input.AcceptRest(url, status, VenueFrames.Utf8(body));

        public ParseCounters Counters(string venue) => Sources.Register(venue).Parse;
    }
}
