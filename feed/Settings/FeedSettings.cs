using System;
using System.Collections.Generic;
using System.Net;
using Ticker.Feed.Alerts;

namespace Ticker.Feed.Settings
{
    /// <summary>
    /// The feed's settings, read and checked once at start by <see cref="FeedSettingsReader"/>; the defaults are
    /// what a home deployment with a handful of devices needs.
    /// </summary>
    public sealed record FeedSettings
    {
        // One shared instance, so two default settings are equal as records (a list compares by reference).
        private static readonly string[] DefaultBybitSymbols = { "BTCUSDT", "BTCPERP" };
        private static readonly IPNetwork[] NoProxies = Array.Empty<IPNetwork>();

        /// <summary>Bearer token the /v1 endpoints require; null = open feed.</summary>
        public string? Token { get; init; }

        /// <summary>Longest long-poll held, seconds (the snapshot's <c>waitMax</c>); 0 = no long-polling.</summary>
        public int WaitMaxSeconds { get; init; } = 25;

        /// <summary>Most long-polls held at once; past it, requests are answered at once.</summary>
        public int MaxWaiters { get; init; } = 1000;

        /// <summary>Requests per minute one client (IP address) may make to /v1, sustained.</summary>
        public int RateLimitPerMinute { get; init; } = 120;

        /// <summary>Requests one client may make in a burst above the sustained rate.</summary>
        public int RateLimitBurst { get; init; } = 20;

        /// <summary>
        /// Reverse proxies (addresses and networks) whose <c>X-Forwarded-For</c> the feed believes; empty = none, and
        /// every client is keyed by its own connection's address. Behind a trusted proxy the rate limit and the logs
        /// key on the device's address the proxy forwards.
        /// </summary>
        public IReadOnlyList<IPNetwork> TrustedProxies { get; init; } = NoProxies;

        /// <summary>How often the snapshot is rebuilt, seconds. At least 1: <c>seq</c> leans on it (see SnapshotBuilder).</summary>
        public int SnapshotIntervalSeconds { get; init; } = 1;

        /// <summary>How long a source may go without good data and still count as ok, seconds.</summary>
        public int StaleAfterSeconds { get; init; } = 120;

        /// <summary>Whether the exchange websocket connectors run. Off by default, so tests and a bare feed touch no network.</summary>
        public bool LiveSources { get; init; }

        /// <summary>Binance USD-M websocket base (scheme, host, port); the connector adds <c>/market/stream?streams=…</c>.</summary>
        public Uri BinanceUrl { get; init; } = new("wss://fstream.binance.com");

        /// <summary>Bybit websocket base; the connector adds <c>/v5/public/linear</c>.</summary>
        public Uri BybitUrl { get; init; } = new("wss://stream.bybit.com");

        /// <summary>OKX websocket base; the connector adds <c>/ws/v5/public</c>.</summary>
        public Uri OkxUrl { get; init; } = new("wss://ws.okx.com:8443");

        /// <summary>How many of Bybit's most traded linear perpetuals (by 24 h turnover) the liquidation stream follows once the tickers are read.</summary>
        public int BybitTopSymbols { get; init; } = 10;

        /// <summary>Binance USD-M futures REST base (<c>/fapi</c>, <c>/futures/data</c>).</summary>
        public Uri BinanceFuturesRestUrl { get; init; } = new("https://fapi.binance.com");

        /// <summary>Binance spot REST base (<c>/api/v3</c>); <c>https://data-api.binance.vision</c> is the market-data mirror.</summary>
        public Uri BinanceSpotRestUrl { get; init; } = new("https://api.binance.com");

        /// <summary>Bybit REST base (<c>/v5/market</c>).</summary>
        public Uri BybitRestUrl { get; init; } = new("https://api.bybit.com");

        /// <summary>OKX REST base (<c>/api/v5</c>).</summary>
        public Uri OkxRestUrl { get; init; } = new("https://www.okx.com");

        /// <summary>Coinbase Exchange REST base.</summary>
        public Uri CoinbaseRestUrl { get; init; } = new("https://api.exchange.coinbase.com");

        /// <summary>Kraken REST base.</summary>
        public Uri KrakenRestUrl { get; init; } = new("https://api.kraken.com");

        /// <summary>Bitstamp REST base.</summary>
        public Uri BitstampRestUrl { get; init; } = new("https://www.bitstamp.net");

        /// <summary>Where every input is appended as JSON lines (<c>--record</c>); null = no recording.</summary>
        public string? RecordPath { get; init; }

        /// <summary>Bybit linear symbols subscribed to <c>allLiquidation</c> until the tickers name the most traded (Bybit has no wildcard).</summary>
        public IReadOnlyList<string> BybitSymbols { get; init; } = DefaultBybitSymbols;

        /// <summary>How long an open socket may deliver nothing before the connector drops and reopens it, seconds.</summary>
        public int SilenceSeconds { get; init; } = 120;

        /// <summary>First reconnect delay, seconds; doubles per failed attempt (with jitter) up to <see cref="ReconnectMaxSeconds"/>.</summary>
        public int ReconnectMinSeconds { get; init; } = 1;

        /// <summary>Longest reconnect delay, seconds.</summary>
        public int ReconnectMaxSeconds { get; init; } = 60;

        /// <summary>A recording (or a scenario folder) to serve instead of live data; null = no replay. See feed/Replay/.</summary>
        public string? ReplayPath { get; init; }

        /// <summary>Replay speed, simulated seconds per wall-clock second.</summary>
        public double ReplaySpeed { get; init; } = 1;

        /// <summary>Whether a served replay starts over, from a clean market state, when it reaches the end.</summary>
        public bool ReplayLoop { get; init; }

        /// <summary>The cascade rule's thresholds (<c>Feed:Cascade:*</c>, docs/cascade-alerts.md).</summary>
        public CascadeOptions Cascade { get; init; } = new();

        /// <summary>
        /// The SQLite file the feed keeps its state in across restarts; null = memory only (<c>--db none</c>).
        /// Default <see cref="DefaultStoragePath"/>. Only the feed host opens it: settings made in code (tests) touch no file.
        /// </summary>
        public string? StoragePath { get; init; } = DefaultStoragePath;

        /// <summary><c>&lt;local application data&gt;/Ticker/feed.db</c>; null on a machine where the user has no such folder.</summary>
        public static string? DefaultStoragePath { get; } = LocalDataFile();

        /// <summary>Whether <c>GET /metrics</c> (Prometheus) is served.</summary>
        public bool MetricsEnabled { get; init; } = true;

        private static string? LocalDataFile()
        {
            string folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return string.IsNullOrEmpty(folder) ? null : System.IO.Path.Combine(folder, "Ticker", "feed.db");
        }

        /// <summary>The snapshot's <c>waitMax</c>: null when long-polling is off.</summary>
        public int? WaitMax => WaitMaxSeconds > 0 ? WaitMaxSeconds : null;
    }
}
