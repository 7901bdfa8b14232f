using System;
using System.IO;
using System.Linq;
using System.Text;
using Ticker.App;
using Ticker.Boards;
using Ticker.Data;
using Ticker.Drawing;
using Ticker.Views;
using Xunit;

namespace Ticker.Core.Tests.Views
{
    /// <summary>Shared helpers of the screen tests: sizes, snapshots, states, and whole-screen or striped renders.</summary>
    internal static class ScreenKit
    {
        public static readonly (int Width, int Height)[] Sizes = { (240, 135), (320, 240) };

        public static readonly ScreenId[] AllScreens =
            { ScreenId.Gauge, ScreenId.Liquidations, ScreenId.Spot, ScreenId.Market, ScreenId.Status };

        public static string[] ExampleNames() =>
            Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.json")
                .Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

        public static Snapshot Example(string name) => Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", name)));

        public static Snapshot Decode(string json) => Decode(Encoding.UTF8.GetBytes(json));

        public static Snapshot Decode(byte[] bytes)
        {
            var snapshot = new Snapshot();
            var decoder = new SnapshotDecoder();
            if (!decoder.Decode(bytes, 0, bytes.Length, snapshot))
            {
                throw new InvalidOperationException($"decode failed: {decoder.Error} at {decoder.ErrorPosition}");
            }

            return snapshot;
        }

        /// <summary>Extreme values everywhere: $999.9B totals, -100% changes, 100 venues, a 24-character headline.</summary>
        public const string ExtremeJson =
            "{\"v\":1,\"seq\":9,\"asOf\":1795000000,\"asset\":\"BTC\"," +
            "\"price\":{\"usd\":9999999.99,\"chg24hPct\":-100}," +
            "\"risk\":{\"score\":100,\"inputs\":{\"fundingPct8h\":-0.9999,\"oiUsd\":999900000000,\"oiChg24hPct\":-100,\"takerBuySell\":999.99,\"takerBucketMin\":1440,\"longShortRatio\":999.99}," +
            "\"parts\":{\"funding\":100,\"oi\":100,\"taker\":100,\"longShort\":100,\"liq\":100}}," +
            "\"liq\":{\"m5\":{\"long\":999900000000,\"short\":999900000000},\"h1\":{\"long\":999900000000,\"short\":999900000000}," +
            "\"h4\":{\"long\":999900000000,\"short\":999900000000},\"h24\":{\"long\":999900000000,\"short\":999900000000}," +
            "\"hourlyLongM\":[999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1]," +
            "\"hourlyShortM\":[999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1,999900,0,1]}," +
            "\"spot\":{\"binanceSharePct\":100,\"venues\":100,\"binanceUsd24h\":999900000000,\"othersUsd24h\":999900000000,\"deltaUsd24h\":-999900000000,\"deltaUsd1h\":-999900000000}," +
            "\"alert\":{\"level\":3,\"side\":\"short\",\"startedAt\":1794999000,\"m5Usd\":999900000000,\"priceChgPct\":-100,\"headline\":\"WWWWWWWWWWWWWWWWWWWWWWWW\"}}";

        /// <summary>A state showing <paramref name="snapshot"/> on <paramref name="screen"/>, its alert as the banner.</summary>
        public static ViewState State(Snapshot snapshot, ScreenId screen, bool stale = false)
        {
            return new ViewState
            {
                Screen = screen,
                Data = snapshot,
                Stale = stale,
                AlertLevel = stale ? AlertLevel.None : snapshot.Alert.Level,
                DataAgeS = 12,
                WifiUp = true,
                SignalDbm = -61,
                LastError = "feed answered HTTP 503 after a very long wait, again",
                FreeMemoryBytes = 48120,
                FeedHost = "ticker-feed.internal.example.com",
                FirmwareVersion = "0.1.0",
                BoardId = "m5stickc-plus",
            };
        }

        /// <summary>Renders the whole screen into one surface.</summary>
        public static RasterSurface RenderWhole(ScreenPainter painter, int width, int height)
        {
            var surface = new RasterSurface(width, height);
            painter.Render(new Canvas(surface), new Rect(0, 0, width, height));
            return surface;
        }

        /// <summary>
        /// Renders the rectangle in full-width stripes of at most 32 KB into one reused stripe surface, as a board
        /// without PSRAM does, and copies each stripe into <paramref name="frame"/>. Returns the stripe count.
        /// </summary>
        public static int RenderStriped(ScreenPainter painter, Rect area, int[] frame, int frameWidth, RasterSurface? textLog = null)
        {
            int rows = Stripes.RowsPer(area.Width, BoardProfile.MaxStripeBytes);
            Assert.True(area.Width * rows * 2 <= BoardProfile.MaxStripeBytes);
            var stripe = new RasterSurface(area.Width, rows, 0x654321);
            var canvas = new Canvas(stripe);
            int count = Stripes.Count(area, rows);
            for (int i = 0; i < count; i++)
            {
                Rect r = Stripes.Get(area, rows, i);
                painter.Render(canvas, r);
                for (int y = 0; y < r.Height; y++)
                {
                    Array.Copy(stripe.Pixels, y * stripe.Width, frame, ((r.Y + y) * frameWidth) + r.X, r.Width);
                }
            }

            textLog?.TextOutsideClip.AddRange(stripe.TextOutsideClip);
            return count;
        }

        /// <summary>Indexes of pixels that differ, as "x,y" (first few), for readable failures.</summary>
        public static string Diff(int[] expected, int[] actual, int width)
        {
            var diffs = Enumerable.Range(0, expected.Length).Where(i => expected[i] != actual[i]).ToArray();
            return diffs.Length == 0 ? "" : $"{diffs.Length} pixels differ, first at " +
                string.Join(" ", diffs.Take(5).Select(i => $"({i % width},{i / width})"));
        }
    }
}
