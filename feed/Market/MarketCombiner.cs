using System;
using System.Collections.Generic;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.State;

namespace Ticker.Feed.Market
{
    /// <summary>
    /// Turns the per-venue <see cref="MarketReadings"/> into the cross-venue readings of <see cref="MarketState"/>:
    /// <see cref="MarketState.Leverage"/> (the risk score's inputs), <see cref="MarketState.Price"/> and
    /// <see cref="MarketState.Spot"/>. Runs after every good input, on the input's receive time, so live and replayed
    /// data give the same state.
    /// </summary>
    /// <remarks>
    /// A reading older than <see cref="MaxAge"/> no longer counts: a venue that stopped answering drops out of the
    /// sums rather than holding them at an old value. Missing is not zero: a member with no reading stays null.
    /// </remarks>
    public sealed class MarketCombiner
    {
        /// <summary>How long a REST or stream reading counts after it was received.</summary>
        public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(30);

        private const long HourMs = 3_600_000;
        private const long DayMs = 24 * HourMs;

        /// <summary>Fewest fresh venues (Binance one of them) that make a spot share.</summary>
        public const int MinShareVenues = 2;

        /// <summary>Taker buckets are Binance's and Bybit's 5-minute periods.</summary>
        public const int TakerBucketMinutes = 5;

        private readonly MarketReadings _readings;
        private readonly MarketState _state;
        private readonly System.Threading.Lock _gate = new();

        public MarketCombiner(MarketReadings readings, MarketState state)
        {
            _readings = readings ?? throw new ArgumentNullException(nameof(readings));
            _state = state ?? throw new ArgumentNullException(nameof(state));
        }

        /// <summary>Recomputes the state from the readings as of <paramref name="nowMs"/> (feed clock).</summary>
        public void Publish(long nowMs)
        {
            // One at a time: the connectors and pollers call concurrently, and an older computation must not land
            // after a newer one.
            lock (_gate)
            {
                PublishLocked(nowMs);
            }
        }

        private void PublishLocked(long nowMs)
        {
            long oldest = nowMs - (long)MaxAge.TotalMilliseconds;
            PriceSample? price = Fresh(_readings.SpotPrice, oldest) ?? Fresh(_readings.MarkPrice, oldest);
            if (price is not null)
            {
                PriceReading reading = new(price.Usd, price.Chg24hPct);
                if (_state.Price != reading)
                {
                    _state.Price = reading;
                }
            }

            LeverageInputs? leverage = Leverage(oldest, price);
            if (leverage is not null && _state.Leverage != leverage)
            {
                _state.Leverage = leverage;
            }

            // Unlike the price, a spot reading whose venues all went stale is cleared: its share would otherwise stand
            // for hours over a denominator nobody measured.
            SpotReading? spot = Spot(oldest, price);
            if (_state.Spot != spot)
            {
                _state.Spot = spot;
            }
        }

        private LeverageInputs? Leverage(long oldest, PriceSample? price)
        {
            long newest = 0;
            var openInterest = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (OpenInterestReading oi in _readings.OpenInterest)
            {
                if (oi.AtMs >= oldest && oi.Usd > 0)
                {
                    openInterest[oi.Venue + " " + oi.Instrument] = oi.Usd;
                    newest = Math.Max(newest, oi.AtMs);
                }
            }

            // Funding weighted by each instrument's open interest; a plain mean when no instrument with funding has OI.
            decimal weighted = 0m, weights = 0m, plain = 0m;
            int fundingVenues = 0;
            foreach (FundingReading funding in _readings.Funding)
            {
                if (funding.AtMs < oldest)
                {
                    continue;
                }

                newest = Math.Max(newest, funding.AtMs);
                fundingVenues++;
                plain += funding.RatePct8h;
                if (openInterest.TryGetValue(funding.Venue + " " + funding.Instrument, out decimal oiUsd))
                {
                    weighted += funding.RatePct8h * oiUsd;
                    weights += oiUsd;
                }
            }

            decimal? fundingPct8h = weights > 0m ? weighted / weights : fundingVenues > 0 ? plain / fundingVenues : null;
            long? oiTotal = null;
            if (openInterest.Count > 0)
            {
                decimal sum = 0m;
                foreach (decimal usd in openInterest.Values)
                {
                    sum += usd;
                }

                oiTotal = (long)decimal.Round(sum, MidpointRounding.AwayFromZero);
            }

            OpenInterestHistoryReading? history = Fresh(_readings.OiHistory, oldest);
            LongShortReading? longShort = _readings.LongShort is { } ls && ls.AtMs >= oldest ? ls : null;
            (TakerBucket? taker, TakerBucket? bybitTaker) = Taker(oldest);
            newest = Math.Max(newest, Math.Max(history?.AtMs ?? 0, longShort?.AtMs ?? 0));
            if (newest == 0 && taker is null)
            {
                return null;
            }

            decimal? takerRatio = Ratio(taker);
            return new LeverageInputs(
                FundingPct8h: fundingPct8h is { } f ? decimal.Round(f, 6, MidpointRounding.AwayFromZero) : null,
                OiUsd: oiTotal,
                OiChg24hPct: history?.Chg24hPct is { } chg ? decimal.Round(chg, 2, MidpointRounding.AwayFromZero) : null,
                TakerBuySell: takerRatio,
                TakerBucketMin: takerRatio is null ? null : (int)(taker!.LengthMs / 60_000),
                LongShortRatio: longShort?.Ratio,
                CirculatingSupplyBtc: history?.CirculatingSupplyBtc,
                PriceUsd: price?.Usd,
                AtUnixMs: newest > 0 ? newest : null,
                TakerBuySellBybit: takerRatio is null ? null : Ratio(bybitTaker));
        }

