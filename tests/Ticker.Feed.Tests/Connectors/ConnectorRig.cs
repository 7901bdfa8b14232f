using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Connectors;
using Ticker.Feed.Ingest;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;
using Ticker.Feed.Rest;
using Ticker.Feed.Settings;
using Ticker.Feed.Sources;
using Ticker.Feed.State;
using Ticker.Feed.Tests.Support;

namespace Ticker.Feed.Tests.Connectors
{
    /// <summary>One connector wired to the real ingest, aggregator and registry, on a fake clock, started and stopped by a test.</summary>
    internal sealed class ConnectorRig : IAsyncDisposable
    {
        public static readonly TimeSpan Silence = TimeSpan.FromSeconds(60);

        private ConnectorRig(VenueProtocol protocol)
        {
            Aggregator = new LiquidationAggregator(Clock);
            Aggregator.MarkCoveredSince(TestClock.StartMs - 3_600_000);
            Sources = new SourceRegistry(Clock, new FeedSettings());
            Ingest = new LiquidationIngest(
                new ILiquidationParser[] { new BinanceForceOrderParser(), new BybitAllLiquidationParser(), new OkxLiquidationOrdersParser(OkxContractTable.BtcSwaps) },
                Aggregator,
                Sources);
            Readings = new MarketReadings();
            Input = new FeedInput(Ingest, Readings, new MarketCombiner(Readings, Market), new RestRouter(Array.Empty<IRestParser>()), Sources, Clock, NullInputRecorder.Instance);
            Connector = new WebSocketConnector(
                protocol,
                Input,
                Sources,
                Clock,
                Silence,
                new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8), new Random(7)),
                Observer,
                NullLogger<WebSocketConnector>.Instance);
        }

        public FakeTimeProvider Clock { get; } = TestClock.New();

        public LiquidationAggregator Aggregator { get; }

        public SourceRegistry Sources { get; }

        public LiquidationIngest Ingest { get; }

        public MarketReadings Readings { get; }

        public MarketState Market { get; } = new();

        public FeedInput Input { get; }

        public RecordingObserver Observer { get; } = new();

        public WebSocketConnector Connector { get; }

        public SourceHealth Source => Sources.Register(Connector.Venue);

        public SourceState State => Source.StatusAt(Clock.GetUtcNow().ToUnixTimeMilliseconds(), Sources.StaleAfter).State;

        public static async Task<ConnectorRig> StartAsync(VenueProtocol protocol)
        {
            var rig = new ConnectorRig(protocol);
            await rig.Connector.StartAsync(CancellationToken.None);
            return rig;
        }

        public async ValueTask DisposeAsync()
        {
            await Connector.StopAsync(CancellationToken.None).WaitAsync(FakeExchange.Guard);
            Connector.Dispose();
        }
    }
}
