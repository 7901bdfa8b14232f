namespace Ticker.Feed.Http
{
    /// <summary>One entry of a 400's <c>invalid-params</c> (RFC 9457's own example extension).</summary>
    /// <param name="Name">The query parameter.</param>
    /// <param name="Reason">What is wrong with it.</param>
    public sealed record InvalidParam(string Name, string Reason);
}