        private static decimal? Ratio(TakerBucket? bucket) =>
            bucket is { SellBase: > 0m } ? decimal.Round(bucket.BuyBase / bucket.SellBase, 4, MidpointRounding.AwayFromZero) : null;

        // Binance's latest 5-minute bucket, with Bybit's trades for the same bucket added when Bybit covered all of it;
        // Bybit's latest complete bucket alone when Binance has none. Second: Bybit's own bucket within the first.
        private (TakerBucket? Pooled, TakerBucket? Bybit) Taker(long oldest)
        {
            TakerBucket? binance = _readings.BinanceTaker;
            if (binance is not null && binance.StartMs + binance.LengthMs < oldest)
            {
                binance = null;
            }

            if (binance is null)
            {
                TakerBucket? alone = _readings.BybitTrades.LatestComplete();
                // Bybit alone: the pooled figure is Bybit's own, so it is not repeated beside it.
                return alone is not null && alone.StartMs + alone.LengthMs >= oldest ? (alone, null) : (null, null);
            }

            TakerBucket? bybit = binance.LengthMs == _readings.BybitTrades.BucketMs ? _readings.BybitTrades.Complete(binance.StartMs) : null;
            return bybit is null
                ? (binance, null)
                : (binance with { BuyBase = binance.BuyBase + bybit.BuyBase, SellBase = binance.SellBase + bybit.SellBase }, bybit);
        }

        private SpotReading? Spot(long oldest, PriceSample? price)
        {
            var venues = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (SpotVolumeReading volume in _readings.SpotVolumes)
            {
                if (volume.AtMs >= oldest)
                {
                    venues.TryGetValue(volume.Venue, out decimal sum);
                    venues[volume.Venue] = sum + volume.BaseBtc;
                }
            }

            // The taker delta: every fresh pair's, summed; its scope is the venues they belong to.
            decimal delta24h = 0m, delta1h = 0m;
            var deltaVenues = new List<string>();
            foreach (SpotDeltaReading pair in _readings.SpotDeltas)
            {
                if (pair.AtMs >= oldest)
                {
                    delta24h += pair.DeltaUsd24h;
                    delta1h += pair.DeltaUsd1h;
                    if (!deltaVenues.Contains(pair.Venue))
                    {
                        deltaVenues.Add(pair.Venue);
                    }
                }
            }

            // Venues whose taker volume is in BTC (OKX's): at the current price, and only with both windows covered.
            foreach (SpotTakerBtcReading day in _readings.SpotTakerBtc)
            {
                if (day.WindowMs != DayMs || day.AtMs < oldest || price is null || deltaVenues.Contains(day.Venue))
                {
                    continue;
                }

                foreach (SpotTakerBtcReading hour in _readings.SpotTakerBtc)
                {
                    if (hour.Venue == day.Venue && hour.WindowMs == HourMs && hour.AtMs >= oldest)
                    {
                        delta24h += day.DeltaBtc * price.Usd;
                        delta1h += hour.DeltaBtc * price.Usd;
                        deltaVenues.Add(day.Venue);
                    }
                }
            }

            deltaVenues.Sort(VenueOrder.Instance);
            bool deltaKnown = deltaVenues.Count > 0;

            // The previous list when it names the same venues, so an unchanged reading compares equal (records compare lists by reference).
            IReadOnlyList<string> deltaScope = _state.Spot?.DeltaVenues is { } previous && SameVenues(previous, deltaVenues) ? previous : deltaVenues;
            decimal? sharePct = null;
            long? binanceUsd = null, othersUsd = null;
            int? venueCount = null;

            if (price is not null && venues.TryGetValue(ExchangeIds.Binance, out decimal binanceBtc))
            {
                decimal others = 0m;
                foreach (KeyValuePair<string, decimal> venue in venues)
                {
                    if (venue.Key != ExchangeIds.Binance)
                    {
                        others += venue.Value;
                    }
                }

                decimal total = binanceBtc + others;
                binanceUsd = (long)decimal.Round(binanceBtc * price.Usd, MidpointRounding.AwayFromZero);

                // A share needs a denominator: with Binance alone it would read "100 % of 1 venue".
                if (venues.Count >= MinShareVenues)
                {
                    sharePct = total > 0m ? decimal.Round(binanceBtc * 100m / total, 1, MidpointRounding.AwayFromZero) : null;
                    othersUsd = (long)decimal.Round(others * price.Usd, MidpointRounding.AwayFromZero);
                    venueCount = venues.Count;
                }
            }

            if (binanceUsd is null && !deltaKnown)
            {
                return null;
            }

            return new SpotReading(
                BinanceSharePct: sharePct,
                Venues: venueCount,
                BinanceUsd24h: binanceUsd,
                OthersUsd24h: othersUsd,
                DeltaUsd24h: deltaKnown ? (long)decimal.Round(delta24h, MidpointRounding.AwayFromZero) : null,
                DeltaUsd1h: deltaKnown ? (long)decimal.Round(delta1h, MidpointRounding.AwayFromZero) : null,
                DeltaVenues: deltaKnown ? deltaScope : null);
        }

        private static bool SameVenues(IReadOnlyList<string> a, List<string> b)
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (int i = 0; i < a.Count; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static PriceSample? Fresh(PriceSample? sample, long oldest) => sample is not null && sample.AtMs >= oldest ? sample : null;

        private static OpenInterestHistoryReading? Fresh(OpenInterestHistoryReading? reading, long oldest) => reading is not null && reading.AtMs >= oldest ? reading : null;

    }
}
