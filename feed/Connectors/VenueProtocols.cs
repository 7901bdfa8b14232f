using System;
using System.Collections.Generic;
using System.Linq;
using Ticker.Data;
using Ticker.Feed.Ingest;
using Ticker.Feed.Market;

namespace Ticker.Feed.Connectors
{
    /// <summary>
    /// The three liquidation streams as shared/notes/market-data.md documents them. Paths are fixed here and only
    /// the base address is configurable, so tests and benchmarks can aim a connector at a fake server on loopback
    /// while the venue's route (the part that silently broke on Binance in 2026) stays under test.
    /// </summary>
    public static class VenueProtocols
    {
        /// <summary>Bybit accepts at most 10 args per subscribe request.</summary>
        public const int BybitArgsPerRequest = 10;

        /// <summary>Bybit asks for <c>{"op":"ping"}</c> every 20 s; OKX drops a connection after 30 s without data, so 20 s leaves margin.</summary>
        public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(20);

        /// <summary>The Binance combined streams: all liquidations, and every perpetual's mark price and funding each second.</summary>
        public const string BinanceStreams = "!forceOrder@arr/!markPrice@arr@1s";

        /// <summary>
        /// Binance USD-M liquidations, mark price and funding through the <c>/market</c> combined-stream route; the
        /// subscription is in the URL. The mark-price stream also keeps a correctly routed socket talking in a calm
        /// market, so the silence watchdog fires only on a dead or misrouted one.
        /// The server pings every 3 min and the socket answers by itself, so there is no application ping. An
        /// unrouted socket stays open and silent: the silence watchdog is what catches a wrong route.
        /// </summary>
        public static VenueProtocol Binance(Uri baseUrl) => new(
            ExchangeIds.Binance,
            InputSources.BinanceUsdmWs,
            Combine(baseUrl, "/market/stream?streams=" + BinanceStreams),
            Array.Empty<string>(),
            Ping: null,
            PingEvery: TimeSpan.Zero,
            PingOnlyWhenQuiet: false);

        /// <summary>
        /// Bybit v5 linear: <c>publicTrade.BTCUSDT</c> (Bybit's taker buy/sell) and <c>allLiquidation.{symbol}</c> for
        /// each symbol (no wildcard), at most 10 args per request; ping every 20 s. With <paramref name="topSymbols"/>
        /// (the most traded perpetuals from Bybit's tickers, null until read) each connection takes the current list,
        /// and symbols that join it while connected are subscribed on the open connection; <paramref name="symbols"/>
        /// is the list until then.
        /// </summary>
        public static VenueProtocol Bybit(Uri baseUrl, IReadOnlyList<string> symbols, Func<IReadOnlyList<string>?>? topSymbols = null)
        {
            ArgumentNullException.ThrowIfNull(symbols);
            IReadOnlyList<string> BybitTopics(IReadOnlyList<string> list)
            {
                var topics = new List<string> { BybitPublicTradeParser.Topic };
                topics.AddRange(list.Select(s => "allLiquidation." + s));
                return topics;
            }

            return new VenueProtocol(ExchangeIds.Bybit, InputSources.BybitLinearWs, Combine(baseUrl, "/v5/public/linear"), BybitSubscribe(BybitTopics(symbols)), "{\"op\":\"ping\"}", HeartbeatEvery, PingOnlyWhenQuiet: false)
            {
                Topics = topSymbols is null ? null : () => BybitTopics(topSymbols() ?? symbols),
                SubscribeRequests = BybitSubscribe,
            };
        }

        /// <summary>Bybit subscribe requests for <paramref name="topics"/>, 10 args each.</summary>
        public static IReadOnlyList<string> BybitSubscribe(IReadOnlyList<string> topics)
        {
            ArgumentNullException.ThrowIfNull(topics);
            var requests = new List<string>();
            for (int i = 0; i < topics.Count; i += BybitArgsPerRequest)
            {
                IEnumerable<string> args = topics.Skip(i).Take(BybitArgsPerRequest).Select(t => "\"" + t + "\"");
                requests.Add("{\"op\":\"subscribe\",\"args\":[" + string.Join(",", args) + "]}");
            }

            return requests;
        }

        /// <summary>OKX v5 public <c>liquidation-orders</c> for every SWAP; the bare text <c>ping</c> when quiet.</summary>
        public static VenueProtocol Okx(Uri baseUrl) => new(
            ExchangeIds.Okx,
            InputSources.OkxPublicWs,
            Combine(baseUrl, "/ws/v5/public"),
            new[] { "{\"op\":\"subscribe\",\"args\":[{\"channel\":\"liquidation-orders\",\"instType\":\"SWAP\"}]}" },
            "ping",
            HeartbeatEvery,
            PingOnlyWhenQuiet: true);

        private static Uri Combine(Uri baseUrl, string pathAndQuery)
        {
            ArgumentNullException.ThrowIfNull(baseUrl);
            return new Uri(baseUrl.GetLeftPart(UriPartial.Authority) + pathAndQuery);
        }
    }
}
