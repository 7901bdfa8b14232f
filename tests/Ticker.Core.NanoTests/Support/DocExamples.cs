using System;

namespace Ticker.Core.NanoTests.Support
{
    /// <summary>
    /// The snapshot examples of docs/examples, word for word, as strings: the virtual device has no file system.
    /// tests/Ticker.Core.Tests/Nano/NanoTestFiguresTests checks that each equals its file, so a contract change that
    /// edits an example fails there until this file is updated (its message gives the new text).
    /// </summary>
    public static class DocExamples
    {
        /// <summary>File name of docs/examples/snapshot-calm.json.</summary>
        public const string CalmName = "snapshot-calm.json";

        /// <summary>File name of docs/examples/snapshot-building.json.</summary>
        public const string BuildingName = "snapshot-building.json";

        /// <summary>File name of docs/examples/snapshot-cascade.json.</summary>
        public const string CascadeName = "snapshot-cascade.json";

        /// <summary>File name of docs/examples/snapshot-partial.json.</summary>
        public const string PartialName = "snapshot-partial.json";

        /// <summary>docs/examples/snapshot-calm.json.</summary>
        public const string Calm = "{\"v\":1,\"seq\":48213,\"asOf\":1795003205,\"asset\":\"BTC\",\"waitMax\":25,\"price\":{\"usd\":91254.37,\"chg24hPct\":0.84},\"risk\":{\"score\":17,\"inputs\":{\"fundingPct8h\":0.0062,\"oiUsd\":38420000000,\"oiChg24hPct\":0.61,\"takerBuySell\":1.04,\"takerBucketMin\":5,\"longShortRatio\":1.12},\"parts\":{\"funding\":14,\"oi\":28,\"taker\":6,\"longShort\":31,\"liq\":5}},\"liq\":{\"m5\":{\"long\":184000,\"short\":96000},\"h1\":{\"long\":3120000,\"short\":2480000,\"btcLong\":1410000,\"btcShort\":1150000},\"h4\":{\"long\":11400000,\"short\":9100000},\"h24\":{\"long\":57600000,\"short\":49200000,\"btcLong\":26900000,\"btcShort\":22300000},\"hourlyLongM\":[2,3,2,2,1,2,3,4,3,2,2,3,3,2,2,3,2,1,2,4,3,3,2,3],\"hourlyShortM\":[2,2,2,1,2,2,1,3,2,3,3,2,2,1,2,2,3,2,2,2,2,2,3,2],\"venues\":[\"binance\",\"bybit\",\"okx\"]},\"spot\":{\"binanceSharePct\":52.46,\"venues\":6,\"binanceUsd24h\":3215000000,\"othersUsd24h\":2914000000,\"deltaUsd24h\":86400000,\"deltaUsd1h\":-4200000},\"sources\":{\"binance\":{\"ok\":true},\"bybit\":{\"ok\":true},\"okx\":{\"ok\":true},\"coinbase\":{\"ok\":true},\"kraken\":{\"ok\":true},\"bitstamp\":{\"ok\":true}}}";

        /// <summary>docs/examples/snapshot-building.json.</summary>
        public const string Building = "{\"v\":1,\"seq\":48377,\"asOf\":1795010405,\"asset\":\"BTC\",\"waitMax\":25,\"price\":{\"usd\":94876.12,\"chg24hPct\":4.62},\"risk\":{\"score\":64,\"inputs\":{\"fundingPct8h\":0.0384,\"oiUsd\":41380000000,\"oiChg24hPct\":7.84,\"takerBuySell\":11.7,\"takerBucketMin\":5,\"longShortRatio\":2.41},\"parts\":{\"funding\":71,\"oi\":78,\"taker\":95,\"longShort\":62,\"liq\":12}},\"liq\":{\"m5\":{\"long\":410000,\"short\":2930000},\"h1\":{\"long\":4100000,\"short\":18300000,\"btcLong\":1700000,\"btcShort\":9400000},\"h24\":{\"long\":80100000,\"short\":201400000,\"btcLong\":33500000,\"btcShort\":97800000},\"hourlyLongM\":[3,2,3,2,2,3,2,4,3,2,3,2,3,4,3,2,3,4,5,4,6,5,7,4],\"hourlyShortM\":[2,3,2,3,4,3,5,4,6,5,4,6,7,5,6,8,9,11,14,12,17,21,26,18]},\"spot\":{\"binanceSharePct\":55.12,\"venues\":6,\"binanceUsd24h\":4123000000,\"othersUsd24h\":3357000000,\"deltaUsd24h\":512000000,\"deltaUsd1h\":61000000},\"alert\":{\"level\":1,\"side\":\"short\",\"startedAt\":1795009205,\"m5Usd\":12400000,\"eventUsd\":14100000,\"priceChgPct\":1.85,\"headline\":\"Short watch: $14M\"}}";

