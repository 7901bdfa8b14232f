using System;
using System.IO;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Snapshots;
using Ticker.Feed.Sources;
using Ticker.Feed.State;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>
    /// The content behind the contract's documented examples (docs/examples), in full: what the feed knew before it
    /// shed anything. Writing it must give the documented bytes.
    /// </summary>
    internal static class ContractExamples
    {
        /// <summary>A documented example's body: the file without its final newline (a served body has none).</summary>
        public static byte[] File(string name)
        {
            byte[] bytes = System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", name));
            return bytes.Length > 0 && bytes[^1] == (byte)'\n' ? bytes[..^1] : bytes;
        }

        private static SourceStatus Ok(string id, long ageS) => new(id, SourceState.Ok, ageS);

        /// <summary>snapshot-calm.json: 1,005 bytes, nothing shed.</summary>
        public static SnapshotContent Calm() => new(
            Price: new PriceReading(91254.37m, 0.84m),
            Risk: new RiskReading(
                17m,
                new RiskInputs(0.0062m, 38_420_000_000, 0.61m, 1.04m, 5, 1.12m),
                new RiskParts(14m, 28m, 6m, 31m, 5m)),
            Liq: new LiquidationTotals(
                new[] { "binance", "bybit", "okx" },
                LowerBound: true,
                M5: new SideTotals(184_000, 96_000),
                H1: new SideTotals(3_120_000, 2_480_000),
                H4: new SideTotals(11_400_000, 9_100_000),
                H24: new SideTotals(57_600_000, 49_200_000),
                HourlyLongM: new long?[] { 2, 3, 2, 2, 1, 2, 3, 4, 3, 2, 2, 3, 3, 2, 2, 3, 2, 1, 2, 4, 3, 3, 2, 3 },
                HourlyShortM: new long?[] { 2, 2, 2, 1, 2, 2, 1, 3, 2, 3, 3, 2, 2, 1, 2, 2, 3, 2, 2, 2, 2, 2, 3, 2 },
                H1Btc: new SideTotals(1_410_000, 1_150_000),
                H24Btc: new SideTotals(26_900_000, 22_300_000)),
            Spot: new SpotReading(52.46m, 6, 3_215_000_000, 2_914_000_000, 86_400_000, -4_200_000),
            Sources: new[] { Ok("binance", 1), Ok("bybit", 1), Ok("okx", 2), Ok("coinbase", 14), Ok("kraken", 21), Ok("bitstamp", 27) });

        public static SnapshotHeader CalmHeader => new(48213, 1795003205, 25);

        /// <summary>
        /// snapshot-building.json in full: with lowerBound, the sources' ages and the spot volumes and deltas it is
        /// over 1,024 bytes until step 3 sheds the volumes (the documented "steps 1-3").
        /// </summary>
        public static SnapshotContent Building() => new(
            Price: new PriceReading(94876.12m, 4.62m),
            Risk: new RiskReading(
                64m,
                new RiskInputs(0.0384m, 41_380_000_000, 7.84m, 11.7m, 5, 2.41m),
                new RiskParts(71m, 78m, 95m, 62m, 12m)),
            Liq: new LiquidationTotals(
                new[] { "binance", "bybit", "okx" },
                LowerBound: true,
                M5: new SideTotals(410_000, 2_930_000),
                H1: new SideTotals(4_100_000, 18_300_000),
                H4: new SideTotals(21_700_000, 81_600_000),
                H24: new SideTotals(80_100_000, 201_400_000),
                HourlyLongM: new long?[] { 3, 2, 3, 2, 2, 3, 2, 4, 3, 2, 3, 2, 3, 4, 3, 2, 3, 4, 5, 4, 6, 5, 7, 4 },
                HourlyShortM: new long?[] { 2, 3, 2, 3, 4, 3, 5, 4, 6, 5, 4, 6, 7, 5, 6, 8, 9, 11, 14, 12, 17, 21, 26, 18 },
                H1Btc: new SideTotals(1_700_000, 9_400_000),
                H24Btc: new SideTotals(33_500_000, 97_800_000)),
            Spot: new SpotReading(55.12m, 6, 4_123_000_000, 3_357_000_000, 512_000_000, 61_000_000),
            Alert: new AlertReading(AlertLevel.Watch, AlertSide.Short, 1795009205, 12_400_000, 1.85m, "Short watch: $14M", 14_100_000),
            Sources: new[] { Ok("binance", 1), Ok("bybit", 2), Ok("okx", 1), Ok("coinbase", 12), Ok("kraken", 20), Ok("bitstamp", 31) });

        public static SnapshotHeader BuildingHeader => new(48377, 1795010405, 25);

        /// <summary>
        /// snapshot-cascade.json in full: with lowerBound, ages, spot volumes and deltas and the risk inputs it is over
        /// 1,024 bytes until step 5 sheds the inputs (the documented "steps 1-5"). OKX is failing, so its age stays.
        /// </summary>
        public static SnapshotContent Cascade() => new(
            Price: new PriceReading(87312.50m, -6.91m),
            Risk: new RiskReading(
                82m,
                new RiskInputs(-0.0121m, 36_210_000_000, -12.47m, 0.214m, 5, 0.873m),
                new RiskParts(48m, 94m, 96m, 74m, 100m)),
            Liq: new LiquidationTotals(
                new[] { "binance", "bybit", "okx" },
                LowerBound: true,
                M5: new SideTotals(412_000_000, 6_800_000),
                H1: new SideTotals(2_140_000_000, 38_000_000),
                H4: new SideTotals(3_610_000_000, 71_000_000),
                H24: new SideTotals(3_912_000_000, 118_000_000),
                HourlyLongM: new long?[] { 12, 9, 14, 11, 8, 16, 13, 18, 15, 11, 14, 17, 21, 19, 16, 22, 18, 15, 13, 20, 58, 264, 1148, 2140 },
                HourlyShortM: new long?[] { 3, 2, 2, 1, 3, 2, 3, 2, 1, 2, 3, 2, 4, 3, 2, 3, 3, 2, 2, 4, 6, 12, 15, 38 },
                H1Btc: new SideTotals(540_000_000, 21_000_000),
                H24Btc: new SideTotals(1_018_000_000, 61_000_000)),
            Spot: new SpotReading(54.14m, 6, 4_870_000_000, 4_133_000_000, -1_240_000_000, -388_000_000),
            Alert: new AlertReading(AlertLevel.Cascade, AlertSide.Long, 1795043585, 412_000_000, -6.42m, "Long cascade: $3.9B", 3_874_000_000),
            Sources: new[]
            {
                Ok("binance", 1), Ok("bybit", 1), new SourceStatus("okx", SourceState.Failing, 48), Ok("coinbase", 9), Ok("kraken", 17), Ok("bitstamp", 25),
            });

        public static SnapshotHeader CascadeHeader => new(49021, 1795046405, 25);

        /// <summary>
        /// The busiest realistic alert snapshot: every member, six sources (two failing, so they stay), the BTC/altcoin
        /// split, a both-sides cascade after a busy day (tens of millions an hour, then billions) and ten-digit USD everywhere.
        /// </summary>
        public static SnapshotContent Busiest() => new(
            Price: new PriceReading(104812.37m, -11.84m),
            Risk: new RiskReading(
                91m,
                new RiskInputs(-0.0473m, 39_870_000_000, -14.92m, 0.187m, 5, 2.314m),
                new RiskParts(88m, 97m, 99m, 81m, 100m)),
            Liq: new LiquidationTotals(
                new[] { "binance", "bybit", "okx" },
                LowerBound: true,
                M5: new SideTotals(1_184_000_000, 246_000_000),
                H1: new SideTotals(6_140_000_000, 1_138_000_000),
                H4: new SideTotals(7_610_000_000, 1_471_000_000),
                H24: new SideTotals(8_912_000_000, 1_918_000_000),
                HourlyLongM: new long?[] { 42, 38, 41, 57, 48, 63, 31, 84, 52, 38, 47, 71, 64, 96, 68, 79, 87, 52, 39, 105, 584, 1264, 2148, 6140 },
                HourlyShortM: new long?[] { 31, 24, 27, 18, 36, 29, 33, 25, 19, 28, 34, 27, 41, 35, 26, 38, 33, 24, 22, 47, 64, 129, 152, 1138 },
                H1Btc: new SideTotals(1_512_000_000, 498_000_000),
                H24Btc: new SideTotals(2_231_000_000, 806_000_000)),
            Spot: new SpotReading(71.38m, 6, 14_870_000_000, 5_963_000_000, -3_240_000_000, -1_388_000_000),
            Alert: new AlertReading(AlertLevel.Cascade, AlertSide.Long, 1795043585, 1_184_000_000, -11.42m, "Long+short cascade $6.1B", 6_140_000_000),
            Sources: new[]
            {
                Ok("binance", 1), Ok("bybit", 1), new SourceStatus("okx", SourceState.Failing, 148), Ok("coinbase", 19), new SourceStatus("kraken", SourceState.Stale, 1217), Ok("bitstamp", 25),
            });
    }
}
