namespace Ticker.Platform
{
    /// <summary>
    /// The outcome of one <see cref="HttpRequest"/>, filled in by the platform's <see cref="IHttpFetcher"/>.
    /// Reused between requests: the body buffer is owned by the adapter and valid until its next fetch.
    /// </summary>
    public sealed class HttpResult
    {
        /// <summary>Status code; 0 when no HTTP answer arrived (DNS, connect, TLS, timeout).</summary>
        public int Status;

        /// <summary>Response body bytes (only the first <see cref="BodyLength"/> count).</summary>
        public byte[] Body;

        public int BodyLength;

        /// <summary>The response's ETag header, or null.</summary>
        public string ETag;

        /// <summary>The Retry-After header in seconds, or 0 when absent.</summary>
        public int RetryAfterS;

        /// <summary>Why the request failed when <see cref="Status"/> is 0, in a few words for the status screen.</summary>
        public string Error;

        public void Reset()
        {
            Status = 0;
            BodyLength = 0;
            ETag = null;
            RetryAfterS = 0;
            Error = null;
        }
    }
}
