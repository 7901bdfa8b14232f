using System;
using System.IO;
using System.Text.Json;
using Ticker.Feed.Ingest;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Ingest
{
    /// <summary>The recording's line format, exactly as the feed issue gives it, read back line by line.</summary>
    public sealed class JsonLinesRecorderTests : IDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), "ticker-record-" + Guid.NewGuid().ToString("N") + ".jsonl");

        public void Dispose() => File.Delete(_path);

        [Fact]
        public void Frames_and_rest_bodies_are_one_json_object_per_line_with_data_parsed_when_json_else_a_string()
        {
            using (var recorder = new JsonLinesRecorder(_path))
            {
                // A pretty-printed body still takes one line, and its numbers keep their exact text.
                recorder.RecordFrame(1_700_000_000_123, InputSources.BinanceUsdmWs, VenueFrames.Utf8("{\"stream\":\"!forceOrder@arr\",\n  \"data\": {\"p\": \"9910.00\", \"E\": 1568014460893, \"x\": 1.50}}"));
                recorder.RecordFrame(1_700_000_000_124, InputSources.OkxPublicWs, VenueFrames.Utf8("pong"));
                recorder.RecordRest(1_700_000_000_200, "https://fapi.binance.com/fapi/v1/premiumIndex?symbol=BTCUSDT", 200, VenueFrames.Utf8("{\"markPrice\":\"11793.63104562\"}"));
                recorder.RecordRest(1_700_000_000_300, "https://api.bybit.com/v5/market/tickers?category=linear", 429, VenueFrames.Utf8("Too many visits.\r\nRetry later"));
            }

            string[] lines = File.ReadAllLines(_path);
            Assert.Equal(4, lines.Length);
            Assert.Equal("{\"t\":1700000000123,\"src\":\"binance-usdm-ws\",\"data\":{\"stream\":\"!forceOrder@arr\",\"data\":{\"p\":\"9910.00\",\"E\":1568014460893,\"x\":1.50}}}", lines[0]);
            Assert.Equal("{\"t\":1700000000124,\"src\":\"okx-public-ws\",\"data\":\"pong\"}", lines[1]);

            using JsonDocument rest = JsonDocument.Parse(lines[2]);
            Assert.Equal(new[] { "t", "src", "url", "status", "data" }, Names(rest.RootElement));
            Assert.Equal(1_700_000_000_200, rest.RootElement.GetProperty("t").GetInt64());
            Assert.Equal("rest", rest.RootElement.GetProperty("src").GetString());
            Assert.Equal("https://fapi.binance.com/fapi/v1/premiumIndex?symbol=BTCUSDT", rest.RootElement.GetProperty("url").GetString());
            Assert.Equal(200, rest.RootElement.GetProperty("status").GetInt32());
            Assert.Equal("11793.63104562", rest.RootElement.GetProperty("data").GetProperty("markPrice").GetString());

            using JsonDocument refused = JsonDocument.Parse(lines[3]);
            Assert.Equal(429, refused.RootElement.GetProperty("status").GetInt32());
            Assert.Equal("Too many visits.\r\nRetry later", refused.RootElement.GetProperty("data").GetString());
        }

        [Fact]
        public void A_second_recorder_on_the_same_file_appends()
        {
            using (var first = new JsonLinesRecorder(_path))
            {
                first.RecordFrame(1, InputSources.BybitLinearWs, VenueFrames.Utf8("{}"));
            }

            using (var second = new JsonLinesRecorder(_path))
            {
                second.RecordFrame(2, InputSources.BybitLinearWs, VenueFrames.Utf8("[]"));
            }

            Assert.Equal(new[] { "{\"t\":1,\"src\":\"bybit-linear-ws\",\"data\":{}}", "{\"t\":2,\"src\":\"bybit-linear-ws\",\"data\":[]}" }, File.ReadAllLines(_path));
        }

        private static string[] Names(JsonElement obj)
        {
            var names = new System.Collections.Generic.List<string>();
            foreach (JsonProperty property in obj.EnumerateObject())
            {
                names.Add(property.Name);
            }

            return names.ToArray();
        }
    }
}
