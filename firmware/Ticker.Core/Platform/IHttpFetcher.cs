namespace Ticker.Platform
{
    /// <summary>Makes one HTTP GET and fills <paramref name="result"/>. Blocking: the device has one loop thread.</summary>
    public interface IHttpFetcher
    {
        /// <summary>Must not throw: network failures become <c>Status = 0</c> with <see cref="HttpResult.Error"/> set.</summary>
        void Fetch(HttpRequest request, HttpResult result);
    }
}
