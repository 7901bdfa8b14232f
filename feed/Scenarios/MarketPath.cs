using System;
using System.Collections.Generic;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// The scenario's market values as functions of time: linear between phase ends, the initial values before the
    /// start (REST histories reach 24 h back) and the final ones after the end; taker spikes replace the path for
    /// their 5-minute bucket.
    /// </summary>
    public sealed class MarketPath
    {
        /// <summary>5-minute buckets: Binance's taker and long/short rows, klines, open-interest history.</summary>
        public const long BucketMs = 5 * 60_000;

        private readonly long[] _endsMs;
        private readonly Resolved[] _values;
        private readonly Dictionary<long, double> _takerSpikes = new();

        public MarketPath(ScenarioDescription description)
        {
            ArgumentNullException.ThrowIfNull(description);
            StartMs = description.Start.ToUnixTimeMilliseconds();
            _endsMs = new long[description.Phases.Count + 1];
            _values = new Resolved[description.Phases.Count + 1];
            _endsMs[0] = StartMs;
            _values[0] = Resolved.From(description.Initial, null);
            long at = StartMs;
            for (int i = 0; i < description.Phases.Count; i++)
            {
                ScenarioPhase phase = description.Phases[i];
                foreach (TakerSpike spike in phase.TakerSpikes)
                {
                    long bucket = (at + spike.Minute * 60_000L) / BucketMs * BucketMs;
                    _takerSpikes[bucket] = spike.TakerBuySell;
                }

                at += phase.Minutes * 60_000L;
                _endsMs[i + 1] = at;
                _values[i + 1] = Resolved.From(phase.End, _values[i]);
            }

            EndMs = at;
        }

        public long StartMs { get; }

        public long EndMs { get; }

        public double Price(long ms) => At(ms, v => v.Price);

        public double FundingPct8h(long ms) => At(ms, v => v.Funding);

        public double OiUsd(long ms) => At(ms, v => v.Oi);

        public double LongShortRatio(long ms) => At(ms, v => v.LongShort);

        public double SpotUsdPerHour(long ms) => At(ms, v => v.SpotPerHour);

        public double BinanceSpotSharePct(long ms) => At(ms, v => v.BinanceShare);

        public double SpotTakerDeltaPct(long ms) => At(ms, v => v.Delta);

        /// <summary>The taker buy/sell of the 5-minute bucket holding <paramref name="ms"/>: a spike if one was set, else the path at the bucket's middle.</summary>
        public double TakerBuySell(long ms)
        {
            long bucket = Math.Max(0, ms) / BucketMs * BucketMs;
            return _takerSpikes.TryGetValue(bucket, out double spike) ? spike : At(bucket + BucketMs / 2, v => v.Taker);
        }

        /// <summary>
        /// An instrument's price at <paramref name="ms"/>, rounded to its decimals: BTC's from the path, an altcoin's
        /// moving <see cref="Instrument.Beta"/> times BTC's relative move from the start (linear, so deterministic everywhere).
        /// </summary>
        public decimal PriceOf(Instrument instrument, long ms)
        {
            ArgumentNullException.ThrowIfNull(instrument);
            double btc = Price(ms);
            if (instrument.Weight == 0)
            {
                return Math.Round((decimal)btc, instrument.PriceDecimals, MidpointRounding.AwayFromZero);
            }

            double relative = (btc / _values[0].Price) - 1;
            double factor = At(ms, v => v.AltFactor);
            double price = (double)instrument.StartPrice * Math.Max(0.05, 1 + ((double)instrument.Beta * (factor * relative)));
            return Math.Round((decimal)price, instrument.PriceDecimals, MidpointRounding.AwayFromZero);
        }

        /// <summary>∫ rate(t) dt over (fromMs, toMs], with a per-hour rate, in 1-minute steps (midpoint).</summary>
        public double Integrate(Func<long, double> perHour, long fromMs, long toMs)
        {
            double sum = 0;
            for (long t = fromMs; t < toMs; t += 60_000)
            {
                long step = Math.Min(60_000, toMs - t);
                sum += perHour(t + step / 2) * step / 3_600_000.0;
            }

            return sum;
        }

        private double At(long ms, Func<Resolved, double> pick)
        {
            if (ms <= _endsMs[0])
            {
                return pick(_values[0]);
            }

            for (int i = 1; i < _endsMs.Length; i++)
            {
                if (ms <= _endsMs[i])
                {
                    double a = pick(_values[i - 1]);
                    double b = pick(_values[i]);
                    double f = (double)(ms - _endsMs[i - 1]) / (_endsMs[i] - _endsMs[i - 1]);
                    return a + ((b - a) * f);
                }
            }

            return pick(_values[^1]);
        }

        private sealed record Resolved(double Price, double Funding, double Oi, double LongShort, double Taker, double SpotPerHour, double BinanceShare, double Delta, double AltFactor)
        {
            public static Resolved From(MarketValues values, Resolved? previous) => new(
                values.PriceUsd ?? previous!.Price,
                values.FundingPct8h ?? previous!.Funding,
                values.OiUsd ?? previous!.Oi,
                values.LongShortRatio ?? previous!.LongShort,
                values.TakerBuySell ?? previous!.Taker,
                values.SpotUsdPerHour ?? previous!.SpotPerHour,
                values.BinanceSpotSharePct ?? previous!.BinanceShare,
                values.SpotTakerDeltaPct ?? previous!.Delta,
                values.AltMoveFactor ?? previous?.AltFactor ?? 1.0);
        }
    }
}
