using System;
using System.Collections.Generic;

namespace Ticker.Feed.Polling
{
    /// <summary>
    /// The requests one poller makes to one rate-limit domain (one venue's API host): they share a back-off when
    /// the venue says slow down, and their health shows on <paramref name="Venue"/>.
    /// </summary>
    /// <param name="Name">For logs and observers, e.g. <c>binance-futures</c>.</param>
    /// <param name="Venue">Exchange id whose health the group reports on.</param>
    /// <param name="Targets">The requests, first due at start in this order.</param>
    /// <param name="WeightLimitPerMinute">The IP weight budget per minute when the venue reports used weight (Binance's <c>X-MBX-USED-WEIGHT-1M</c>); 0 = none.</param>
    public sealed record PollGroup(string Name, string Venue, IReadOnlyList<PollTarget> Targets, int WeightLimitPerMinute = 0);
}
