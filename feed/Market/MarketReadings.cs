using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Ticker.Data;
using Ticker.Feed.State;

namespace Ticker.Feed.Market
{
    /// <summary>
    /// The per-venue market readings the parsers of <see cref="Ingest.FeedInput"/> leave behind (funding, open
    /// interest, taker volume, long/short, spot volumes, price). <see cref="MarketCombiner"/> turns them into the
    /// cross-venue <see cref="MarketState"/> readings. A reading is replaced only by a good one: a malformed response
    /// leaves the last good reading in place.
    /// </summary>
    public sealed class MarketReadings : IResettableState
    {
        private readonly ConcurrentDictionary<string, FundingReading> _funding = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, OpenInterestReading> _openInterest = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, SpotVolumeReading> _spotVolumes = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, SpotDeltaReading> _spotDeltas = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, SpotTakerBtcReading> _spotTakerBtc = new(StringComparer.Ordinal);
        private OpenInterestHistoryReading? _oiHistory;
        private TakerBucket? _binanceTaker;
        private LongShortReading? _longShort;
        private PriceSample? _markPrice;
        private PriceSample? _spotPrice;
        private IReadOnlyList<string>? _bybitTopSymbols;

        /// <summary>Bybit's taker trades from <c>publicTrade.BTCUSDT</c>, in 5-minute buckets like Binance's ratio.</summary>
        public TakerTrades BybitTrades { get; } = new(ExchangeIds.Bybit, TimeSpan.FromMinutes(5));

        public IReadOnlyList<FundingReading> Funding => new List<FundingReading>(_funding.Values);

        public IReadOnlyList<OpenInterestReading> OpenInterest => new List<OpenInterestReading>(_openInterest.Values);

        public IReadOnlyList<SpotVolumeReading> SpotVolumes => new List<SpotVolumeReading>(_spotVolumes.Values);

        /// <summary>Binance's open-interest history: the latest value, its change over 24 h, the circulating supply.</summary>
        public OpenInterestHistoryReading? OiHistory
        {
            get => Volatile.Read(ref _oiHistory);
            set => Volatile.Write(ref _oiHistory, value);
        }

        /// <summary>Binance's latest 5-minute taker buy/sell bucket.</summary>
        public TakerBucket? BinanceTaker
        {
            get => Volatile.Read(ref _binanceTaker);
            set => Volatile.Write(ref _binanceTaker, value);
        }

        public LongShortReading? LongShort
        {
            get => Volatile.Read(ref _longShort);
            set => Volatile.Write(ref _longShort, value);
        }

        /// <summary>Binance BTCUSDT perpetual mark price (websocket <c>!markPrice@arr@1s</c> or <c>premiumIndex</c>).</summary>
        public PriceSample? MarkPrice
        {
            get => Volatile.Read(ref _markPrice);
            set => Volatile.Write(ref _markPrice, value);
        }

        /// <summary>BTC spot price with its 24 h change (Binance spot ticker).</summary>
        public PriceSample? SpotPrice
        {
            get => Volatile.Read(ref _spotPrice);
            set => Volatile.Write(ref _spotPrice, value);
        }

        /// <summary>Each spot pair's taker delta (Binance's BTCUSDT, BTCFDUSD and BTCUSDC klines).</summary>
        public IReadOnlyList<SpotDeltaReading> SpotDeltas => new List<SpotDeltaReading>(_spotDeltas.Values);

        /// <summary>Each venue's BTC spot taker delta in BTC, per window (OKX's taker volume: 24 h and 1 h).</summary>
        public IReadOnlyList<SpotTakerBtcReading> SpotTakerBtc => new List<SpotTakerBtcReading>(_spotTakerBtc.Values);

        /// <summary>Bybit's most traded linear perpetuals, most traded first (from its tickers); null until read.</summary>
        public IReadOnlyList<string>? BybitTopSymbols
        {
            get => Volatile.Read(ref _bybitTopSymbols);
            set => Volatile.Write(ref _bybitTopSymbols, value);
        }

        /// <summary>Forgets every reading (a new replay pass starts from a clean market).</summary>
        public void Reset()
        {
            _funding.Clear();
            _openInterest.Clear();
            _spotVolumes.Clear();
            OiHistory = null;
            BinanceTaker = null;
            LongShort = null;
            MarkPrice = null;
            SpotPrice = null;
            _spotDeltas.Clear();
            _spotTakerBtc.Clear();
            BybitTopSymbols = null;
            BybitTrades.Reset();
        }

        /// <summary>Per venue and instrument: a venue's second BTC swap does not replace its first.</summary>
        public void SetFunding(FundingReading reading)
        {
            ArgumentNullException.ThrowIfNull(reading);
            _funding[reading.Venue + " " + reading.Instrument] = reading;
        }

        public void SetOpenInterest(OpenInterestReading reading)
        {
            ArgumentNullException.ThrowIfNull(reading);
            _openInterest[reading.Venue + " " + reading.Instrument] = reading;
        }

        /// <summary>One pair's taker delta, keyed by venue and pair.</summary>
        public void SetSpotDelta(SpotDeltaReading reading)
        {
            ArgumentNullException.ThrowIfNull(reading);
            _spotDeltas[reading.Venue + " " + reading.Pair] = reading;
        }

        /// <summary>One venue's taker delta over one window, in BTC, keyed by venue and window.</summary>
        public void SetSpotTakerBtc(SpotTakerBtcReading reading)
        {
            ArgumentNullException.ThrowIfNull(reading);
            _spotTakerBtc[TakerKey(reading.Venue, reading.WindowMs)] = reading;
        }

        /// <summary>Forgets a venue's taker delta over one window (its latest rows did not cover it).</summary>
        public void RemoveSpotTakerBtc(string venue, long windowMs) => _spotTakerBtc.TryRemove(TakerKey(venue, windowMs), out _);

        private static string TakerKey(string venue, long windowMs) => venue + " " + windowMs.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>One request's worth of a venue's spot volume; keyed by venue and request, since Bitstamp needs one request per pair.</summary>
        public void SetSpotVolume(SpotVolumeReading reading)
        {
            ArgumentNullException.ThrowIfNull(reading);
            _spotVolumes[reading.Venue + " " + reading.Key] = reading;
        }
    }
}
