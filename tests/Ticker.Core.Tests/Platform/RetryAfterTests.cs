using Ticker.Platform;
using Xunit;

namespace Ticker.Core.Tests.Platform
{
    public class RetryAfterTests
    {
        [Theory]
        [InlineData("30", 30)]
        [InlineData(" 5 ", 5)]
        [InlineData("999999", 86400)]
        [InlineData("", 0)]
        [InlineData(null, 0)]
        [InlineData("-1", 0)]
        [InlineData("1.5", 0)]
        [InlineData("Wed, 21 Oct 2015 07:28:00 GMT", 0)]
        [InlineData("1234567", 0)]
        public void Whole_seconds_or_no_advice(string? header, int expected)
        {
            Assert.Equal(expected, RetryAfter.ParseSeconds(header!));
        }
    }
}