        /// <summary>docs/examples/snapshot-cascade.json.</summary>
        public const string Cascade = "{\"v\":1,\"seq\":49021,\"asOf\":1795046405,\"asset\":\"BTC\",\"waitMax\":25,\"price\":{\"usd\":87312.5,\"chg24hPct\":-6.91},\"risk\":{\"score\":82,\"inputs\":{\"fundingPct8h\":-0.0121,\"oiUsd\":36210000000,\"oiChg24hPct\":-12.47,\"takerBuySell\":0.214,\"takerBucketMin\":5,\"longShortRatio\":0.873},\"parts\":{\"funding\":48,\"oi\":94,\"taker\":96,\"longShort\":74,\"liq\":100}},\"liq\":{\"m5\":{\"long\":412000000,\"short\":6800000},\"h1\":{\"long\":2140000000,\"short\":38000000},\"h24\":{\"long\":3912000000,\"short\":118000000,\"btcLong\":1018000000,\"btcShort\":61000000},\"hourlyLongM\":[12,9,14,11,8,16,13,18,15,11,14,17,21,19,16,22,18,15,13,20,58,264,1148,2140],\"hourlyShortM\":[3,2,2,1,3,2,3,2,1,2,3,2,4,3,2,3,3,2,2,4,6,12,15,38]},\"spot\":{\"binanceSharePct\":54.14,\"venues\":6,\"binanceUsd24h\":4870000000,\"othersUsd24h\":4133000000,\"deltaUsd24h\":-1240000000,\"deltaUsd1h\":-388000000},\"alert\":{\"level\":3,\"side\":\"long\",\"startedAt\":1795043585,\"m5Usd\":412000000,\"eventUsd\":3874000000,\"headline\":\"Long cascade: $3.9B\"},\"sources\":{\"okx\":{\"ok\":false}}}";

        /// <summary>docs/examples/snapshot-partial.json.</summary>
        public const string Partial = "{\"v\":1,\"seq\":3,\"asOf\":1795003265,\"price\":{\"usd\":91187.5},\"sources\":{\"binance\":{\"ok\":false,\"ageS\":null},\"coinbase\":{\"ok\":true,\"ageS\":3},\"kraken\":{\"ok\":true,\"ageS\":9}}}\n";

        /// <summary>File name of docs/examples/snapshot-young.json.</summary>
        public const string YoungName = "snapshot-young.json";

        /// <summary>docs/examples/snapshot-young.json.</summary>
        public const string Young = "{\"v\":1,\"seq\":5120,\"asOf\":1795024805,\"asset\":\"BTC\",\"waitMax\":25,\"price\":{\"usd\":90870.12,\"chg24hPct\":-1.21},\"risk\":{\"score\":38,\"inputs\":{\"fundingPct8h\":0.0215,\"oiUsd\":39870000000,\"oiChg24hPct\":2.4,\"takerBuySell\":2.1,\"takerBuySellBybit\":3.4,\"takerBucketMin\":5,\"longShortRatio\":1.64},\"parts\":{\"funding\":24,\"oi\":43,\"taker\":32,\"longShort\":45,\"liq\":18}},\"liq\":{\"m5\":{\"long\":2140000,\"short\":310000},\"h1\":{\"long\":18600000,\"short\":6200000},\"h4\":{\"long\":61300000,\"short\":22800000},\"h24\":{\"long\":88200000,\"short\":35100000,\"coveredS\":21600},\"hourlyLongM\":[null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,14,13,11,14,17,19],\"hourlyShortM\":[null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,null,6,6,5,6,6,6],\"venues\":[\"binance\",\"bybit\",\"okx\"]},\"spot\":{\"binanceSharePct\":55.3,\"venues\":3,\"deltaUsd24h\":41800000,\"deltaUsd1h\":-3100000,\"deltaVenues\":[\"binance\"]},\"sources\":{\"binance\":{\"ok\":true},\"bybit\":{\"ok\":true},\"okx\":{\"ok\":true}}}\n";

        /// <summary>Every example's file name.</summary>
        public static readonly string[] Names = { CalmName, BuildingName, CascadeName, PartialName, YoungName };

        /// <summary>The text of the example named <paramref name="name"/>.</summary>
        public static string Json(string name)
        {
            switch (name)
            {
                case CalmName:
                    return Calm;
                case BuildingName:
                    return Building;
                case CascadeName:
                    return Cascade;
                case PartialName:
                    return Partial;
                case YoungName:
                    return Young;
                default:
                    throw new ArgumentException("no example named " + name);
            }
        }
    }
}
