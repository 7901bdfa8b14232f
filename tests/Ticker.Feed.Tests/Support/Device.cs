using System;
using System.Text;
using Ticker.Data;
using Xunit.Sdk;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>Reads the feed's output the way the device does: with the device's own SnapshotDecoder.</summary>
    internal static class Device
    {
        /// <summary>Decodes a body the device must accept, failing the test with the decoder's error and position otherwise.</summary>
        public static Snapshot Decode(byte[] body)
        {
            var decoder = new SnapshotDecoder();
            var snapshot = new Snapshot();
            if (!decoder.Decode(body, 0, body.Length, snapshot))
            {
                throw new XunitException(
                    $"The device rejects the feed's body: {decoder.Error} at byte {decoder.ErrorPosition} of {body.Length}:{Environment.NewLine}{Encoding.UTF8.GetString(body)}");
            }

            return snapshot;
        }
    }
}
