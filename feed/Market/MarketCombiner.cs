using System;
using System.Collections.Generic;
using Ticker.Data;
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

            SpotReading? spot = Spot(oldest, price);
            if (spot is not null && _state.Spot != spot)
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
            TakerBucket? taker = Taker(oldest);
            newest = Math.Max(newest, Math.Max(history?.AtMs ?? 0, longShort?.AtMs ?? 0));
            if (newest == 0 && taker is null)
            {
                return null;
            }

            decimal? takerRatio = taker is { SellBase: > 0m } ? decimal.Round(taker.BuyBase / taker.SellBase, 4, MidpointRounding.AwayFromZero) : null;
            return new LeverageInputs(
                FundingPct8h: fundingPct8h is { } f ? decimal.Round(f, 6, MidpointRounding.AwayFromZero) : null,
                OiUsd: oiTotal,
                OiChg24hPct: history?.Chg24hPct is { } chg ? decimal.Round(chg, 2, MidpointRounding.AwayFromZero) : null,
                TakerBuySell: takerRatio,
                TakerBucketMin: takerRatio is null ? null : (int)(taker!.LengthMs / 60_000),
                LongShortRatio: longShort?.Ratio,
                CirculatingSupplyBtc: history?.CirculatingSupplyBtc,
                PriceUsd: price?.Usd,
                AtUnixMs: newest > 0 ? newest : null);
        }

        // Binance's latest 5-minute bucket, with Bybit's trades for the same bucket added when Bybit covered all of it;
        // Bybit's latest complete bucket alone when Binance has none.
        private TakerBucket? Taker(long oldest)
        {
            TakerBucket? binance = _readings.BinanceTaker;
            if (binance is not null && binance.StartMs + binance.LengthMs < oldest)
            {
                binance = null;
            }

            if (binance is null)
            {
                TakerBucket? alone = _readings.BybitTrades.LatestComplete();
                return alone is not null && alone.StartMs + alone.LengthMs >= oldest ? alone : null;
            }

            TakerBucket? bybit = binance.LengthMs == _readings.BybitTrades.BucketMs ? _readings.BybitTrades.Complete(binance.StartMs) : null;
            return bybit is null
                ? binance
                : binance with { BuyBase = binance.BuyBase + bybit.BuyBase, SellBase = binance.SellBase + bybit.SellBase };
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

            SpotDeltaReading? delta = Fresh(_readings.SpotDelta, oldest);
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
                sharePct = total > 0m ? decimal.Round(binanceBtc * 100m / total, 1, MidpointRounding.AwayFromZero) : null;
                binanceUsd = (long)decimal.Round(binanceBtc * price.Usd, MidpointRounding.AwayFromZero);
                othersUsd = (long)decimal.Round(others * price.Usd, MidpointRounding.AwayFromZero);
                venueCount = venues.Count;
            }

            if (sharePct is null && delta is null)
            {
                return null;
            }

            return new SpotReading(
                BinanceSharePct: sharePct,
                Venues: venueCount,
                BinanceUsd24h: binanceUsd,
                OthersUsd24h: othersUsd,
                DeltaUsd24h: delta is null ? null : (long)decimal.Round(delta.DeltaUsd24h, MidpointRounding.AwayFromZero),
                DeltaUsd1h: delta is null ? null : (long)decimal.Round(delta.DeltaUsd1h, MidpointRounding.AwayFromZero));
        }

        private static PriceSample? Fresh(PriceSample? sample, long oldest) => sample is not null && sample.AtMs >= oldest ? sample : null;

        private static OpenInterestHistoryReading? Fresh(OpenInterestHistoryReading? reading, long oldest) => reading is not null && reading.AtMs >= oldest ? reading : null;

        private static SpotDeltaReading? Fresh(SpotDeltaReading? reading, long oldest) => reading is not null && reading.AtMs >= oldest ? reading : null;
    }
}
