namespace Ticker.Feed.Snapshots
{
    /// <summary>
    /// The contract's shedding order (docs/metrics-endpoint.md, "Size budget"): what goes, step by step, when the
    /// full snapshot is over 1,024 bytes. A snapshot shed through step N lacks what steps 1..N remove. The
    /// contract's step 6 ("hourlyShortM, then hourlyLongM") is two steps here, measured after each.
    /// </summary>
    public enum ShedStep
    {
        /// <summary>Nothing shed.</summary>
        None = 0,

        /// <summary>Contract step 1: <c>liq.lowerBound</c> when true (absent reads as true: nothing is lost).</summary>
        LowerBoundWhenTrue,

        /// <summary>Step 2: <c>ageS</c> of every source whose <c>ok</c> is true.</summary>
        AgesOfOkSources,

        /// <summary>Step 3: <c>spot.binanceUsd24h</c>, <c>spot.othersUsd24h</c> (the share already sums them up).</summary>
        SpotVolumes,

        /// <summary>Step 4: <c>spot.deltaUsd1h</c>, <c>spot.deltaUsd24h</c> and their scope <c>spot.deltaVenues</c> (whether spot buyers or sellers lead: kept longer).</summary>
        SpotDeltas,

        /// <summary>Step 5: <c>risk.inputs</c> (with <c>takerBuySellBybit</c>).</summary>
        RiskInputs,

        /// <summary>Step 6, first half: <c>liq.hourlyShortM</c>.</summary>
        HourlyShorts,

        /// <summary>Step 6, second half: <c>liq.hourlyLongM</c>.</summary>
        HourlyLongs,

        /// <summary>Step 7: <c>liq.venues</c>, <c>liq.h4</c> (a window's <c>coveredS</c> is never shed apart from its window).</summary>
        LiqVenuesAndH4,

        /// <summary>Step 8: the <c>sources</c> entries whose <c>ok</c> is true.</summary>
        OkSources,

        /// <summary>Step 9: <c>alert.headline</c>.</summary>
        AlertHeadline,

        /// <summary>Step 10: <c>sources</c>.</summary>
        AllSources,
    }
}
