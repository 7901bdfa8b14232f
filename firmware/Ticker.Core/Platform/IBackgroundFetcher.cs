namespace Ticker.Platform
{
    /// <summary>
    /// An HTTP GET that runs beside the loop instead of blocking it (the alternative to <see cref="IHttpFetcher"/>).
    /// A long-poll holds a request for up to 25 s; with a blocking fetch the loop cannot read buttons, blink the LED
    /// or tick the data age for that long. <see cref="TickerRunner"/> starts one request at a time and asks on every
    /// turn whether it has finished.
    /// </summary>
    public interface IBackgroundFetcher
    {
        /// <summary>Starts the request. Must not throw. The app reuses <paramref name="request"/>: copy what is needed before returning.</summary>
        void Start(HttpRequest request);

        /// <summary>
        /// True once the answer is in <paramref name="result"/> (network failures as <c>Status = 0</c> with
        /// <see cref="HttpResult.Error"/> set); false while it is still under way. Must not throw.
        /// </summary>
        bool TryComplete(HttpResult result);
    }
}
