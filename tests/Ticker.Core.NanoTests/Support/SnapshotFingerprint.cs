using Ticker.Data;

namespace Ticker.Core.NanoTests.Support
{
    /// <summary>
    /// One number for everything a decoded <see cref="Snapshot"/> holds, every field in a fixed order, so the
    /// decoder's result on nanoCLR can be compared with its result on .NET. A .NET test checks that every public
    /// field of the snapshot's types is named here (SnapshotFingerprintCoverage), so a new field cannot be missed.
    /// </summary>
    public static class SnapshotFingerprint
    {
        /// <summary>The fingerprint of <paramref name="s"/>.</summary>
        public static uint Of(Snapshot s)
        {
            Fnv32 h = new Fnv32();
            h.Add(s.Version);
            h.Add(s.Seq);
            h.Add(s.AsOf);
            h.Add(s.Asset);
            h.Add(s.WaitMax);

            h.Add(s.Price.Present);
            h.Add(s.Price.UsdCents);
            h.Add(s.Price.Chg24hPctE2);

            h.Add(s.Risk.Present);
            h.Add(s.Risk.Score);
            h.Add(s.Risk.FundingPct8hE4);
            h.Add(s.Risk.OiUsd);
            h.Add(s.Risk.OiChg24hPctE2);
            h.Add(s.Risk.TakerBuySellE3);
            h.Add(s.Risk.TakerBuySellBybitE3);
            h.Add(s.Risk.TakerBucketMin);
            h.Add(s.Risk.LongShortRatioE3);
            h.Add(s.Risk.PartFunding);
            h.Add(s.Risk.PartOpenInterest);
            h.Add(s.Risk.PartTaker);
            h.Add(s.Risk.PartLongShort);
            h.Add(s.Risk.PartLiquidations);

            h.Add(s.Liq.Present);
            h.Add(s.Liq.LowerBound);
            AddWindow(h, s.Liq.M5);
            AddWindow(h, s.Liq.H1);
            AddWindow(h, s.Liq.H4);
            AddWindow(h, s.Liq.H24);
            h.Add(s.Liq.HourlyCount);
            for (int i = 0; i < s.Liq.HourlyLongM.Length; i++)
            {
                h.Add(s.Liq.HourlyLongM[i]);
                h.Add(s.Liq.HourlyShortM[i]);
            }

            h.Add(s.Liq.VenueCount);
            for (int i = 0; i < s.Liq.Venues.Length; i++)
            {
                h.Add(s.Liq.Venues[i]);
            }

            h.Add(s.Spot.Present);
            h.Add(s.Spot.BinanceSharePctE2);
            h.Add(s.Spot.Venues);
            h.Add(s.Spot.BinanceUsd24h);
            h.Add(s.Spot.OthersUsd24h);
            h.Add(s.Spot.DeltaUsd24h);
            h.Add(s.Spot.DeltaUsd1h);
            h.Add(s.Spot.DeltaVenueCount);
            for (int i = 0; i < s.Spot.DeltaVenues.Length; i++)
            {
                h.Add(s.Spot.DeltaVenues[i]);
            }

            h.Add(s.Alert.Present);
            h.Add((int)s.Alert.Level);
            h.Add((int)s.Alert.Side);
            h.Add(s.Alert.StartedAt);
            h.Add(s.Alert.M5Usd);
            h.Add(s.Alert.EventUsd);
            h.Add(s.Alert.PriceChgPctE2);
            h.Add(s.Alert.Headline);

            h.Add(s.SourceCount);
            for (int i = 0; i < s.Sources.Length; i++)
            {
                h.Add(s.Sources[i].Name);
                h.Add(s.Sources[i].Ok);
                h.Add(s.Sources[i].AgeS);
            }

            return h.Hash;
        }

        private static void AddWindow(Fnv32 h, LiqWindow window)
        {
            h.Add(window.Long);
            h.Add(window.Short);
            h.Add(window.BtcLong);
            h.Add(window.BtcShort);
            h.Add(window.CoveredS);
        }
    }
}
