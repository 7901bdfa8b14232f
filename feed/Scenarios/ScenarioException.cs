using System;

namespace Ticker.Feed.Scenarios
{
    /// <summary>A scenario description that cannot be used; the message names the field and its accepted range.</summary>
    public sealed class ScenarioException : Exception
    {
        public ScenarioException(string message)
            : base(message)
        {
        }
    }
}
