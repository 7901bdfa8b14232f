using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ticker.Data;
using Ticker.Feed.Ingest;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Rest;
using Ticker.Feed.Sources;

namespace Ticker.Feed.Backfill
{
    /// <summary>
    /// At start (with <c>--live</c>), reads OKX's recent liquidations over REST (<c>GET
    /// /api/v5/public/liquidation-orders</c>, about the last day, keyless) for a bounded list of swap families
    /// (<see cref="RestEndpoints.OkxBackfillFamilies"/>), counts them like the stream's, and widens OKX's coverage
    /// back as far as they truly reach, so the windows are whole (or less partial) from the first minutes.
    /// </summary>
    /// <remarks>
    /// Order: it waits for OKX's stream to be heard (the REST rows then overlap the stream, and the aggregator drops
    /// the rows it already counted) and for the instruments list (contract values; the shipped table prices only the
    /// BTC swaps), at most <see cref="ContractsWait"/>. Each family is read newest first, page by page, until a page
    /// is short or reaches back <see cref="Horizon"/>: it is then covered from the horizon; a family still full after
    /// <see cref="RestEndpoints.OkxBackfillMaxPages"/> pages (or whose later page failed) is covered from its oldest
    /// row only. OKX is covered from the latest of the families' starts, and only the rows after it are counted; when
    /// a family fails outright, or has no contract value, the coverage is not widened at all (the rows newer than the
    /// backfill's start still count: they are in the stream's span). At most <see cref="RequestsPerWindow"/> requests
    /// per 2 s, half OKX's limit of 40, as other OKX polls share the address. It never stops the feed: a failure is
    /// counted on the okx source (health), logged in one line per family, and summed up in the backfill's one line.
    /// A replay does not run it again: the pages are recorded, for inspection, and skipped on replay.
    /// </remarks>
    public sealed class OkxLiquidationBackfill : BackgroundService
    {
        /// <summary>How far back OKX's endpoint reaches ("the last day"), and so a complete family's coverage.</summary>
        public static readonly TimeSpan Horizon = TimeSpan.FromHours(24);

        /// <summary>Longest wait for the instruments list before reading with the shipped contract table.</summary>
        public static readonly TimeSpan ContractsWait = TimeSpan.FromMinutes(2);

        /// <summary>Longest a request may take, feed clock.</summary>
        public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

        /// <summary>Requests per 2 s at most.</summary>
        public const int RequestsPerWindow = 20;

        private readonly HttpClient _http;
        private readonly RestEndpoints _endpoints;
        private readonly LiquidationIngest _ingest;
        private readonly OkxContractBook _contracts;
        private readonly OkxLiquidationOrdersParser _parser;
        private readonly SourceHealth _source;
        private readonly IInputRecorder _recorder;
        private readonly TimeProvider _time;
        private readonly ILogger _log;
        private readonly TaskCompletionSource<BackfillReport?> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public OkxLiquidationBackfill(
            HttpClient http,
            RestEndpoints endpoints,
            LiquidationIngest ingest,
            OkxContractBook contracts,
            SourceRegistry sources,
            IInputRecorder recorder,
            TimeProvider time,
            ILogger<OkxLiquidationBackfill> log)
        {
            _http = http ?? throw new ArgumentNullException(nameof(http));
            _endpoints = endpoints ?? throw new ArgumentNullException(nameof(endpoints));
            _ingest = ingest ?? throw new ArgumentNullException(nameof(ingest));
            _contracts = contracts ?? throw new ArgumentNullException(nameof(contracts));
            _parser = new OkxLiquidationOrdersParser(contracts);
            _source = (sources ?? throw new ArgumentNullException(nameof(sources))).Register(ExchangeIds.Okx);
            _recorder = recorder ?? throw new ArgumentNullException(nameof(recorder));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
        }

