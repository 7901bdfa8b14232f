namespace Ticker.Feed.Connectors
{
    /// <summary>
    /// When a venue's application ping is due. Kept apart from the connector so the two venue rules (Bybit's fixed
    /// period, OKX's "when quiet") are tested as plain arithmetic rather than by proving a ping was not sent.
    /// </summary>
    public static class Heartbeat
    {
        /// <summary>True when <paramref name="protocol"/> wants a ping at <paramref name="nowMs"/>.</summary>
        /// <param name="lastFrameMs">When the last understood frame arrived (or the connection began).</param>
        /// <param name="lastPingMs">When the last ping was sent (or the connection began).</param>
        public static bool IsDue(VenueProtocol protocol, long nowMs, long lastFrameMs, long lastPingMs)
        {
            if (protocol.Ping is null)
            {
                return false;
            }

            long every = (long)protocol.PingEvery.TotalMilliseconds;
            return nowMs - lastPingMs >= every && (!protocol.PingOnlyWhenQuiet || nowMs - lastFrameMs >= every);
        }
    }
}
