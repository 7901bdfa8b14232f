using System.Collections.Generic;
using Ticker.Data;
using Ticker.Feed.Snapshots;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Snapshots
{
    /// <summary>
    /// The shedding order keeps what every screen shows: the busiest realistic alert snapshot (six sources, two of
    /// them down, the BTC/altcoin split, a both-sides cascade, every member) fits 1,024 bytes with each screen's
    /// values intact, as the device's own decoder reads them.
    /// </summary>
    public class BusiestAlertSnapshotTests
    {
        private static Snapshot Fitted(out ShedStep shed, out int length)
        {
            byte[] body = SnapshotBuilder.Fit(ContractExamples.Busiest(), ContractExamples.CascadeHeader, null, out shed);
            length = body.Length;
            return Device.Decode(body);
        }

        [Fact]
        public void It_fits_by_shedding_only_what_no_screen_shows()
        {
            Snapshot s = Fitted(out ShedStep shed, out int length);

            Assert.True(length <= SnapshotBuilder.MaxBytes, $"{length} bytes");
            Assert.True(shed < ShedStep.SpotVolumes, $"shed through {shed}: a shown value went");
        }

        [Fact]
        public void Every_screen_has_its_values()
        {
            Snapshot s = Fitted(out _, out _);
            var missing = new List<string>();
            void Need(string name, long value)
            {
                if (Value.IsMissing(value))
                {
                    missing.Add(name);
                }
            }

            // Gauge.
            Need("risk.score", s.Risk.Score);
            Need("risk.parts.funding", s.Risk.PartFunding);
            Need("risk.parts.oi", s.Risk.PartOpenInterest);
            Need("risk.parts.taker", s.Risk.PartTaker);
            Need("risk.parts.longShort", s.Risk.PartLongShort);
            Need("risk.parts.liq", s.Risk.PartLiquidations);

            // Market.
            Need("price.usd", s.Price.UsdCents);
            Need("price.chg24hPct", s.Price.Chg24hPctE2);
            Need("risk.inputs.fundingPct8h", s.Risk.FundingPct8hE4);
            Need("risk.inputs.oiUsd", s.Risk.OiUsd);
            Need("risk.inputs.oiChg24hPct", s.Risk.OiChg24hPctE2);
            Need("risk.inputs.takerBuySell", s.Risk.TakerBuySellE3);
            Need("risk.inputs.takerBucketMin", s.Risk.TakerBucketMin);
            Need("risk.inputs.longShortRatio", s.Risk.LongShortRatioE3);

            // Spot.
            Need("spot.binanceSharePct", s.Spot.BinanceSharePctE2);
            Need("spot.venues", s.Spot.Venues);
            Need("spot.binanceUsd24h", s.Spot.BinanceUsd24h);
            Need("spot.othersUsd24h", s.Spot.OthersUsd24h);
            Need("spot.deltaUsd24h", s.Spot.DeltaUsd24h);
            Need("spot.deltaUsd1h", s.Spot.DeltaUsd1h);

            // Liquidations, with the altcoin share.
            Need("liq.h24.long", s.Liq.H24.Long);
            Need("liq.h24.short", s.Liq.H24.Short);
            Need("liq.h24.btcLong", s.Liq.H24.BtcLong);
            Need("liq.h24.btcShort", s.Liq.H24.BtcShort);
            Need("liq.h1.long", s.Liq.H1.Long);
            Need("liq.h1.short", s.Liq.H1.Short);
            Need("liq.m5.long", s.Liq.M5.Long);
            Need("liq.m5.short", s.Liq.M5.Short);
            for (int i = 0; i < LiqSection.HourlyCapacity; i++)
            {
                Need("liq.hourlyLongM[" + i + "]", i < s.Liq.HourlyCount ? s.Liq.HourlyLongM[i] : Value.Missing);
                Need("liq.hourlyShortM[" + i + "]", i < s.Liq.HourlyCount ? s.Liq.HourlyShortM[i] : Value.Missing);
            }

            // The alert banner (and the button's acknowledgement, which keys on startedAt).
            Need("alert.startedAt", s.Alert.StartedAt);
            Assert.Equal(AlertLevel.Cascade, s.Alert.Level);
            Assert.Equal(AlertSide.Long, s.Alert.Side);
            Assert.Equal("Long+short cascade $6.1B", s.Alert.Headline);

            // The failing sources are still named (their ok: false).
            Assert.Equal(2, s.SourceCount);
            Assert.Empty(missing);
        }
    }
}
