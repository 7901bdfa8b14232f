namespace Ticker.Feed.Liquidations
{
    /// <summary>What a parser made of one websocket frame.</summary>
    public enum FrameKind
    {
        /// <summary>A liquidation message; it may still have carried no usable event (every item skipped).</summary>
        Data = 1,

        /// <summary>A frame of the protocol around the data (subscription answer, pong): proof the link is alive, no events.</summary>
        Control = 2,

        /// <summary>Not understood: not JSON, or not the shape of any frame this venue sends. Counted and skipped.</summary>
        Malformed = 3,
    }
}
