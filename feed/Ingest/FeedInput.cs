using System;
using System.Text.Json;
using System.Threading;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;
using Ticker.Feed.Rest;
using Ticker.Feed.Sources;
using Ticker.Feed.State;

namespace Ticker.Feed.Ingest
{
    /// <summary>
    /// The feed's one input door (<see cref="IFeedInput"/>): records each input, then routes it. Websocket frames
    /// route by source and stream: Binance's combined stream by its <c>stream</c> name (<c>!forceOrder@arr</c> to the
    /// liquidation ingest, <c>!markPrice@arr@1s</c> to mark price and funding), Bybit's by <c>topic</c>
    /// (<c>allLiquidation.*</c> to the ingest, <c>publicTrade.BTCUSDT</c> to taker volume), OKX's to the ingest.
    /// REST responses route by URL to one parser per endpoint (<see cref="RestRouter"/>). After any market reading
    /// the cross-venue state is recomputed (<see cref="MarketCombiner"/>) on the input's receive time.
    /// </summary>
    /// <remarks>
    /// The receive time is read once per input from the injected <see cref="TimeProvider"/>, and the recording gets
    /// that same time, so a replay that sets the clock to each record's <c>t</c> reproduces the state. Thread-safe:
    /// the connectors and pollers call it concurrently.
    /// </remarks>
    public sealed class FeedInput : IFeedInput
    {
        private readonly LiquidationIngest _liquidations;
        private readonly MarketReadings _readings;
        private readonly MarketCombiner _combiner;
        private readonly RestRouter _rest;
        private readonly SourceRegistry _sources;
        private readonly TimeProvider _time;
        private readonly IInputRecorder _recorder;
        private readonly MarkPriceHistory? _marks;
        private readonly BinanceMarkPriceParser _markPrice = new();
        private readonly BybitPublicTradeParser _trades = new();
        private long _unroutedRest;

        public FeedInput(
            LiquidationIngest liquidations,
            MarketReadings readings,
            MarketCombiner combiner,
            RestRouter rest,
            SourceRegistry sources,
            TimeProvider time,
            IInputRecorder recorder,
            MarkPriceHistory? marks = null)
        {
            _marks = marks;
            _liquidations = liquidations ?? throw new ArgumentNullException(nameof(liquidations));
            _readings = readings ?? throw new ArgumentNullException(nameof(readings));
            _combiner = combiner ?? throw new ArgumentNullException(nameof(combiner));
            _rest = rest ?? throw new ArgumentNullException(nameof(rest));
            _sources = sources ?? throw new ArgumentNullException(nameof(sources));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _recorder = recorder ?? throw new ArgumentNullException(nameof(recorder));
        }

        /// <summary>REST responses whose URL names no endpoint the feed reads (skipped; a wiring or recording mismatch).</summary>
        public long UnroutedRest => Interlocked.Read(ref _unroutedRest);

        /// <summary>The exchange id (health, liquidation venue) of a websocket input source.</summary>
        /// <exception cref="ArgumentException">Not one of <see cref="InputSources"/>' websocket names.</exception>
        public static string VenueOf(string source) => source switch
        {
            InputSources.BinanceUsdmWs => ExchangeIds.Binance,
            InputSources.BybitLinearWs => ExchangeIds.Bybit,
            InputSources.OkxPublicWs => ExchangeIds.Okx,
            _ => throw new ArgumentException($"'{source}' is not a websocket input source ({InputSources.BinanceUsdmWs}, {InputSources.BybitLinearWs}, {InputSources.OkxPublicWs}).", nameof(source)),
        };

        /// <inheritdoc/>
        /// <exception cref="ArgumentException"><paramref name="source"/> is not a websocket source (a wiring bug, not bad input).</exception>
        public FrameKind AcceptFrame(string source, ReadOnlySpan<byte> frame)
        {
            ArgumentNullException.ThrowIfNull(source);
            string venue = VenueOf(source);
            long nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            _recorder.RecordFrame(nowMs, source, frame);
            switch (source)
            {
                case InputSources.BinanceUsdmWs when IsMarkPriceStream(FramePeek.TopLevelString(frame, "stream")):
                    return Market(venue, _markPrice.Parse(frame, _readings, nowMs, _sources.Register(venue).Parse, _marks), nowMs);
                case InputSources.BybitLinearWs when FramePeek.TopLevelString(frame, "topic") == BybitPublicTradeParser.Topic:
                    return Market(venue, _trades.Parse(frame, _readings, _sources.Register(venue).Parse), nowMs);
                case InputSources.BybitLinearWs when FramePeek.TopLevelString(frame, "op") == "subscribe":
                    // A subscription answer starts a connection (or adds topics to one): trades before it may be
                    // missing, so no bucket that began earlier counts as complete.
                    _readings.BybitTrades.MarkGap();
                    return _liquidations.Accept(venue, frame);
                default:
                    return _liquidations.Accept(venue, frame);
            }
        }

        /// <inheritdoc/>
        public void AcceptRest(string url, int status, ReadOnlySpan<byte> body)
        {
            ArgumentNullException.ThrowIfNull(url);
            long nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            _recorder.RecordRest(nowMs, url, status, body);
            RestRequest? request = RestRequest.TryCreate(url);
            if (request?.Path == RestPaths.OkxLiquidationOrders)
            {
                // A start-up backfill's page (Backfill/OkxLiquidationBackfill), recorded for inspection: its coverage
                // depends on all of its pages together, so a replay does not run it again.
                return;
            }

            IRestParser? parser = request is null ? null : _rest.Find(request);
            if (parser is null)
            {
                Interlocked.Increment(ref _unroutedRest);
                return;
            }

            SourceHealth source = _sources.Register(parser.Venue);
            if (status != 200)
            {
                // The poller backs off on its own; here the answer only shows in the source's health.
                source.ReportFailure($"HTTP {status} from {request!.Path}");
                return;
            }

            FrameKind kind;
            using (JsonDocument? document = VenueJson.TryParse(body))
            {
                if (document is null)
                {
                    source.Parse.CountMalformed($"{parser.Venue}: {request!.Path} answered with a body that is not JSON");
                    kind = FrameKind.Malformed;
                }
                else
                {
                    kind = parser.Parse(request!, document.RootElement, _readings, nowMs, source.Parse);
                }
            }

            source.Parse.CountFrame(kind);
            if (kind != FrameKind.Malformed)
            {
                source.ReportGood();
                _combiner.Publish(nowMs);
            }
        }

        private static bool IsMarkPriceStream(string? stream) =>
            stream is not null && (stream.StartsWith("!markPrice@arr", StringComparison.Ordinal) || stream.Contains("@markPrice", StringComparison.Ordinal));

        private FrameKind Market(string venue, FrameKind kind, long nowMs)
        {
            if (kind != FrameKind.Malformed)
            {
                _sources.Register(venue).ReportGood();

                // Mark prices and trades share the liquidation stream's connection: it is live, however quiet.
                _liquidations.MarkLive(venue);
                _combiner.Publish(nowMs);
            }

            return kind;
        }
    }
}
