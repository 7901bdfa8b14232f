using System.IO;
using System.Linq;
using System.Text;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Replay;
using Ticker.Feed.Scenarios;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Replay
{
    public sealed class ScenarioGeneratorTests
    {
        [Fact]
        public void The_same_description_gives_the_same_recording_and_another_seed_another_one()
        {
            GeneratedScenario first = ScenarioGenerator.Generate(SmallScenario.Describe(7));
            GeneratedScenario again = ScenarioGenerator.Generate(SmallScenario.Describe(7));
            GeneratedScenario other = ScenarioGenerator.Generate(SmallScenario.Describe(8));

            Assert.Equal(first.Recording, again.Recording);
            Assert.NotEqual(first.Recording, other.Recording);
        }

        [Fact]
        public void Every_line_is_a_record_in_time_order_and_every_venue_speaks()
        {
            GeneratedScenario generated = ScenarioGenerator.Generate(SmallScenario.Describe(7));
            RecordingReader reader = RecordingReader.FromBytes(generated.Recording);
            var records = reader.Read().ToList();

            Assert.Equal(0, reader.BadLines);
            Assert.Equal(generated.Records, records.Count);
            Assert.Equal(records.Select(r => r.TimeMs).OrderBy(t => t), records.Select(r => r.TimeMs));
            Assert.Contains(records, r => r.Source == "binance-usdm-ws" && Encoding.UTF8.GetString(r.Payload).Contains("\"stream\":\"!forceOrder@arr\""));
            Assert.Contains(records, r => r.Source == "binance-usdm-ws" && Encoding.UTF8.GetString(r.Payload).Contains("\"stream\":\"!markPrice@arr@1s\""));
            Assert.Contains(records, r => r.Source == "bybit-linear-ws" && Encoding.UTF8.GetString(r.Payload).Contains("\"topic\":\"allLiquidation."));
            Assert.Contains(records, r => r.Source == "bybit-linear-ws" && Encoding.UTF8.GetString(r.Payload).Contains("\"topic\":\"publicTrade.BTCUSDT\""));
            Assert.Contains(records, r => r.Source == "okx-public-ws");
            Assert.Contains(records, r => r.Url == "https://www.okx.com/api/v5/public/instruments?instType=SWAP");
            // Altcoins and BTC, longs and shorts.
            Assert.Contains(generated.Liquidations, l => l.IsBtc);
            Assert.Contains(generated.Liquidations, l => !l.IsBtc);
            Assert.Contains(generated.Liquidations, l => l.Side == PositionSide.Short);
        }

        [Fact]
        public void Binance_sends_at_most_one_liquidation_per_symbol_per_second()
        {
            GeneratedScenario generated = ScenarioGenerator.Generate(SmallScenario.Describe(7));
            var binance = generated.Liquidations.Where(l => l.Venue == "binance").ToList();
            Assert.True(binance.Count > 100);
            Assert.Equal(binance.Count, binance.Select(l => (l.Symbol, l.ExchangeTimeMs / 1000)).Distinct().Count());
        }

        [Theory]
        [InlineData("\"minutes\": 10", "\"minutes\": 0", "phases[0].minutes must be a whole number from 1 to 1440; got '0'.")]
        [InlineData("\"btcShare\": 0.5", "\"btcShare\": 1.5", "phases[0].liquidations.btcShare must be from 0 to 1; got '1.5'.")]
        [InlineData("\"priceUsd\": 97000,", "", "initial.priceUsd must be given")]
        [InlineData("\"seed\": 3,", "\"seed\": 3, \"colour\": \"red\",", "colour")]
        [InlineData("\"start\": \"2026-03-02T06:00:00Z\"", "\"start\": \"2026-03-02T06:00:00.5Z\"", "start must be a UTC time on a whole second")]
        public void A_bad_description_names_the_field_and_its_range(string good, string bad, string message)
        {
            const string description = """
                {
                  "name": "tiny", "seed": 3,
                  "start": "2026-03-02T06:00:00Z",
                  "initial": { "priceUsd": 97000, "fundingPct8h": 0.01, "oiUsd": 3e10, "longShortRatio": 1, "takerBuySell": 1,
                               "spotUsdPerHour": 1e9, "binanceSpotSharePct": 50, "spotTakerDeltaPct": 0 },
                  "phases": [ { "label": "calm", "minutes": 10, "liquidations": { "longUsd": 1e6, "shortUsd": 1e6, "btcShare": 0.5 } } ]
                }
                """;
            Assert.Contains(good, description);
            ScenarioDescription.Parse(Encoding.UTF8.GetBytes(description));

            ScenarioException error = Assert.Throws<ScenarioException>(() => ScenarioDescription.Parse(Encoding.UTF8.GetBytes(description.Replace(good, bad))));
            Assert.Contains(message, error.Message);
        }

        [Fact]
        public void The_command_writes_a_gzip_recording_and_its_markers_and_refuses_a_bad_description()
        {
            using var scenario = new SmallScenario();
            string description = Path.Combine(scenario.Folder, "tiny.scenario.json");
            File.WriteAllText(description, """
                { "name": "tiny", "seed": 3, "start": "2026-03-02T06:00:00Z", "demoSpeed": 60,
                  "initial": { "priceUsd": 97000, "fundingPct8h": 0.01, "oiUsd": 3e10, "longShortRatio": 1, "takerBuySell": 1,
                               "spotUsdPerHour": 1e9, "binanceSpotSharePct": 50, "spotTakerDeltaPct": 0 },
                  "phases": [ { "label": "calm", "minutes": 3 }, { "label": "after", "minutes": 2 } ] }
                """);
            string recording = Path.Combine(scenario.Folder, "tiny.jsonl.gz");

            Assert.Equal(0, ScenarioCommand.Run(new[] { description, "--out", recording }, new StringWriter(), new StringWriter()));
            GeneratedScenario expected = ScenarioGenerator.Generate(ScenarioDescription.Load(description));
            Assert.Equal(expected.Records, RecordingReader.FromFile(recording).Read().Count());
            Assert.Equal(
                "{\"scenario\":\"tiny\",\"demoSpeed\":60,\"durationMs\":300000,\"markers\":[{\"atMs\":0,\"label\":\"calm\"},{\"atMs\":180000,\"label\":\"after\"}]}",
                File.ReadAllText(Path.Combine(scenario.Folder, "tiny.markers.json")));

            File.WriteAllText(description, "{ \"name\": \"Tiny!\" }");
            var errors = new StringWriter();
            Assert.Equal(2, ScenarioCommand.Run(new[] { description, "--out", recording }, new StringWriter(), errors));
            Assert.Contains("name must be 1-40 characters of a-z, 0-9 and '-'", errors.ToString());
        }
    }
}
