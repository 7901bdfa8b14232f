using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Ticker.Feed.Market;
using Ticker.Feed.Rest;
using Ticker.Feed.Sources;
using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Rest
{
    /// <summary>
    /// Each REST endpoint's parser on bodies in the exchange's documented format (the doc examples' shapes and, where
    /// they are usable, their values), reached the way live and replayed responses are: FeedInput, by URL alone.
    /// </summary>
    public class RestParserTests
    {
        private readonly RestRig _rig = new();
        private readonly long _now = TestClock.StartMs;

        [Fact]
        public void Binance_open_interest_history_gives_the_newest_value_the_supply_and_no_change_without_a_row_24_h_back()
        {
            _rig.Rest(RestRig.Endpoints.BinanceOpenInterestHist(), """
                [
                  {"symbol":"BTCUSDT","sumOpenInterest":"20403.63700000","sumOpenInterestValue":"150570784.07809979","CMCCirculatingSupply":"165880.538","timestamp":"1583127900000"},
                  {"symbol":"BTCUSDT","sumOpenInterest":"20401.36700000","sumOpenInterestValue":"149940752.14464448","CMCCirculatingSupply":"165900.14853","timestamp":"1583128200000"}
                ]
                """);

            Assert.Equal(new OpenInterestHistoryReading(149940752.14464448m, null, 165900.14853m, _now), _rig.Readings.OiHistory);
            Assert.Equal(new OpenInterestReading("binance", "BTCUSDT", 149940752.14464448m, _now), Assert.Single(_rig.Readings.OpenInterest));
            Assert.Equal(149_940_752, _rig.State.Leverage!.OiUsd);
            Assert.Equal(165900.14853m, _rig.State.Leverage.CirculatingSupplyBtc);
        }

        [Fact]
        public void Binance_open_interest_change_is_measured_against_the_row_exactly_24_h_before_the_newest()
        {
            var rows = new StringBuilder("[");
            long first = 1_700_000_000_000 - (1_700_000_000_000 % 300_000);
            for (int i = 0; i < 289; i++)
            {
                // 100 M at the first row, 110 M at the last; the rows between do not matter.
                string value = i == 0 ? "100000000" : i == 288 ? "110000000" : "1";
                rows.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"{{\"symbol\":\"BTCUSDT\",\"sumOpenInterest\":\"1\",\"sumOpenInterestValue\":\"{value}\",\"CMCCirculatingSupply\":\"19800000\",\"timestamp\":\"{first + i * 300_000L}\"}}");
            }

            _rig.Rest(RestRig.Endpoints.BinanceOpenInterestHist(), rows.Append(']').ToString());

            Assert.Equal(10m, _rig.Readings.OiHistory!.Chg24hPct);
            Assert.Equal(10m, _rig.State.Leverage!.OiChg24hPct);
        }

        [Fact]
        public void Binance_premium_index_gives_mark_price_and_funding_in_percent_per_8_h()
        {
            _rig.Rest(RestRig.Endpoints.BinancePremiumIndex(), """
                {"symbol":"BTCUSDT","markPrice":"11793.63104562","indexPrice":"11781.80495970","estimatedSettlePrice":"11781.16138815",
                 "lastFundingRate":"0.00038246","interestRate":"0.00010000","nextFundingTime":1597392000000,"time":1597370495002}
                """);

            Assert.Equal(new FundingReading("binance", "BTCUSDT", 0.038246m, _now), Assert.Single(_rig.Readings.Funding));
            Assert.Equal(new PriceSample(11793.63104562m, null, _now), _rig.Readings.MarkPrice);
            Assert.Equal(0.038246m, _rig.State.Leverage!.FundingPct8h);
        }

        [Fact]
        public void Binance_taker_ratio_takes_the_newest_row_whatever_the_order_and_its_period()
        {
            // The doc example lists its newest row first.
            _rig.Rest(RestRig.Endpoints.BinanceTakerRatio(), """
                [
                  {"buySellRatio":"1.5586","buyVol":"387.3300","sellVol":"248.5030","timestamp":"1585614900000"},
                  {"buySellRatio":"1.3104","buyVol":"343.9290","sellVol":"248.5030","timestamp":"1583139900000"}
                ]
                """);

            Assert.Equal(new TakerBucket("binance", 1585614900000, 300_000, 387.33m, 248.503m), _rig.Readings.BinanceTaker);
            Assert.Null(_rig.State.Leverage);
        }

        [Fact]
        public void Binance_long_short_ratio_is_the_newest_rows_stated_ratio()
        {
            _rig.Rest(RestRig.Endpoints.BinanceLongShortRatio(), """
                [
                  {"symbol":"BTCUSDT","longShortRatio":"0.1960","longAccount":"0.6622","shortAccount":"0.3378","timestamp":"1583139600000"},
                  {"symbol":"BTCUSDT","longShortRatio":"1.9559","longAccount":"0.6617","shortAccount":"0.3382","timestamp":"1583139900000"}
                ]
                """);

            Assert.Equal(new LongShortReading(1.9559m, 1583139900000, _now), _rig.Readings.LongShort);
            Assert.Equal(1.9559m, _rig.State.Leverage!.LongShortRatio);
        }

        [Fact]
        public void Binance_spot_ticker_gives_the_price_and_its_24_h_change()
        {
            _rig.Rest(RestRig.Endpoints.BinanceSpotPrice(), """
                {"symbol":"BTCUSDT","priceChange":"-2330.00000000","priceChangePercent":"-2.345","weightedAvgPrice":"98000.1","prevClosePrice":"99350.5",
                 "lastPrice":"97020.50000000","lastQty":"0.002","bidPrice":"97020.49","bidQty":"1.2","askPrice":"97020.50","askQty":"0.4","openPrice":"99350.50",
                 "highPrice":"99500.00","lowPrice":"96100.00","volume":"18250.12345","quoteVolume":"1780000000.5","openTime":1499783499040,"closeTime":1499869899040,
                 "firstId":28385,"lastId":28460,"count":76}
                """);

            Assert.Equal(new PriceSample(97020.5m, -2.345m, _now), _rig.Readings.SpotPrice);
            Assert.Equal(97020.5m, _rig.State.Price!.Usd);
            Assert.Equal(-2.345m, _rig.State.Price.Chg24hPct);
        }

        [Fact]
        public void Binance_spot_volumes_sum_the_btc_base_pairs_and_not_pairs_quoted_in_btc()
        {
            _rig.Rest(RestRig.Endpoints.BinanceSpotVolumes(), """
                [
                  {"symbol":"BNBBTC","openPrice":"99.0","highPrice":"100.0","lowPrice":"0.1","lastPrice":"4.000002","volume":"8913.30000000","quoteVolume":"15.3","openTime":1499783499040,"closeTime":1499869899040,"firstId":28385,"lastId":28460,"count":76},
                  {"symbol":"BTCUSDT","openPrice":"97000","highPrice":"98000","lowPrice":"96000","lastPrice":"97500","volume":"1000.50000000","quoteVolume":"97500000","openTime":1,"closeTime":2,"firstId":0,"lastId":10,"count":11},
                  {"symbol":"BTCEUR","openPrice":"90000","highPrice":"91000","lowPrice":"89000","lastPrice":"90500","volume":"20.25000000","quoteVolume":"1800000","openTime":1,"closeTime":2,"firstId":0,"lastId":10,"count":11},
                  {"symbol":"BTTCUSDT","openPrice":"1","highPrice":"1","lowPrice":"1","lastPrice":"1","volume":"99999","quoteVolume":"1","openTime":1,"closeTime":2,"firstId":0,"lastId":10,"count":11}
                ]
                """);

            Assert.Equal(new SpotVolumeReading("binance", "all", 1020.75m, 2, _now), Assert.Single(_rig.Readings.SpotVolumes));
        }

        [Fact]
        public void Binance_klines_give_the_taker_delta_as_twice_the_taker_buy_quote_minus_the_quote_volume()
        {
            // The doc row: quote volume 2434.19055334, taker buy quote 28.46694368.
            _rig.Rest(RestRig.Endpoints.BinanceSpotKlines(), """
                [[1499040000000,"0.01634790","0.80000000","0.01575800","0.01577100","148976.11427815",1499644799999,"2434.19055334",308,"1756.87402397","28.46694368","0"]]
                """);

            Assert.Equal(new SpotDeltaReading("binance", "BTCUSDT", -2377.25666598m, -2377.25666598m, _now), Assert.Single(_rig.Readings.SpotDeltas));
        }

        [Fact]
        public void Binance_klines_sum_the_last_hour_and_the_last_day_separately()
        {
            // 288 five-minute rows, each buying 10 more than it sells (taker buy quote 55, quote 100): +10 a row.
            var rows = new StringBuilder("[");
            for (int i = 0; i < 288; i++)
            {
                long open = 1_700_000_000_000 + i * 300_000L;
                rows.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"[{open},\"1\",\"1\",\"1\",\"1\",\"1\",{open + 299_999},\"100\",5,\"0.5\",\"55\",\"0\"]");
            }

            _rig.Rest(RestRig.Endpoints.BinanceSpotKlines(), rows.Append(']').ToString());

            Assert.Equal(new SpotDeltaReading("binance", "BTCUSDT", 2880m, 120m, _now), Assert.Single(_rig.Readings.SpotDeltas));
            Assert.Equal(2880, _rig.State.Spot!.DeltaUsd24h);
            Assert.Equal(120, _rig.State.Spot.DeltaUsd1h);
        }

        [Fact]
        public void The_spot_taker_delta_sums_binances_usdt_fdusd_and_usdc_pairs_and_names_its_venue()
        {
            Assert.Equal(new[] { "BTCUSDT", "BTCFDUSD", "BTCUSDC" }, RestEndpoints.BinanceSpotDeltaPairs);
            // Each pair one row: taker buy quote 60 of 100 (+20), 30 of 100 (−40), 80 of 100 (+60).
            _rig.Rest(RestRig.Endpoints.BinanceSpotKlines("BTCUSDT"), """[[1700000000000,"1","1","1","1","1",1700000299999,"100",5,"0.5","60","0"]]""");
            _rig.Rest(RestRig.Endpoints.BinanceSpotKlines("BTCFDUSD"), """[[1700000000000,"1","1","1","1","1",1700000299999,"100",5,"0.5","30","0"]]""");
            _rig.Rest(RestRig.Endpoints.BinanceSpotKlines("BTCUSDC"), """[[1700000000000,"1","1","1","1","1",1700000299999,"100",5,"0.5","80","0"]]""");

            Assert.Equal(3, _rig.Readings.SpotDeltas.Count);
            Assert.Equal(40, _rig.State.Spot!.DeltaUsd24h);
            Assert.Equal(40, _rig.State.Spot.DeltaUsd1h);
            Assert.Equal(new[] { "binance" }, _rig.State.Spot.DeltaVenues);

            // A pair that stopped answering drops out after MaxAge rather than holding the sum at an old value.
            _rig.Clock.Advance(MarketCombiner.MaxAge - TimeSpan.FromMinutes(1));
            _rig.Rest(RestRig.Endpoints.BinanceSpotKlines("BTCUSDT"), """[[1700000000000,"1","1","1","1","1",1700000299999,"100",5,"0.5","60","0"]]""");
            _rig.Clock.Advance(TimeSpan.FromMinutes(2));
            _rig.Rest(RestRig.Endpoints.BinanceSpotKlines("BTCUSDT"), """[[1700000000000,"1","1","1","1","1",1700000299999,"100",5,"0.5","60","0"]]""");
            Assert.Equal(20, _rig.State.Spot!.DeltaUsd24h);
            Assert.Equal(new[] { "binance" }, _rig.State.Spot.DeltaVenues);
        }

        [Fact]
        public void Binances_share_needs_a_second_fresh_venue_else_it_is_unknown()
        {
            _rig.Rest(RestRig.Endpoints.BinanceSpotPrice(), """{"symbol":"BTCUSDT","lastPrice":"100000","priceChangePercent":"1.5"}""");
            _rig.Rest(RestRig.Endpoints.BinanceSpotVolumes(), """[{"symbol":"BTCUSDT","volume":"700","quoteVolume":"1"}]""");
            Assert.Null(_rig.State.Spot!.BinanceSharePct);   // "100 % of 1 venue" is not a share
            Assert.Null(_rig.State.Spot.Venues);
            Assert.Equal(70_000_000, _rig.State.Spot.BinanceUsd24h);

            _rig.Rest(RestRig.Endpoints.BybitSpotTickers(), """{"retCode":0,"retMsg":"OK","result":{"category":"spot","list":[{"symbol":"BTCUSDT","volume24h":"300"}]},"retExtInfo":{},"time":1}""");
            Assert.Equal(70.0m, _rig.State.Spot!.BinanceSharePct);
            Assert.Equal(2, _rig.State.Spot.Venues);

            // Bybit goes quiet: past MaxAge only Binance is fresh, and the share is unknown again.
            _rig.Clock.Advance(MarketCombiner.MaxAge + TimeSpan.FromMinutes(1));
            _rig.Rest(RestRig.Endpoints.BinanceSpotPrice(), """{"symbol":"BTCUSDT","lastPrice":"100000","priceChangePercent":"1.5"}""");
            _rig.Rest(RestRig.Endpoints.BinanceSpotVolumes(), """[{"symbol":"BTCUSDT","volume":"700","quoteVolume":"1"}]""");
            Assert.Null(_rig.State.Spot!.BinanceSharePct);
        }

        [Fact]
        public void Coinbase_counts_a_usd_book_and_its_usdc_alias_once()
        {
            // The documented volume-summary shape (doubly nested), with BTC-USD and BTC-USDC both listed at one book's volume.
            _rig.Rest(RestRig.Endpoints.CoinbaseVolumeSummary(), """
                [[
                  {"id":"BTC-USD","base_currency":"BTC","quote_currency":"USD","display_name":"BTC-USD","market_types":["spot"],"spot_volume_24hour":"55","spot_volume_30day":"1","rfq_volume_24hour":"","rfq_volume_30day":"","conversion_volume_24hour":"0","conversion_volume_30day":"0"},
                  {"id":"BTC-USDC","base_currency":"BTC","quote_currency":"USDC","display_name":"BTC-USDC","market_types":["spot"],"spot_volume_24hour":"55","spot_volume_30day":"1","rfq_volume_24hour":"","rfq_volume_30day":"","conversion_volume_24hour":"0","conversion_volume_30day":"0"},
                  {"id":"BTC-EUR","base_currency":"BTC","quote_currency":"EUR","display_name":"BTC-EUR","market_types":["spot"],"spot_volume_24hour":"5","spot_volume_30day":"1","rfq_volume_24hour":"","rfq_volume_30day":"","conversion_volume_24hour":"0","conversion_volume_30day":"0"}
                ]]
                """);

            Assert.Equal(new SpotVolumeReading("coinbase", "all", 60m, 2, _now), Assert.Single(_rig.Readings.SpotVolumes));
        }

        [Fact]
        public void Bybit_linear_tickers_give_funding_one_sided_open_interest_and_the_most_traded_perpetuals()
        {
            _rig.Rest(RestRig.Endpoints.BybitLinearTickers(), """
                {"retCode":0,"retMsg":"OK","result":{"category":"linear","list":[
                  {"symbol":"BTCUSDT","lastPrice":"97000.10","markPrice":"97001.00","price24hPcnt":"0.0142","openInterest":"52000","openInterestValue":"10088000000",
                   "singleOpenInterestValue":"5044000000","turnover24h":"9000000000","volume24h":"92000","fundingRate":"0.0001","fundingIntervalHour":"8","nextFundingTime":"1760371200000"},
                  {"symbol":"ETHUSDT","lastPrice":"3000","markPrice":"3000","price24hPcnt":"0.01","openInterest":"1","openInterestValue":"4000000000",
                   "turnover24h":"5000000000","volume24h":"1","fundingRate":"0.0002","fundingIntervalHour":"8","nextFundingTime":"1760371200000"},
                  {"symbol":"BTCPERP","lastPrice":"97000","markPrice":"97000","price24hPcnt":"0.01","openInterest":"1","openInterestValue":"300000000",
                   "turnover24h":"100000000","volume24h":"1","fundingRate":"-0.0002","fundingIntervalHour":"4","nextFundingTime":"1760371200000"},
                  {"symbol":"BTC-26DEC25","lastPrice":"99000","markPrice":"99000","price24hPcnt":"0.01","openInterest":"1","openInterestValue":"1",
                   "turnover24h":"99000000000","volume24h":"1","fundingRate":"","fundingIntervalHour":"","nextFundingTime":"0"},
                  {"symbol":"SOLUSDT","lastPrice":"150","markPrice":"150","price24hPcnt":"0.01","openInterest":"1","openInterestValue":"1",
                   "turnover24h":"2000000000","volume24h":"1","fundingRate":"0.0001","fundingIntervalHour":"8","nextFundingTime":"1760371200000"},
                  {"symbol":"DOGEUSDT","lastPrice":"0.1","markPrice":"0.1","price24hPcnt":"0.01","openInterest":"1","openInterestValue":"1",
                   "turnover24h":"1000000000","volume24h":"1","fundingRate":"0.0001","fundingIntervalHour":"8","nextFundingTime":"1760371200000"}
                ]},"retExtInfo":{},"time":1760352369814}
                """);

            // BTCUSDT's one-sided value as given; BTCPERP has none, so half its two-sided value.
            Assert.Equal(
                new[] { new OpenInterestReading("bybit", "BTCPERP", 150_000_000m, _now), new OpenInterestReading("bybit", "BTCUSDT", 5_044_000_000m, _now) },
                _rig.Readings.OpenInterest.OrderBy(r => r.Instrument, StringComparer.Ordinal));
            // BTCPERP funds every 4 h: -0.02 % per 4 h is -0.04 % per 8 h.
            Assert.Equal(
                new[] { new FundingReading("bybit", "BTCPERP", -0.04m, _now), new FundingReading("bybit", "BTCUSDT", 0.01m, _now) },
                _rig.Readings.Funding.OrderBy(r => r.Instrument, StringComparer.Ordinal));
            // The dated future is not a perpetual, whatever its turnover; top 3 as the rig asks.
            Assert.Equal(new[] { "BTCUSDT", "ETHUSDT", "SOLUSDT" }, _rig.Readings.BybitTopSymbols);
            // OI-weighted: (0.01 x 5044 M - 0.04 x 150 M) / 5194 M.
            Assert.Equal(decimal.Round((0.01m * 5_044_000_000m - 0.04m * 150_000_000m) / 5_194_000_000m, 6), _rig.State.Leverage!.FundingPct8h);
            Assert.Equal(5_194_000_000, _rig.State.Leverage.OiUsd);
        }

        [Fact]
        public void Bybit_spot_tickers_sum_the_btc_pairs_base_volume()
        {
            _rig.Rest(RestRig.Endpoints.BybitSpotTickers(), """
                {"retCode":0,"retMsg":"OK","result":{"category":"spot","list":[
                  {"symbol":"BTCUSDT","bid1Price":"20517.96","bid1Size":"2","ask1Price":"20527.77","ask1Size":"1.862172","lastPrice":"20533.13","prevPrice24h":"20393.48",
                   "price24hPcnt":"0.0068","highPrice24h":"21128.12","lowPrice24h":"20318.89","turnover24h":"243765620.65899866","volume24h":"11801.27771","usdIndexPrice":"20784.12009279"},
                  {"symbol":"ETHBTC","bid1Price":"0.05","bid1Size":"2","ask1Price":"0.05","ask1Size":"1","lastPrice":"0.05","prevPrice24h":"0.05",
                   "price24hPcnt":"0","highPrice24h":"0.05","lowPrice24h":"0.05","turnover24h":"10","volume24h":"200","usdIndexPrice":""}
                ]},"retExtInfo":{},"time":1673859087947}
                """);

            Assert.Equal(new SpotVolumeReading("bybit", "all", 11801.27771m, 1, _now), Assert.Single(_rig.Readings.SpotVolumes));
        }

        [Fact]
        public void Okx_instruments_price_every_swaps_liquidations_over_the_shipped_table()
        {
            _rig.Rest(RestRig.Endpoints.OkxInstruments(), """
                {"code":"0","msg":"","data":[
                  {"instType":"SWAP","instId":"ETH-USDT-SWAP","uly":"ETH-USDT","instFamily":"ETH-USDT","settleCcy":"USDT","ctVal":"0.1","ctMult":"1","ctValCcy":"ETH","ctType":"linear","state":"live","lotSz":"0.01","tickSz":"0.01"},
                  {"instType":"SWAP","instId":"ETH-USD-SWAP","uly":"ETH-USD","instFamily":"ETH-USD","settleCcy":"ETH","ctVal":"10","ctMult":"1","ctValCcy":"USD","ctType":"inverse","state":"live","lotSz":"1","tickSz":"0.01"},
                  {"instType":"SWAP","instId":"BROKEN-SWAP","ctVal":"","ctValCcy":"X"}
                ]}
                """);

            Assert.True(_rig.Contracts.Current.TryGet("ETH-USDT-SWAP", out _));
            Assert.True(_rig.Contracts.Current.TryGet("BTC-USDT-SWAP", out _));
            Assert.Equal(1, _rig.Counters("okx").Skipped);

            // 10 contracts of 0.1 ETH at 3,000 (a long, net mode sell) and 50 contracts of 10 USD (a short).
            _rig.Input.AcceptFrame("okx-public-ws", VenueFrames.Utf8(VenueFrames.OkxPush(
                VenueFrames.OkxInstrument("ETH-USDT-SWAP", VenueFrames.OkxDetail("sell", "net", "3000", "10", _now - 1_000)),
                VenueFrames.OkxInstrument("ETH-USD-SWAP", VenueFrames.OkxDetail("buy", "short", "3100", "50", _now - 1_000)))));
            Assert.Equal(new Ticker.Feed.Aggregation.SideTotals(3_000, 500), _rig.Aggregator.Totals(_now)!.M5);
        }

        [Fact]
        public void Okx_open_interest_and_funding_read_the_btc_swaps()
        {
            _rig.Rest(RestRig.Endpoints.OkxOpenInterest("BTC-USDT-SWAP"), """
                {"code":"0","msg":"","data":[{"instType":"SWAP","instId":"BTC-USDT-SWAP","oi":"5000","oiCcy":"555.55","oiUsd":"50000","ts":"1597026383085"}]}
                """);
            _rig.Rest(RestRig.Endpoints.OkxFundingRate("BTC-USDT-SWAP"), """
                {"code":"0","data":[{"formulaType":"noRate","fundingRate":"0.0000182221218054","fundingTime":"1743609600000","impactValue":"","instId":"BTC-USDT-SWAP",
                 "instType":"SWAP","interestRate":"","maxFundingRate":"0.00375","method":"current_period","minFundingRate":"-0.00375","nextFundingRate":"",
                 "nextFundingTime":"1743638400000","premium":"0.0000910113652644","settFundingRate":"0.0000145824401745","settState":"settled","ts":"1743588686291"}],"msg":""}
                """);

            Assert.Equal(new OpenInterestReading("okx", "BTC-USDT-SWAP", 50_000m, _now), Assert.Single(_rig.Readings.OpenInterest));
            // fundingTime to nextFundingTime is 8 h, so the rate is already per 8 h.
            Assert.Equal(new FundingReading("okx", "BTC-USDT-SWAP", 0.00182221218054m, _now), Assert.Single(_rig.Readings.Funding));
        }

        [Fact]
        public void Okx_coinbase_kraken_and_bitstamp_spot_volumes_with_binance_give_the_share_over_six_venues()
        {
            _rig.Rest(RestRig.Endpoints.BinanceSpotPrice(), """{"symbol":"BTCUSDT","lastPrice":"100000","priceChangePercent":"1.5"}""");
            _rig.Rest(RestRig.Endpoints.BinanceSpotVolumes(), """[{"symbol":"BTCUSDT","volume":"700","quoteVolume":"1"}]""");
            _rig.Rest(RestRig.Endpoints.BybitSpotTickers(), """{"retCode":0,"retMsg":"OK","result":{"category":"spot","list":[{"symbol":"BTCUSDC","volume24h":"100"}]},"retExtInfo":{},"time":1}""");
            _rig.Rest(RestRig.Endpoints.OkxSpotTickers(), """
                {"code":"0","msg":"","data":[
                  {"instType":"SPOT","instId":"BTC-USDT","last":"100000","lastSz":"0.1","askPx":"100001","askSz":"1","bidPx":"99999","bidSz":"1","open24h":"98000","high24h":"101000","low24h":"97000","volCcy24h":"6000000","vol24h":"60","ts":"1597026383085","sodUtc0":"1","sodUtc8":"1"},
                  {"instType":"SPOT","instId":"ETH-BTC","last":"0.05","vol24h":"999","volCcy24h":"1","ts":"1597026383085"}
                ]}
                """);
            _rig.Rest(RestRig.Endpoints.CoinbaseVolumeSummary(), """
                [[
                  {"id":"BTC-USD","base_currency":"BTC","quote_currency":"USD","display_name":"BTC-USD","market_types":["spot"],"spot_volume_24hour":"55","spot_volume_30day":"1","rfq_volume_24hour":"","rfq_volume_30day":"","conversion_volume_24hour":"0","conversion_volume_30day":"0"},
                  {"id":"GALA-XYO","base_currency":"GALA","quote_currency":"XYO","display_name":"GALA-XYO","market_types":["rfq"],"spot_volume_24hour":"","spot_volume_30day":"","rfq_volume_24hour":"1232.2342","rfq_volume_30day":"2453232.2342","conversion_volume_24hour":"0","conversion_volume_30day":"0"},
                  {"id":"BTC-EUR","base_currency":"BTC","quote_currency":"EUR","display_name":"BTC-EUR","market_types":["spot"],"spot_volume_24hour":"5","spot_volume_30day":"1","rfq_volume_24hour":"","rfq_volume_30day":"","conversion_volume_24hour":"0","conversion_volume_30day":"0"}
                ]]
                """);
            _rig.Rest(RestRig.Endpoints.KrakenTickers(), """
                {"error":[],"result":{
                  "XXBTZUSD":{"a":["30300.10000","1","1.000"],"b":["30300.00000","1","1.000"],"c":["30303.20000","0.00067643"],"v":["4083.67001100","40"],"p":["30706.77771","30689.13205"],"t":[34619,38907],"l":["29868.30000","29868.30000"],"h":["31631.00000","31631.00000"],"o":"30502.80000"},
                  "XETHXXBT":{"a":["1","1","1"],"b":["1","1","1"],"c":["1","1"],"v":["1","500"],"p":["1","1"],"t":[1,1],"l":["1","1"],"h":["1","1"],"o":"1"}
                }}
                """);
            _rig.Rest(RestRig.Endpoints.BitstampTicker("btcusd"), """{"high":"8069.34","last":"7675.00","timestamp":"1523543610","bid":"7675.00","vwap":"7369.00","volume":"25","low":"6758.45","ask":"7675.01","open":"6940.94"}""");
            _rig.Rest(RestRig.Endpoints.BitstampTicker("btceur"), """{"high":"1","last":"1","timestamp":"1523543610","bid":"1","vwap":"1","volume":"15","low":"1","ask":"1","open":"1"}""");

            // Binance 700 of 700 + 100 + 60 + 60 + 40 + 40 = 1000 BTC.
            Ticker.Feed.State.SpotReading spot = _rig.State.Spot!;
            Assert.Equal(70.0m, spot.BinanceSharePct);
            Assert.Equal(6, spot.Venues);
            Assert.Equal(70_000_000, spot.BinanceUsd24h);
            Assert.Equal(30_000_000, spot.OthersUsd24h);
            Assert.All(new[] { "binance", "bybit", "okx", "coinbase", "kraken", "bitstamp" }, venue => Assert.Equal(0, _rig.Counters(venue).Malformed));
        }

        [Fact]
        public void A_garbage_body_is_counted_on_its_venue_and_the_last_good_reading_stays()
        {
            string url = RestRig.Endpoints.BinancePremiumIndex();
            _rig.Rest(url, """{"symbol":"BTCUSDT","markPrice":"60000","lastFundingRate":"0.0001"}""");
            _rig.Clock.Advance(TimeSpan.FromMinutes(1));
            _rig.Rest(url, "<html>502 Bad Gateway</html>");
            _rig.Rest(url, """{"symbol":"BTCUSDT","markPrice":"oops"}""");

            Assert.Equal(2, _rig.Counters("binance").Malformed);
            Assert.Equal(new FundingReading("binance", "BTCUSDT", 0.01m, _now), Assert.Single(_rig.Readings.Funding));
            Assert.Equal(0.01m, _rig.State.Leverage!.FundingPct8h);
        }

        [Fact]
        public void An_error_status_marks_the_venue_failing_and_parses_nothing()
        {
            _rig.Rest(RestRig.Endpoints.KrakenTickers(), """{"error":["EGeneral:Too many requests"]}""", status: 429);

            SourceStatus kraken = Assert.Single(_rig.Sources.StatusAt(_now));
            Assert.Equal(SourceState.Failing, kraken.State);
            Assert.Equal(0, _rig.Counters("kraken").Frames);
        }

        [Fact]
        public void Every_url_the_feed_requests_routes_to_a_parser()
        {
            foreach (Ticker.Feed.Polling.PollGroup group in Ticker.Feed.Polling.PollPlan.Create(RestRig.Endpoints))
            {
                foreach (Ticker.Feed.Polling.PollTarget target in group.Targets)
                {
                    _rig.Rest(target.Url, "[]");
                }
            }

            Assert.Equal(0, _rig.Input.UnroutedRest);
        }
    }
}
