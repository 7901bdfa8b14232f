using System;
using System.Collections.Generic;

namespace Ticker.Feed.Liquidations
{
    /// <summary>
    /// Turns one venue's websocket liquidation frames into <see cref="LiquidationEvent"/>s. Stateless apart from
    /// reference data given at construction, so one instance can serve any number of connections.
    /// </summary>
    public interface ILiquidationParser
    {
        /// <summary>The exchange id the events carry.</summary>
        string Venue { get; }

        /// <summary>
        /// Reads one text frame (UTF-8), appends its events to <paramref name="events"/> and counts what it saw in
        /// <paramref name="counters"/>. Never throws on bad input: a malformed frame or item is counted and skipped,
        /// and the good items of a frame are kept.
        /// </summary>
        FrameKind Parse(ReadOnlySpan<byte> frame, List<LiquidationEvent> events, ParseCounters counters);
    }
}
