using Ticker.Config;
using Xunit;

namespace Ticker.Core.Tests.Config
{
    public class FeedAddressTests
    {
        [Theory]
        [InlineData("http://ticker.local:5080", "ticker.local", 5080, false)]
        [InlineData("http://192.168.1.20:5080/", "192.168.1.20", 5080, false)]
        [InlineData("https://feed.example.com", "feed.example.com", 443, true)]
        [InlineData("HTTP://Feed.Example.com/ticker", "Feed.Example.com", 80, false)]
        [InlineData("https://feed-1.example.com:8443/base/path", "feed-1.example.com", 8443, true)]
        public void Accepts_http_and_https_urls(string url, string host, int port, bool https)
        {
            Assert.True(FeedAddress.TryParse(url, out var h, out var p, out var s));
            Assert.Equal(host, h);
            Assert.Equal(port, p);
            Assert.Equal(https, s);
        }

        [Theory]
        [InlineData("")]
        [InlineData("ticker.local:5080")]
        [InlineData("ftp://ticker.local")]
        [InlineData("http://")]
        [InlineData("http://:5080")]
        [InlineData("http://ticker.local:0")]
        [InlineData("http://ticker.local:65536")]
        [InlineData("http://ticker.local:123456")]
        [InlineData("http://ticker.local:")]
        [InlineData("http://ticker local")]
        [InlineData("http://ticker.local/a b")]
        [InlineData("http://ticker.local/v1?x=1")]
        [InlineData("http://user@ticker.local")]
        [InlineData("http://-ticker.local")]
        public void Rejects_what_the_device_cannot_use(string url)
        {
            Assert.False(FeedAddress.TryParse(url, out _, out _, out _));
        }

        [Fact]
        public void Rejects_null_and_overlong_urls()
        {
            Assert.False(FeedAddress.TryParse(null!, out _, out _, out _));
            Assert.False(FeedAddress.TryParse("http://" + new string('a', 200), out _, out _, out _));
        }

        [Theory]
        [InlineData("http://a.b/", "http://a.b")]
        [InlineData("http://a.b//", "http://a.b")]
        [InlineData("http://a.b", "http://a.b")]
        public void Trims_trailing_slashes(string url, string expected)
        {
            Assert.Equal(expected, FeedAddress.TrimTrailingSlash(url));
        }
    }
}
