using nanoFramework.TestFramework;
using Ticker.Core.NanoTests.Support;
using Ticker.Data;
using Ticker.Setup;

namespace Ticker.Core.NanoTests.Data
{
    /// <summary>Malformed bodies: refused with the right error and byte, nothing half-filled left behind, never an exception.</summary>
    [TestClass]
    public class MalformedSnapshotTests
    {
        [TestMethod]
        public void Every_malformed_body_is_refused_with_its_error_and_position()
        {
            SnapshotDecoder decoder = new SnapshotDecoder();
            Snapshot snapshot = new Snapshot();
            MalformedCase[] cases = MalformedCases.All();
            for (int i = 0; i < cases.Length; i++)
            {
                MalformedCase c = cases[i];

                bool ok = decoder.Decode(c.Body, 0, c.Body.Length, snapshot);

                Assert.IsFalse(ok, c.Label + ": accepted");
                Assert.AreEqual((int)c.Error, (int)decoder.Error, c.Label + ": error (" + SnapshotErrors.Describe(decoder.Error) + ")");
                Assert.AreEqual(c.Position, decoder.ErrorPosition, c.Label + ": position");
                Assert.AreEqual(Expected.EmptyFingerprint, SnapshotFingerprint.Of(snapshot), c.Label + ": snapshot not cleared");
            }
        }

        [TestMethod]
        public void A_refused_body_does_not_disturb_the_next_decode()
        {
            SnapshotDecoder decoder = new SnapshotDecoder();
            MalformedCase[] cases = MalformedCases.All();
            byte[] good = Utf8.Encode(DocExamples.Calm);
            for (int i = 0; i < cases.Length; i++)
            {
                Snapshot snapshot = new Snapshot();
                decoder.Decode(cases[i].Body, 0, cases[i].Body.Length, snapshot);

                Assert.IsTrue(decoder.Decode(good, 0, good.Length, snapshot), cases[i].Label + ": the next good body failed");
                Assert.AreEqual(Expected.ExampleFingerprints[0], SnapshotFingerprint.Of(snapshot), cases[i].Label + ": the next good body decoded differently");
            }
        }

        [TestMethod]
        public void Bad_arguments_are_refused_without_an_exception()
        {
            SnapshotDecoder decoder = new SnapshotDecoder();
            Snapshot snapshot = new Snapshot();
            byte[] body = Utf8.Encode(DocExamples.Calm);

            Assert.IsFalse(decoder.Decode(null, 0, 0, snapshot), "null body");
            Assert.IsFalse(decoder.Decode(body, 0, body.Length, null), "null target");
            Assert.IsFalse(decoder.Decode(body, -1, 2, snapshot), "negative offset");
            Assert.IsFalse(decoder.Decode(body, body.Length - 1, 2, snapshot), "past the end");
            Assert.AreEqual((int)DecodeError.InvalidArgument, (int)decoder.Error, "error");
        }
    }
}
