using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;

namespace Ticker.Feed.Hosting
{
    /// <summary>
    /// The feed's two clocks. The unkeyed <see cref="TimeProvider"/> is the MARKET clock: windows, source ages,
    /// the cascade rule, the refresher. The keyed <see cref="Wall"/> clock times what a client or a person waits
    /// for: long-poll timeouts, rate-limit refills and a served replay's pacing. Live, both are the same clock. In a
    /// served replay the market clock follows the recording (at N x speed) while the wall clock stays real, so a
    /// device long-polling a replay at --speed 180 still waits at most 25 real seconds, and its rate limit is per
    /// real minute.
    /// </summary>
    public static class FeedClocks
    {
        /// <summary>The key of the wall clock.</summary>
        public const string Wall = "wall";

        /// <summary>Registers the wall clock as the TimeProvider registered so far (the system's, or a test's fake one).</summary>
        internal static void AddWallClock(IServiceCollection services)
        {
            ServiceDescriptor registered = services.Last(d => d.ServiceType == typeof(TimeProvider) && !d.IsKeyedService);
            if (registered.ImplementationInstance is TimeProvider instance)
            {
                services.AddKeyedSingleton(Wall, instance);
            }
            else if (registered.ImplementationFactory is { } factory)
            {
                services.AddKeyedSingleton<TimeProvider>(Wall, (provider, _) => (TimeProvider)factory(provider));
            }
            else
            {
                services.AddKeyedSingleton(typeof(TimeProvider), Wall, registered.ImplementationType!);
            }
        }
    }
}
