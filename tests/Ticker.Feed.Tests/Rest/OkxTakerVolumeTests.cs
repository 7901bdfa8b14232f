using System;
using System.Globalization;
using System.Linq;
using Ticker.Feed.Market;
using Ticker.Feed.Polling;
using Ticker.Feed.Rest;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Rest
{
    /// <summary>
    /// OKX's BTC spot taker volume (<c>/api/v5/rubik/stat/taker-volume</c>, rows <c>[ts, sellVol, buyVol]</c>, sell
    /// first, in BTC) joins the spot taker delta at the current price, with OKX named in its scope, only while its rows
    /// cover both the day (1H rows) and the hour (5m rows).
    /// </summary>
    public class OkxTakerVolumeTests
    {
        private const long HourMs = 3_600_000;
        private const long FiveMinutesMs = 300_000;
        private readonly RestRig _rig = new();

        public OkxTakerVolumeTests()
        {
            // BTC at $100,000, and Binance's BTCUSDT klines buying $20 more than they sell.
            _rig.Rest(RestRig.Endpoints.BinanceSpotPrice(), """{"symbol":"BTCUSDT","lastPrice":"100000","priceChangePercent":"1.5"}""");
            _rig.Rest(RestRig.Endpoints.BinanceSpotKlines("BTCUSDT"), """[[1700000000000,"1","1","1","1","1",1700000299999,"100",5,"0.5","60","0"]]""");
        }

        [Fact]
        public void The_rows_are_sell_first_in_BTC_and_join_binances_delta_at_the_current_price()
        {
            // 24 hourly rows selling 2 BTC and buying 3 (+1 BTC each); 12 five-minute rows selling 1 and buying 1.5 (+0.5).
            _rig.Rest(RestRig.Endpoints.OkxSpotTakerVolume("1H"), Rows(HourMs, 24, "2", "3"));
            _rig.Rest(RestRig.Endpoints.OkxSpotTakerVolume("5m"), Rows(FiveMinutesMs, 12, "1", "1.5"));

            // +24 BTC and +6 BTC at $100,000, beside Binance's +$20.
            Assert.Equal(20 + 2_400_000, _rig.State.Spot!.DeltaUsd24h);
            Assert.Equal(20 + 600_000, _rig.State.Spot.DeltaUsd1h);
            Assert.Equal(new[] { "binance", "okx" }, _rig.State.Spot.DeltaVenues);
            Assert.Equal(0, _rig.Counters("okx").Malformed);
        }

        [Fact]
        public void Okx_is_left_out_of_the_sum_and_the_scope_until_its_rows_cover_both_windows()
        {
            _rig.Rest(RestRig.Endpoints.OkxSpotTakerVolume("1H"), Rows(HourMs, 24, "2", "3"));
            Assert.Equal(new[] { "binance" }, _rig.State.Spot!.DeltaVenues);

            // 11 five-minute rows are 55 minutes, not the hour: skipped (counted), OKX still out.
            _rig.Rest(RestRig.Endpoints.OkxSpotTakerVolume("5m"), Rows(FiveMinutesMs, 11, "1", "1.5"));
            Assert.Equal(new[] { "binance" }, _rig.State.Spot!.DeltaVenues);
            Assert.Equal(20, _rig.State.Spot.DeltaUsd24h);
            Assert.Equal(1, _rig.Counters("okx").Skipped);
            Assert.Contains("11 of the 12 rows", _rig.Counters("okx").LastProblem, StringComparison.Ordinal);

            _rig.Rest(RestRig.Endpoints.OkxSpotTakerVolume("5m"), Rows(FiveMinutesMs, 12, "1", "1.5"));
            Assert.Equal(new[] { "binance", "okx" }, _rig.State.Spot!.DeltaVenues);

            // A later day with an hour missing takes OKX out again at once, not after the readings' 30 minutes.
            string gap = Rows(HourMs, 25, "2", "3").Replace(Row(HourMs, 5, "2", "3") + ",", "", StringComparison.Ordinal);
            _rig.Rest(RestRig.Endpoints.OkxSpotTakerVolume("1H"), gap);
            Assert.Equal(new[] { "binance" }, _rig.State.Spot!.DeltaVenues);
            Assert.Equal(20, _rig.State.Spot.DeltaUsd1h);
        }

        [Fact]
        public void Rows_that_stopped_hours_ago_are_not_the_last_day()
        {
            _rig.Rest(RestRig.Endpoints.OkxSpotTakerVolume("1H"), Rows(HourMs, 30, "2", "3", startAgo: 4));
            _rig.Rest(RestRig.Endpoints.OkxSpotTakerVolume("5m"), Rows(FiveMinutesMs, 12, "1", "1.5"));

            Assert.Equal(new[] { "binance" }, _rig.State.Spot!.DeltaVenues);
            Assert.Contains("newest row began 240 min before the answer", _rig.Counters("okx").LastProblem, StringComparison.Ordinal);
        }

        [Fact]
        public void The_docs_example_reads_and_an_error_answer_is_counted_keeping_the_last_good_reading()
        {
            // The docs' example: two daily rows, not a day of hourly ones: well-formed, left out.
            _rig.Rest(RestRig.Endpoints.OkxSpotTakerVolume("1H"), """{"code":"0","data":[["1630425600000","7596.2651","7149.4855"],["1630339200000","5312.7876","7002.7541"]],"msg":""}""");
            Assert.Equal(0, _rig.Counters("okx").Malformed);
            Assert.Equal(1, _rig.Counters("okx").Skipped);

            _rig.Rest(RestRig.Endpoints.OkxSpotTakerVolume("1H"), Rows(HourMs, 24, "2", "3"));
            _rig.Rest(RestRig.Endpoints.OkxSpotTakerVolume("5m"), Rows(FiveMinutesMs, 12, "1", "1.5"));
            _rig.Rest(RestRig.Endpoints.OkxSpotTakerVolume("1H"), """{"code":"50011","msg":"Too Many Requests","data":[]}""");

            Assert.Equal(1, _rig.Counters("okx").Malformed);
            Assert.Equal(new[] { "binance", "okx" }, _rig.State.Spot!.DeltaVenues);
        }

        [Fact]
        public void The_pollers_ask_for_btc_spot_in_hourly_and_five_minute_rows()
        {
            string[] okx = PollPlan.Create(RestEndpoints.Production).Single(group => group.Name == "okx").Targets.Select(target => target.Url).ToArray();

            Assert.Contains("https://www.okx.com/api/v5/rubik/stat/taker-volume?ccy=BTC&instType=SPOT&period=1H", okx);
            Assert.Contains("https://www.okx.com/api/v5/rubik/stat/taker-volume?ccy=BTC&instType=SPOT&period=5m", okx);
        }

        // The newest complete row first (it began one row before now, or startAgo rows before), OKX's envelope.
        private string Rows(long rowMs, int count, string sell, string buy, int startAgo = 1) =>
            "{\"code\":\"0\",\"data\":[" + string.Join(",", Enumerable.Range(startAgo, count).Select(i => Row(rowMs, i, sell, buy))) + "],\"msg\":\"\"}";

        private string Row(long rowMs, int rowsAgo, string sell, string buy) =>
            "[\"" + (_rig.Now / rowMs * rowMs - rowsAgo * rowMs).ToString(CultureInfo.InvariantCulture) + "\",\"" + sell + "\",\"" + buy + "\"]";
    }
}
