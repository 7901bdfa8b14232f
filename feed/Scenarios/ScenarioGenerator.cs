using System;
using System.Collections.Generic;
using Ticker.Feed.Replay;
using Ticker.Feed.Rest;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// Turns a <see cref="ScenarioDescription"/> into a recording of raw exchange messages, deterministically (one
    /// seeded <see cref="Xorshift"/>, invariant culture, the description's start): liquidation frames of the three
    /// venues, Binance mark price and Bybit public trades, and the REST bodies the pollers request, at the URLs of
    /// <see cref="RestEndpoints.Production"/> and on the schedule in docs/scenarios.md.
    /// </summary>
    public static class ScenarioGenerator
    {
        /// <summary>Every minute: Binance premium index and spot price.</summary>
        public const long FastPollMs = 60_000;

        /// <summary>Every 5 minutes: taker and long/short rows, Bybit linear tickers, OKX open interest and funding, every venue's spot volumes.</summary>
        public const long BucketPollMs = 5 * 60_000;

        /// <summary>Every 15 minutes: the 24 h histories (Binance open interest, BTCUSDT klines).</summary>
        public const long HistoryPollMs = 15 * 60_000;

        public static GeneratedScenario Generate(ScenarioDescription description)
        {
            ArgumentNullException.ThrowIfNull(description);
            description.Validate();
            var random = new Xorshift(description.Seed);
            var path = new MarketPath(description);
            var recording = new RecordingBuilder();

            var liquidations = new LiquidationFrames(path, random, recording);
            liquidations.WriteAll(LiquidationPlanner.Plan(description, random));
            new StreamFrames(path, random, recording).WriteAll();
            WriteRest(path, random, recording);

            var markers = new List<ReplayMarker>();
            long at = 0;
            foreach (ScenarioPhase phase in description.Phases)
            {
                markers.Add(new ReplayMarker(at, phase.Label));
                at += phase.Minutes * 60_000L;
            }

            return new GeneratedScenario(recording.ToBytes(), MarkersJson(description, markers), markers, liquidations.Written, recording.Count);
        }

        private static void WriteRest(MarketPath path, Xorshift random, RecordingBuilder recording)
        {
            RestEndpoints urls = RestEndpoints.Production;
            var derivatives = new DerivativesRest(path);
            var spot = new SpotRest(path);

            // The instruments list first, as a starting feed asks for it: OKX altcoin contracts need their ctVal.
            Poll(path, random, recording, 0, long.MaxValue, t => new[] { (urls.OkxInstruments(), DerivativesRest.OkxInstruments()) });
            Poll(path, random, recording, 2_000, FastPollMs, t => new[]
            {
                (urls.BinancePremiumIndex(), derivatives.BinancePremiumIndex(t)),
                (urls.BinanceSpotPrice(), spot.BinancePrice(t)),
            });
            Poll(path, random, recording, 4_000, BucketPollMs, t =>
            {
                var bodies = new List<(string, byte[])>
                {
                    (urls.BinanceTakerRatio(), derivatives.BinanceTakerRatio(t)),
                    (urls.BinanceLongShortRatio(), derivatives.BinanceLongShort(t)),
                    (urls.BybitLinearTickers(), derivatives.BybitLinearTickers(t)),
                };
                foreach (string swap in RestEndpoints.OkxBtcSwaps)
                {
                    bodies.Add((urls.OkxOpenInterest(swap), derivatives.OkxOpenInterest(t, swap)));
                    bodies.Add((urls.OkxFundingRate(swap), derivatives.OkxFundingRate(t, swap)));
                }

                bodies.Add((urls.BinanceSpotVolumes(), spot.BinanceVolumes(t)));
                bodies.Add((urls.BybitSpotTickers(), spot.BybitSpot(t)));
                bodies.Add((urls.OkxSpotTickers(), spot.OkxSpot(t)));
                bodies.Add((urls.CoinbaseVolumeSummary(), spot.Coinbase(t)));
                bodies.Add((urls.KrakenTickers(), spot.Kraken(t)));
                foreach ((string pair, double share) in SpotRest.BitstampPairs)
                {
                    bodies.Add((urls.BitstampTicker(pair), spot.Bitstamp(t, pair, share)));
                }

                return bodies;
            });
            Poll(path, random, recording, 6_000, HistoryPollMs, t => new[]
            {
                (urls.BinanceOpenInterestHist(), derivatives.BinanceOpenInterestHist(t, RestEndpoints.OpenInterestHistRows)),
                (urls.BinanceSpotKlines(), spot.BinanceKlines(t, RestEndpoints.KlineRows)),
            });
        }

        /// <summary>Polls from start + offset every interval while inside the scenario; each answer arrives 40-200 ms after the poll.</summary>
        private static void Poll(MarketPath path, Xorshift random, RecordingBuilder recording, long offsetMs, long everyMs, Func<long, IEnumerable<(string Url, byte[] Body)>> bodies)
        {
            for (long t = path.StartMs + offsetMs; t < path.EndMs; t += everyMs)
            {
                foreach ((string url, byte[] body) in bodies(t))
                {
                    recording.Rest(t + 40 + random.Next(160), url, body);
                }

                if (everyMs == long.MaxValue)
                {
                    break;
                }
            }
        }

        private static byte[] MarkersJson(ScenarioDescription description, List<ReplayMarker> markers) => JsonPayload.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("scenario", description.Name);
            if (description.Title is not null)
            {
                w.WriteString("title", description.Title);
            }

            if (description.DemoSpeed is double speed)
            {
                w.WriteNumber("demoSpeed", speed);
            }

            w.WriteNumber("durationMs", (long)description.Duration.TotalMilliseconds);
            w.WriteStartArray("markers");
            foreach (ReplayMarker marker in markers)
            {
                w.WriteStartObject();
                w.WriteNumber("atMs", marker.AtMs);
                w.WriteString("label", marker.Label);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
