namespace Ticker.Feed.Sources
{
    /// <summary>One source at one instant: the snapshot's <c>sources.&lt;id&gt;</c> entry plus the state behind it.</summary>
    /// <param name="Id">Exchange id.</param>
    /// <param name="State">How it is doing.</param>
    /// <param name="AgeS">Whole seconds since its last good data; null if it never delivered any.</param>
    public readonly record struct SourceStatus(string Id, SourceState State, long? AgeS)
    {
        /// <summary>The snapshot's <c>ok</c>: the latest data from this source is good and recent.</summary>
        public bool Ok => State == SourceState.Ok;
    }
}
