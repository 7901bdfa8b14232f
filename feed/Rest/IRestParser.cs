using System.Text.Json;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest
{
    /// <summary>
    /// Reads one REST endpoint's response body into <see cref="MarketReadings"/>. One implementation per endpoint;
    /// <see cref="RestRouter"/> picks it by the request's path (and query where one path serves two purposes).
    /// </summary>
    public interface IRestParser
    {
        /// <summary>The exchange id whose health and counters the endpoint reports to.</summary>
        string Venue { get; }

        /// <summary>Whether this parser reads the response to <paramref name="request"/>.</summary>
        bool Handles(RestRequest request);

        /// <summary>
        /// Reads a 200 response's JSON body. Never throws on content: a body that does not have the documented
        /// shape is counted on <paramref name="counters"/> and answers <see cref="FrameKind.Malformed"/>, leaving the
        /// last good reading in place.
        /// </summary>
        FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters);
    }
}
