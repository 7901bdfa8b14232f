using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Ticker.Feed.Ingest;
using Ticker.Feed.Replay;
using Xunit;

namespace Ticker.Feed.Tests.Replay
{
    public sealed class RecordingReaderTests
    {
        private const string Recording =
            "{\"t\":1772431200051,\"src\":\"binance-usdm-ws\",\"data\":{\"stream\":\"!forceOrder@arr\",\"data\":{\"e\":\"forceOrder\",\"o\":{\"z\":\"0.014\"}}}}\n" +
            "garbage\n" +
            "{\"t\":\"soon\",\"src\":\"okx-public-ws\",\"data\":{}}\n" +
            "{\"t\":1772431200060,\"src\":\"kraken-ws\",\"data\":{}}\n" +
            "{\"t\":1772431200061,\"src\":\"rest\",\"status\":200,\"data\":{}}\n" +
            "\n" +
            "{\"t\":1772431200070,\"src\":\"okx-public-ws\",\"data\":\"pong\"}\n" +
            "{\"t\":1772431200080,\"src\":\"rest\",\"url\":\"https://www.okx.com/api/v5/public/open-interest?instType=SWAP&instId=BTC-USDT-SWAP\",\"status\":429,\"data\":{\"code\":\"50011\"}}\n" +
            "{\"t\":1772431200090,\"src\":\"bybit-linear-ws\"}\n";

        [Fact]
        public void Bad_lines_are_counted_and_reported_with_their_line_numbers_and_the_good_ones_kept()
        {
            var bad = new List<BadLine>();
            RecordingReader reader = RecordingReader.FromBytes(Encoding.UTF8.GetBytes(Recording));
            List<RecordedInput> records = reader.Read(bad.Add).ToList();

            Assert.Equal(new[] { 1, 7, 8 }, records.Select(r => r.Line));
            Assert.Equal(new[] { 2, 3, 4, 5, 9 }, bad.Select(b => b.Line));
            Assert.Equal(5, reader.BadLines);
            Assert.Contains("not JSON", bad[0].Reason);
            Assert.Contains("\"t\"", bad[1].Reason);
            Assert.Contains("\"src\"", bad[2].Reason);
            Assert.Contains("\"url\"", bad[3].Reason);
            Assert.Contains("\"data\"", bad[4].Reason);
        }

        [Fact]
        public void The_payload_is_the_frame_as_sent_and_a_string_is_the_raw_text()
        {
            List<RecordedInput> records = RecordingReader.FromBytes(Encoding.UTF8.GetBytes(Recording)).Read().ToList();

            Assert.Equal(InputSources.BinanceUsdmWs, records[0].Source);
            Assert.Equal(1772431200051, records[0].TimeMs);
            Assert.Equal("{\"stream\":\"!forceOrder@arr\",\"data\":{\"e\":\"forceOrder\",\"o\":{\"z\":\"0.014\"}}}", Encoding.UTF8.GetString(records[0].Payload));
            Assert.Null(records[0].Url);
            Assert.Equal("pong", Encoding.UTF8.GetString(records[1].Payload));
            Assert.Equal("https://www.okx.com/api/v5/public/open-interest?instType=SWAP&instId=BTC-USDT-SWAP", records[2].Url);
            Assert.Equal(429, records[2].Status);
            Assert.Equal("{\"code\":\"50011\"}", Encoding.UTF8.GetString(records[2].Payload));
        }

        [Fact]
        public void A_gzip_recording_reads_like_the_plain_one()
        {
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(Encoding.UTF8.GetBytes(Recording));
            }

            List<RecordedInput> plain = RecordingReader.FromBytes(Encoding.UTF8.GetBytes(Recording)).Read().ToList();
            List<RecordedInput> zipped = RecordingReader.FromBytes(compressed.ToArray()).Read().ToList();
            Assert.Equal(plain.Select(r => (r.Line, r.TimeMs, r.Source, r.Url, Encoding.UTF8.GetString(r.Payload))), zipped.Select(r => (r.Line, r.TimeMs, r.Source, r.Url, Encoding.UTF8.GetString(r.Payload))));
        }
    }
}
