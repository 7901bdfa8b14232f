using nanoFramework.TestFramework;
using Ticker.Core.NanoTests.Support;
using Ticker.Data;
using Ticker.Setup;

namespace Ticker.Core.NanoTests.Data
{
    /// <summary>The decoder on the documented examples (docs/examples): every field as .NET decodes it.</summary>
    [TestClass]
    public class SnapshotDecoderTests
    {
        [TestMethod]
        public void Every_example_decodes_reading_each_byte_once()
        {
            SnapshotDecoder decoder = new SnapshotDecoder();
            Snapshot snapshot = new Snapshot();
            for (int i = 0; i < DocExamples.Names.Length; i++)
            {
                string name = DocExamples.Names[i];
                byte[] body = Utf8.Encode(DocExamples.Json(name));

                bool ok = decoder.Decode(body, 0, body.Length, snapshot);

                Assert.IsTrue(ok, name + ": " + SnapshotErrors.Describe(decoder.Error) + " at byte " + decoder.ErrorPosition.ToString());
                Assert.AreEqual(body.Length, decoder.BytesRead, name + ": bytes read");
                Assert.IsTrue(body.Length <= 1024, name + ": over the contract's 1,024 bytes");
            }
        }

        [TestMethod]
        public void Every_example_decodes_to_the_same_fields_as_on_dotnet()
        {
            SnapshotDecoder decoder = new SnapshotDecoder();
            for (int i = 0; i < DocExamples.Names.Length; i++)
            {
                string name = DocExamples.Names[i];
                byte[] body = Utf8.Encode(DocExamples.Json(name));
                Snapshot snapshot = new Snapshot();
                decoder.Decode(body, 0, body.Length, snapshot);

                Assert.AreEqual(Expected.ExampleFingerprints[i], SnapshotFingerprint.Of(snapshot), name + ": fingerprint");
            }
        }

        [TestMethod]
        public void Cascade_example_field_by_field()
        {
            Snapshot s = Decode(DocExamples.Cascade);

            Assert.AreEqual(1, s.Version, "v");
            Assert.AreEqual("BTC", s.Asset, "asset");
            Assert.IsTrue(s.Price.Present, "price present");
            Assert.AreEqual((int)AlertLevel.Cascade, (int)s.Alert.Level, "alert level");
            Assert.AreEqual((int)AlertSide.Long, (int)s.Alert.Side, "alert side");
            Assert.AreEqual(1795043585L, s.Alert.StartedAt, "alert startedAt");
            Assert.AreEqual(412000000L, s.Alert.M5Usd, "alert m5Usd");
            Assert.AreEqual(3874000000L, s.Alert.EventUsd, "alert eventUsd");
            Assert.AreEqual(Value.Missing, s.Alert.PriceChgPctE2, "alert priceChgPct (shed)");
            Assert.AreEqual("Long cascade: $3.9B", s.Alert.Headline, "alert headline");
            Assert.AreEqual(1018000000L, s.Liq.H24.BtcLong, "h24 btcLong");
            Assert.AreEqual(61000000L, s.Liq.H24.BtcShort, "h24 btcShort");
            Assert.AreEqual(Value.Missing, s.Liq.H24.CoveredS, "h24 whole");
        }

        [TestMethod]
        public void Partial_example_leaves_absent_sections_missing_not_zero()
        {
            Snapshot s = Decode(DocExamples.Partial);

            Assert.IsTrue(s.Price.Present, "price present");
            Assert.AreEqual(9118750L, s.Price.UsdCents, "price in cents");
            Assert.IsTrue(Value.IsMissing(s.Price.Chg24hPctE2), "24h change missing");
            Assert.IsFalse(s.Risk.Present, "risk absent");
            Assert.IsTrue(Value.IsMissing(s.Risk.Score), "risk score missing");
            Assert.IsFalse(s.Liq.Present, "liquidations absent");
            Assert.IsFalse(s.Alert.Present, "alert absent");
            Assert.AreEqual(3, s.SourceCount, "sources");
            Assert.IsFalse(s.Sources[0].Ok, "binance down");
            Assert.IsTrue(Value.IsMissing(s.Sources[0].AgeS), "binance age unknown");
        }

        [TestMethod]
        public void Decoding_the_same_example_again_allocates_no_new_strings()
        {
            SnapshotDecoder decoder = new SnapshotDecoder();
            byte[] body = Utf8.Encode(DocExamples.Cascade);
            Snapshot first = new Snapshot();
            Snapshot second = new Snapshot();
            decoder.Decode(body, 0, body.Length, first);
            decoder.Decode(body, 0, body.Length, second);

            Assert.AreSame(first.Asset, second.Asset, "asset string reused");
            Assert.AreSame(first.Alert.Headline, second.Alert.Headline, "headline string reused");
        }

        private static Snapshot Decode(string json)
        {
            byte[] body = Utf8.Encode(json);
            Snapshot snapshot = new Snapshot();
            SnapshotDecoder decoder = new SnapshotDecoder();
            Assert.IsTrue(decoder.Decode(body, 0, body.Length, snapshot), SnapshotErrors.Describe(decoder.Error));
            return snapshot;
        }
    }
}
