namespace Ticker.Data
{
    /// <summary>
    /// The snapshot's member names and fixed words as character arrays, which the decoder compares decoded names
    /// against element by element. Arrays, not strings: on nanoCLR a string is UTF-8 inside and every
    /// <c>string[i]</c> walks it from the start, so comparing against a string would cost O(n^2) per member.
    /// </summary>
    internal static class SnapshotKeys
    {
        public static readonly char[] V = "v".ToCharArray();
        public static readonly char[] Seq = "seq".ToCharArray();
        public static readonly char[] AsOf = "asOf".ToCharArray();
        public static readonly char[] Asset = "asset".ToCharArray();
        public static readonly char[] WaitMax = "waitMax".ToCharArray();
        public static readonly char[] Price = "price".ToCharArray();
        public static readonly char[] Risk = "risk".ToCharArray();
        public static readonly char[] Liq = "liq".ToCharArray();
        public static readonly char[] Spot = "spot".ToCharArray();
        public static readonly char[] Alert = "alert".ToCharArray();
        public static readonly char[] Sources = "sources".ToCharArray();

        public static readonly char[] Usd = "usd".ToCharArray();
        public static readonly char[] Chg24hPct = "chg24hPct".ToCharArray();

        public static readonly char[] Score = "score".ToCharArray();
        public static readonly char[] Inputs = "inputs".ToCharArray();
        public static readonly char[] Parts = "parts".ToCharArray();
        public static readonly char[] FundingPct8h = "fundingPct8h".ToCharArray();
        public static readonly char[] OiUsd = "oiUsd".ToCharArray();
        public static readonly char[] OiChg24hPct = "oiChg24hPct".ToCharArray();
        public static readonly char[] TakerBuySell = "takerBuySell".ToCharArray();
        public static readonly char[] TakerBuySellBybit = "takerBuySellBybit".ToCharArray();
        public static readonly char[] TakerBucketMin = "takerBucketMin".ToCharArray();
        public static readonly char[] LongShortRatio = "longShortRatio".ToCharArray();
        public static readonly char[] Funding = "funding".ToCharArray();
        public static readonly char[] Oi = "oi".ToCharArray();
        public static readonly char[] Taker = "taker".ToCharArray();
        public static readonly char[] LongShort = "longShort".ToCharArray();

        public static readonly char[] LowerBound = "lowerBound".ToCharArray();
        public static readonly char[] M5 = "m5".ToCharArray();
        public static readonly char[] H1 = "h1".ToCharArray();
        public static readonly char[] H4 = "h4".ToCharArray();
        public static readonly char[] H24 = "h24".ToCharArray();
        public static readonly char[] HourlyLongM = "hourlyLongM".ToCharArray();
        public static readonly char[] HourlyShortM = "hourlyShortM".ToCharArray();
        public static readonly char[] Venues = "venues".ToCharArray();
        public static readonly char[] Long = "long".ToCharArray();
        public static readonly char[] Short = "short".ToCharArray();
        public static readonly char[] BtcLong = "btcLong".ToCharArray();
        public static readonly char[] BtcShort = "btcShort".ToCharArray();
        public static readonly char[] CoveredS = "coveredS".ToCharArray();

        public static readonly char[] BinanceSharePct = "binanceSharePct".ToCharArray();
        public static readonly char[] BinanceUsd24h = "binanceUsd24h".ToCharArray();
        public static readonly char[] OthersUsd24h = "othersUsd24h".ToCharArray();
        public static readonly char[] DeltaUsd24h = "deltaUsd24h".ToCharArray();
        public static readonly char[] DeltaUsd1h = "deltaUsd1h".ToCharArray();
        public static readonly char[] DeltaVenues = "deltaVenues".ToCharArray();

        public static readonly char[] Level = "level".ToCharArray();
        public static readonly char[] Side = "side".ToCharArray();
        public static readonly char[] StartedAt = "startedAt".ToCharArray();
        public static readonly char[] M5Usd = "m5Usd".ToCharArray();
        public static readonly char[] EventUsd = "eventUsd".ToCharArray();
        public static readonly char[] PriceChgPct = "priceChgPct".ToCharArray();
        public static readonly char[] Headline = "headline".ToCharArray();

        public static readonly char[] Ok = "ok".ToCharArray();
        public static readonly char[] AgeS = "ageS".ToCharArray();
    }
}