        /// <summary>Completes with the report when the backfill has run (null when it could not run at all).</summary>
        public Task<BackfillReport?> Done => _done.Task;

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            try
            {
                await _ingest.WhenLive(ExchangeIds.Okx).WaitAsync(stoppingToken).ConfigureAwait(false);
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
                {
                    await Task.WhenAny(_contracts.Loaded, Task.Delay(ContractsWait, _time, wait.Token)).ConfigureAwait(false);
                    stoppingToken.ThrowIfCancellationRequested();
                    await wait.CancelAsync().ConfigureAwait(false);   // the timer is not needed once the list is read
                }

                _done.TrySetResult(await RunAsync(stoppingToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                _done.TrySetResult(null);
            }
            catch (Exception error)
            {
                // Never out of here: a hosted service that throws stops the host.
                _source.ReportFailure("liquidation backfill: " + error.Message);
                _log.LogError("OKX liquidation backfill failed: {Error}. The feed runs on with OKX covered from its stream's start.", error.Message);
                _done.TrySetResult(null);
            }
        }

        /// <summary>Reads every family, counts their liquidations and widens OKX's coverage (see the remarks).</summary>
        public async Task<BackfillReport> RunAsync(CancellationToken cancel)
        {
            long startedMs = NowMs();
            var pacer = new RequestPacer(RequestsPerWindow, TimeSpan.FromSeconds(2), _time);
            var events = new List<LiquidationEvent>();
            var failures = new List<string>();
            int pages = 0;
            long coveredSince = long.MinValue;
            bool whole = true;
            foreach (string family in RestEndpoints.OkxBackfillFamilies)
            {
                FamilyResult result = await ReadFamilyAsync(family, startedMs, pacer, events, cancel).ConfigureAwait(false);
                pages += result.Pages;
                if (result.Failure is string failure)
                {
                    failures.Add(family + ": " + failure);
                    _log.LogWarning("OKX liquidation backfill: {Family} {Outcome}: {Failure}.", family, result.SinceMs is null ? "skipped" : "cut short", failure);
                }

                if (result.SinceMs is long since)
                {
                    coveredSince = Math.Max(coveredSince, since);
                }
                else
                {
                    whole = false;
                }
            }

            long? widenedTo = whole ? coveredSince : null;
            (int added, int known) = _ingest.AddBackfilled(ExchangeIds.Okx, events, widenedTo ?? startedMs);
            if (widenedTo is long sinceMs)
            {
                _ingest.MarkCoveredSince(ExchangeIds.Okx, sinceMs);
            }

            var report = new BackfillReport(RestEndpoints.OkxBackfillFamilies.Count, pages, added, known, widenedTo, failures);
            string coverage = widenedTo is long covered
                ? string.Create(CultureInfo.InvariantCulture, $"OKX covered from {DateTimeOffset.FromUnixTimeMilliseconds(covered):yyyy-MM-dd HH:mm:ss}Z ({(startedMs - covered) / 3_600_000.0:0.0} h back)")
                : $"OKX's coverage not widened ({failures.Count} of {report.Families} families failed)";
            _log.LogInformation(
                "OKX liquidation backfill: {Added} liquidations counted, {Known} already heard, from {Pages} pages of {Families} families; {Coverage}.",
                added,
                known,
                pages,
                report.Families,
                coverage);
            return report;
        }

        private async Task<FamilyResult> ReadFamilyAsync(string family, long startedMs, RequestPacer pacer, List<LiquidationEvent> events, CancellationToken cancel)
        {
            if (!_contracts.Current.TryGet(family + "-SWAP", out _))
            {
                return new FamilyResult(0, null, "no contract value (the instruments list was not read)");
            }

            long horizonMs = startedMs - (long)Horizon.TotalMilliseconds;
            long? beforeMs = null;
            for (int pages = 0; ; pages++)
            {
                if (pages == RestEndpoints.OkxBackfillMaxPages)
                {
                    // Still full pages: what is older than the oldest row read is not known.
                    return new FamilyResult(pages, beforeMs, null);
                }

                await pacer.NextAsync(cancel).ConfigureAwait(false);
                string url = _endpoints.OkxLiquidationOrders(family, beforeMs);
                (int status, byte[]? body, string? error) = await GetAsync(url, cancel).ConfigureAwait(false);
                if (body is not null)
                {
                    _recorder.RecordRest(NowMs(), url, status, body);
                }

                string? failure = error ?? (status == 200 ? null : $"HTTP {status} from {RestPaths.OkxLiquidationOrders}");
                var page = default(OkxLiquidationPage);
                var read = new List<LiquidationEvent>();
                if (failure is null)
                {
                    page = _parser.ParseRest(body!, read, _source.Parse);
                    if (page.Kind == FrameKind.Malformed)
                    {
                        failure = "malformed answer (" + _source.Parse.LastProblem + ")";
                    }
                }

                if (failure is not null)
                {
                    _source.ReportFailure("liquidation backfill " + family + ": " + failure);
                    return new FamilyResult(pages, beforeMs, failure);
                }

                events.AddRange(read);
                if (page.Rows < RestEndpoints.OkxBackfillPageRows || page.OldestMs <= horizonMs)
                {
                    return new FamilyResult(pages + 1, horizonMs, null);
                }

                if (beforeMs is long before && page.OldestMs >= before)
                {
                    // The cursor did not move (a full page of one millisecond): stop rather than loop.
                    return new FamilyResult(pages + 1, page.OldestMs, null);
                }

                beforeMs = page.OldestMs;
            }
        }

        private async Task<(int Status, byte[]? Body, string? Error)> GetAsync(string url, CancellationToken cancel)
        {
            using var timeout = new CancellationTokenSource(RequestTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancel, timeout.Token);
            try
            {
                using HttpResponseMessage response = await _http.GetAsync(url, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
                byte[] body = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
                return ((int)response.StatusCode, body, null);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return (0, null, $"no answer within {(int)RequestTimeout.TotalSeconds} s");
            }
            catch (HttpRequestException error)
            {
                return (0, null, error.Message);
            }
        }

        private long NowMs() => _time.GetUtcNow().ToUnixTimeMilliseconds();

        /// <summary>One family's pages read, where its coverage starts (null: none), and why it stopped early.</summary>
        private readonly record struct FamilyResult(int Pages, long? SinceMs, string? Failure);
    }
}
