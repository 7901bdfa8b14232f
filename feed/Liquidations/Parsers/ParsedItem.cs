using System.Collections.Generic;

namespace Ticker.Feed.Liquidations.Parsers
{
    /// <summary>The step every venue parser ends an item with, once it has read the side and computed the notional.</summary>
    internal static class ParsedItem
    {
        /// <summary>
        /// Records the event when the notional is usable; otherwise counts why not (an implausible notional is
        /// malformed, a zero one is skipped) under <paramref name="subject"/>, e.g. "binance: forceOrder".
        /// </summary>
        public static ItemOutcome Complete(
            NotionalCheck check, long usd, string venue, string symbol, PositionSide side, long timeMs, string subject,
            List<LiquidationEvent> events, ParseCounters counters)
        {
            switch (check)
            {
                case NotionalCheck.Invalid:
                    counters.CountMalformed(subject + " notional is negative or implausible");
                    return ItemOutcome.Malformed;
                case NotionalCheck.Zero:
                    counters.CountSkipped(subject + " with zero notional");
                    return ItemOutcome.Skipped;
            }

            events.Add(new LiquidationEvent(venue, symbol, side, usd, timeMs));
            counters.CountEvent();
            return ItemOutcome.Event;
        }
    }
}
