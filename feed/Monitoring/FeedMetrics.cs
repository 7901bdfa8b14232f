using System;
using Prometheus;
using Ticker.Data;
using Ticker.Feed.Http;
using Ticker.Feed.Snapshots;
using Ticker.Feed.Sources;
using Ticker.Feed.State;
using Ticker.Feed.Storage;

namespace Ticker.Feed.Monitoring
{
    /// <summary>
    /// The feed's Prometheus metrics (<c>GET /metrics</c>), in a registry of its own (not prometheus-net's static
    /// default, so two feeds in one process, as in the tests, do not share counters). Everything but the request
    /// counter is read from the feed's state just before each scrape: nothing else pays for metrics.
    /// </summary>
    public sealed class FeedMetrics
    {
        private static readonly SourceState[] States = Enum.GetValues<SourceState>();

        private readonly SnapshotHub _hub;
        private readonly LongPollGate _gate;
        private readonly SourceRegistry _sources;
        private readonly MarketState _market;
        private readonly TimeProvider _time;
        private readonly StatePersistence? _storage;
        private readonly Counter _snapshotRequests;
        private readonly Gauge _longPolls;
        private readonly Gauge _longPollCapacity;
        private readonly Gauge _snapshotSeq;
        private readonly Gauge _snapshotBytes;
        private readonly Gauge _snapshotAsOf;
        private readonly Gauge _sourceUp;
        private readonly Gauge _sourceState;
        private readonly Gauge _sourceAge;
        private readonly Counter _frames;
        private readonly Counter _malformed;
        private readonly Counter _skipped;
        private readonly Counter _events;
        private readonly Counter _eventsCounted;
        private readonly Counter _eventsRefused;
        private readonly Gauge _alertLevel;
        private readonly Gauge _riskScore;
        private readonly Gauge? _storageOk;

        public FeedMetrics(SnapshotHub hub, LongPollGate gate, SourceRegistry sources, MarketState market, TimeProvider time, StatePersistence? storage = null)
        {
            _storage = storage;
            _hub = hub ?? throw new ArgumentNullException(nameof(hub));
            _gate = gate ?? throw new ArgumentNullException(nameof(gate));
            _sources = sources ?? throw new ArgumentNullException(nameof(sources));
            _market = market ?? throw new ArgumentNullException(nameof(market));
            _time = time ?? throw new ArgumentNullException(nameof(time));

            Registry = Metrics.NewCustomRegistry();
            MetricFactory factory = Metrics.WithCustomRegistry(Registry);
            _snapshotRequests = factory.CreateCounter("ticker_feed_snapshot_requests_total", "GET /v1/snapshot answers, by HTTP status code.", "code");
            _longPolls = factory.CreateGauge("ticker_feed_long_polls_waiting", "Long-polls held now.");
            _longPollCapacity = factory.CreateGauge("ticker_feed_long_polls_capacity", "Most long-polls held at once (--max-waiters).");
            _snapshotSeq = factory.CreateGauge("ticker_feed_snapshot_seq", "seq of the snapshot served.");
            _snapshotBytes = factory.CreateGauge("ticker_feed_snapshot_bytes", "Body size of the snapshot served (at most 1024).");
            _snapshotAsOf = factory.CreateGauge("ticker_feed_snapshot_as_of_seconds", "asOf of the snapshot served, unix seconds.");
            _sourceUp = factory.CreateGauge("ticker_feed_source_up", "1 while the source is ok, else 0.", "source");
            _sourceState = factory.CreateGauge("ticker_feed_source_state", "1 for the state the source is in (never, connecting, ok, stale, failing), 0 for the others.", "source", "state");
            _sourceAge = factory.CreateGauge("ticker_feed_source_age_seconds", "Seconds since the source last delivered good data; NaN when never.", "source");
            _frames = factory.CreateCounter("ticker_feed_parser_frames_total", "Frames handed to the source's parser.", "source");
            _malformed = factory.CreateCounter("ticker_feed_parser_malformed_total", "Frames or items the source's parser could not read.", "source");
            _skipped = factory.CreateCounter("ticker_feed_parser_skipped_total", "Well-formed items that gave no event.", "source");
            _events = factory.CreateCounter("ticker_feed_parser_events_total", "Liquidation events the source's parser produced.", "source");
            _eventsCounted = factory.CreateCounter("ticker_feed_events_counted_total", "Events of the snapshot's instruments counted in the windows.", "source");
            _eventsRefused = factory.CreateCounter("ticker_feed_events_refused_total", "Events refused for a time outside what the feed keeps.", "source");
            _alertLevel = factory.CreateGauge("ticker_feed_alert_level", "Cascade alert level: 0 none, 1 watch, 2 warning, 3 cascade.");
            _riskScore = factory.CreateGauge("ticker_feed_risk_score", "Leverage-risk score 0-100; NaN when unknown.");
            _storageOk = storage is null ? null : factory.CreateGauge("ticker_feed_storage_ok", "1 while writes to the database (--db) succeed, 0 while they fail; absent with --db none.");
            Registry.AddBeforeCollectCallback(Update);
        }

        /// <summary>The registry /metrics exposes.</summary>
        public CollectorRegistry Registry { get; }

        /// <summary>Counts one answer to GET /v1/snapshot.</summary>
        public void CountSnapshotRequest(int statusCode) =>
            _snapshotRequests.WithLabels(statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)).Inc();

        private void Update()
        {
            long nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            _longPolls.Set(_gate.Waiting);
            _longPollCapacity.Set(_gate.Capacity);
            BuiltSnapshot? snapshot = _hub.Current;
            _snapshotSeq.Set(snapshot?.Seq ?? double.NaN);
            _snapshotBytes.Set(snapshot?.Body.Length ?? double.NaN);
            _snapshotAsOf.Set(snapshot?.AsOf ?? double.NaN);

            foreach (SourceHealth source in _sources.All())
            {
                SourceStatus status = source.StatusAt(nowMs, _sources.StaleAfterFor(source.Id));
                _sourceUp.WithLabels(source.Id).Set(status.Ok ? 1 : 0);
                foreach (SourceState state in States)
                {
                    _sourceState.WithLabels(source.Id, Name(state)).Set(state == status.State ? 1 : 0);
                }

                _sourceAge.WithLabels(source.Id).Set(status.AgeS ?? double.NaN);
                _frames.WithLabels(source.Id).IncTo(source.Parse.Frames);
                _malformed.WithLabels(source.Id).IncTo(source.Parse.Malformed);
                _skipped.WithLabels(source.Id).IncTo(source.Parse.Skipped);
                _events.WithLabels(source.Id).IncTo(source.Parse.Events);
                _eventsCounted.WithLabels(source.Id).IncTo(source.EventsCounted);
                _eventsRefused.WithLabels(source.Id).IncTo(source.EventsRefused);
            }

            _alertLevel.Set((int)(_market.Alert?.Level ?? AlertLevel.None));
            _riskScore.Set(_market.Risk?.Score is decimal score ? (double)score : double.NaN);
            _storageOk?.Set(_storage!.Ok ? 1 : 0);
        }

        private static string Name(SourceState state) => state switch
        {
            SourceState.Never => "never",
            SourceState.Connecting => "connecting",
            SourceState.Ok => "ok",
            SourceState.Stale => "stale",
            _ => "failing",
        };
    }
}
