namespace Ticker.Feed.Snapshots
{
    /// <summary>
    /// The contract's shedding order (docs/metrics-endpoint.md, "Size budget"): what goes, step by step, when the
    /// full snapshot is over 1,024 bytes. A snapshot shed through step N lacks what steps 1..N remove. What no
    /// screen shows goes first, so that a busy alert with six sources keeps every value every screen shows;
    /// then what a screen shows, the least telling first.
    /// </summary>
    public enum ShedStep
    {
        /// <summary>Nothing shed.</summary>
        None = 0,

        /// <summary>Step 1: <c>liq.lowerBound</c> when true (absent reads as true: nothing is lost).</summary>
        LowerBoundWhenTrue,

        /// <summary>Step 2: <c>ageS</c> of every source whose <c>ok</c> is true (no screen shows it).</summary>
        AgesOfOkSources,

        /// <summary>Step 3: <c>liq.venues</c>, <c>liq.h4</c> (no screen shows them; a window's <c>coveredS</c> is never shed apart from its window).</summary>
        LiqVenuesAndH4,

        /// <summary>Step 4: the <c>sources</c> entries whose <c>ok</c> is true (no screen shows them; failing ones stay).</summary>
        OkSources,

        /// <summary>Step 5: <c>ageS</c> of the sources left (failing or stale ones: their <c>ok</c> stays; no screen shows the age).</summary>
        AgesOfAllSources,

        /// <summary>Step 6: <c>alert.priceChgPct</c> and <c>liq.h1.btcLong</c>/<c>btcShort</c> (no screen shows them; the screen's altcoin share is h24's).</summary>
        AlertPriceAndH1Split,

        /// <summary>Step 7: <c>alert.m5Usd</c>, <c>alert.eventUsd</c> (no screen shows them: the headline carries the event's total, the liquidations screen the 5 minutes).</summary>
        AlertAmounts,

        /// <summary>Step 8: <c>spot.binanceUsd24h</c>, <c>spot.othersUsd24h</c> (the share already sums them up).</summary>
        SpotVolumes,

        /// <summary>Step 9: <c>liq.hourlyShortM</c>.</summary>
        HourlyShorts,

        /// <summary>Step 10: <c>spot.deltaUsd1h</c>, <c>spot.deltaUsd24h</c> and their scope <c>spot.deltaVenues</c>.</summary>
        SpotDeltas,

        /// <summary>Step 11: <c>risk.inputs</c> (with <c>takerBuySellBybit</c>).</summary>
        RiskInputs,

        /// <summary>Step 12: <c>liq.hourlyLongM</c>.</summary>
        HourlyLongs,

        /// <summary>Step 13: <c>alert.headline</c>.</summary>
        AlertHeadline,

        /// <summary>Step 14: <c>sources</c>.</summary>
        AllSources,
    }
}
