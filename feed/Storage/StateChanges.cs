using System.Collections.Generic;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Risk;

namespace Ticker.Feed.Storage
{
    /// <summary>What changed since the last save; null members did not change.</summary>
    /// <param name="Liquidations">Events counted since.</param>
    /// <param name="RiskSamples">Risk samples taken since.</param>
    /// <param name="VenuesSeen">Venues and when they were last heard.</param>
    /// <param name="CoveredSinceMs">The aggregator's coverage start.</param>
    /// <param name="LastSeq">The last <c>seq</c> built.</param>
    /// <param name="VenueSpans">Venues' spans of listening, new or grown: venue, start and end (unix ms).</param>
    /// <param name="StatedSinceMs">The aggregator's stated coverage start (<see cref="LiquidationAggregator.StatedCoveredSinceMs"/>).</param>
    /// <param name="StateTimeMs">The feed clock when these changes were taken: the stored state holds every input before it (a served replay resumes there).</param>
    public sealed record StateChanges(
        IReadOnlyList<StoredLiquidation> Liquidations,
        IReadOnlyList<RiskSample> RiskSamples,
        IReadOnlyDictionary<string, long> VenuesSeen,
        long? CoveredSinceMs,
        long? LastSeq,
        long? StateTimeMs = null,
        IReadOnlyList<(string Venue, long FromMs, long ToMs)>? VenueSpans = null,
        long? StatedSinceMs = null)
    {
        /// <summary>Nothing to write.</summary>
        public bool IsEmpty => Liquidations.Count == 0 && RiskSamples.Count == 0 && VenuesSeen.Count == 0 && CoveredSinceMs is null && LastSeq is null
            && (VenueSpans is null || VenueSpans.Count == 0) && StatedSinceMs is null;
    }
}
