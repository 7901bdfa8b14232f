using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Ticker.Feed.Ingest;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Ingest
{
    /// <summary><c>--record</c> on a running feed: what goes through its input door lands in the file, with the feed clock's time.</summary>
    public sealed class RecordSwitchTests : IDisposable
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), "ticker-feed-" + Guid.NewGuid().ToString("N") + ".jsonl");

        public void Dispose() => File.Delete(_path);

        [Fact]
        public async Task The_feed_records_every_input_while_it_runs()
        {
            long startMs = TestClock.StartMs;
            await using (RunningFeed feed = await RunningFeed.StartAsync("--record", _path))
            {
                IFeedInput input = feed.Service<IFeedInput>();
                input.AcceptFrame(InputSources.OkxPublicWs, VenueFrames.Utf8("pong"));
                feed.Clock.Advance(TimeSpan.FromSeconds(2));
                input.AcceptRest("https://www.okx.com/api/v5/public/funding-rate?instId=BTC-USDT-SWAP", 200, VenueFrames.Utf8("""{"code":"0","data":[],"msg":""}"""));
            }

            string[] lines = File.ReadAllLines(_path);
            Assert.Equal($"{{\"t\":{startMs},\"src\":\"okx-public-ws\",\"data\":\"pong\"}}", lines[0]);
            Assert.Equal($"{{\"t\":{startMs + 2_000},\"src\":\"rest\",\"url\":\"https://www.okx.com/api/v5/public/funding-rate?instId=BTC-USDT-SWAP\",\"status\":200,\"data\":{{\"code\":\"0\",\"data\":[],\"msg\":\"\"}}}}", lines[1]);
            Assert.Equal(2, lines.Length);
            using JsonDocument parsed = JsonDocument.Parse(lines[1]);
            Assert.Equal(JsonValueKind.Object, parsed.RootElement.GetProperty("data").ValueKind);
        }
    }
}
