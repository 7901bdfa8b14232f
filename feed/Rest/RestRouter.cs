using System;
using System.Collections.Generic;

namespace Ticker.Feed.Rest
{
    /// <summary>Finds the parser for a REST response by its URL alone, so a recording replays without knowing who polled it.</summary>
    public sealed class RestRouter
    {
        private readonly IReadOnlyList<IRestParser> _parsers;

        public RestRouter(IEnumerable<IRestParser> parsers)
        {
            ArgumentNullException.ThrowIfNull(parsers);
            _parsers = new List<IRestParser>(parsers);
        }

        /// <summary>The parser for <paramref name="request"/>, or null when the feed reads no such endpoint.</summary>
        public IRestParser? Find(RestRequest request)
        {
            ArgumentNullException.ThrowIfNull(request);
            foreach (IRestParser parser in _parsers)
            {
                if (parser.Handles(request))
                {
                    return parser;
                }
            }

            return null;
        }
    }
}
