using Ticker.Setup;
using Xunit;

namespace Ticker.Core.Tests.Setup
{
    public class AccessPointNameTests
    {
        [Fact]
        public void Is_Ticker_and_the_last_two_MAC_bytes_in_hex()
        {
            Assert.Equal("Ticker-0AF3", AccessPointName.FromMac(new byte[] { 0x24, 0x6F, 0x28, 0x11, 0x0A, 0xF3 }));
            Assert.Equal("Ticker-FF00", AccessPointName.FromMac(new byte[] { 0, 0, 0, 0, 0xFF, 0x00 }));
        }

        [Fact]
        public void Falls_back_when_the_MAC_is_unknown()
        {
            Assert.Equal("Ticker-0000", AccessPointName.FromMac(null!));
            Assert.Equal("Ticker-0000", AccessPointName.FromMac(new byte[1]));
        }
    }
}
