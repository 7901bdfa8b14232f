using Ticker.Text;
using Xunit;

namespace Ticker.Core.Tests
{
    public class SmokeTests
    {
        [Fact]
        public void CharBuffer_drops_overflow()
        {
            var b = new CharBuffer(2);
            b.Append("abc");
            Assert.Equal("ab", b.ToString());
        }
    }
}
