using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// A scenario as its author writes it (docs/scenarios.md): a start, a seed, starting market values, and phases
    /// with durations, the values reached at each phase's end (linear in between), the liquidations during it and
    /// any taker buy/sell spikes. <see cref="ScenarioGenerator"/> turns it into raw exchange messages.
    /// </summary>
    public sealed record ScenarioDescription
    {
        public string Name { get; init; } = string.Empty;

        /// <summary>One line: what happens.</summary>
        public string? Title { get; init; }

        /// <summary>The seed of the generator's random source: same description, same recording.</summary>
        public ulong Seed { get; init; } = 1;

        /// <summary>The scenario's first instant (UTC, whole second).</summary>
        public DateTimeOffset Start { get; init; }

        /// <summary>The replay speed the emulator demo uses for this scenario (documentation; not used by the generator).</summary>
        public double? DemoSpeed { get; init; }

        /// <summary>Market values at the start (and for the 24 h before it, which REST histories reach back into).</summary>
        public MarketValues Initial { get; init; } = new();

        public IReadOnlyList<ScenarioPhase> Phases { get; init; } = Array.Empty<ScenarioPhase>();

        /// <summary>How densely the non-liquidation streams are written: thinner for a long scenario, to keep its file small.</summary>
        public RecordingRates Recording { get; init; } = new();

        /// <summary>The longest scenario: a week (calm-week).</summary>
        public const int MaxMinutes = 7 * 24 * 60;

        private static readonly JsonSerializerOptions Options = new()
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
        };

        /// <summary>Reads and checks a description file.</summary>
        /// <exception cref="ScenarioException">Not readable, not JSON of this shape, or a value out of range (the message names it).</exception>
        public static ScenarioDescription Load(string path)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw new ScenarioException($"cannot read '{path}': {error.Message}");
            }

            return Parse(bytes);
        }

        /// <summary>Reads and checks a description.</summary>
        /// <exception cref="ScenarioException">Not JSON of this shape, or a value out of range (the message names it).</exception>
        public static ScenarioDescription Parse(byte[] json)
        {
            ScenarioDescription? description;
            try
            {
                description = JsonSerializer.Deserialize<ScenarioDescription>(json, Options);
            }
            catch (JsonException error)
            {
                throw new ScenarioException($"{error.Path ?? "$"}: {error.Message}");
            }

            return (description ?? throw new ScenarioException("$: the description is null")).Validate();
        }

        /// <summary>Every value checked; the first bad one is reported with its path and range.</summary>
        public ScenarioDescription Validate()
        {
            Require(Name.Length is >= 1 and <= 40 && Name.TrimStart('-').Length == Name.Length && IsSlug(Name), "name", "1-40 characters of a-z, 0-9 and '-'", Name);
            Require(Start.Offset == TimeSpan.Zero && Start.Millisecond == 0 && Start.Year is >= 2020 and <= 2100, "start", "a UTC time on a whole second, e.g. 2026-03-02T06:00:00Z", Start);
            Require(DemoSpeed is null or (>= 0.1 and <= 1000), "demoSpeed", "0.1 to 1000", DemoSpeed);
            Initial.Validate("initial", requireAll: true);
            Recording.Validate("recording");
            Require(Phases.Count is >= 1 and <= 50, "phases", "1 to 50 phases", Phases.Count);
            int total = 0;
            for (int i = 0; i < Phases.Count; i++)
            {
                Phases[i].Validate($"phases[{i}]");
                total += Phases[i].Minutes;
            }

            Require(total <= MaxMinutes, "phases", "at most 7 days (10080 minutes) in all", total + " minutes");
            return this;
        }

        /// <summary>The scenario's length.</summary>
        public TimeSpan Duration
        {
            get
            {
                int minutes = 0;
                foreach (ScenarioPhase phase in Phases)
                {
                    minutes += phase.Minutes;
                }

                return TimeSpan.FromMinutes(minutes);
            }
        }

        internal static void Require(bool ok, string path, string range, object? value)
        {
            if (!ok)
            {
                throw new ScenarioException($"{path} must be {range}; got '{Convert.ToString(value, CultureInfo.InvariantCulture)}'.");
            }
        }

        private static bool IsSlug(string text)
        {
            foreach (char c in text)
            {
                if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Market values at one instant. In <see cref="ScenarioDescription.Initial"/> every one is required; in a
    /// phase's <c>end</c> a missing one keeps its previous value.
    /// </summary>
    public sealed record MarketValues
    {
        /// <summary>BTC price, USD (Binance spot and the perpetuals' mark).</summary>
        public double? PriceUsd { get; init; }

        /// <summary>Funding, percent per 8 h (0.01 is neutral), every venue.</summary>
        public double? FundingPct8h { get; init; }

        /// <summary>BTC perpetual open interest across Binance, Bybit (one-sided) and OKX, USD.</summary>
        public double? OiUsd { get; init; }

        /// <summary>Long / short account ratio (Binance).</summary>
        public double? LongShortRatio { get; init; }

        /// <summary>Taker buy / sell volume on the BTC perpetuals (Binance's 5-minute rows, Bybit's trades).</summary>
        public double? TakerBuySell { get; init; }

        /// <summary>BTC spot volume on the six venues together, USD per hour.</summary>
        public double? SpotUsdPerHour { get; init; }

        /// <summary>Binance's share of that volume, percent.</summary>
        public double? BinanceSpotSharePct { get; init; }

        /// <summary>Binance BTCUSDT spot taker delta: (taker buy - taker sell) / volume, percent.</summary>
        public double? SpotTakerDeltaPct { get; init; }

        /// <summary>
        /// How much harder than their beta the altcoins follow BTC's move from the start (1: beta alone). An altcoin-led
        /// flush has BTC down 1-2 % and altcoins down 5-8 %: a factor of about 3. Optional, also in <c>initial</c> (1).
        /// </summary>
        public double? AltMoveFactor { get; init; }

        internal void Validate(string path, bool requireAll)
        {
            Check(PriceUsd, path + ".priceUsd", 1000, 10_000_000, requireAll);
            Check(FundingPct8h, path + ".fundingPct8h", -2, 2, requireAll);
            Check(OiUsd, path + ".oiUsd", 1e8, 1e12, requireAll);
            Check(LongShortRatio, path + ".longShortRatio", 0.1, 10, requireAll);
            Check(TakerBuySell, path + ".takerBuySell", 0.05, 50, requireAll);
            Check(SpotUsdPerHour, path + ".spotUsdPerHour", 1e6, 1e11, requireAll);
            Check(BinanceSpotSharePct, path + ".binanceSpotSharePct", 1, 95, requireAll);
            Check(SpotTakerDeltaPct, path + ".spotTakerDeltaPct", -50, 50, requireAll);
            Check(AltMoveFactor, path + ".altMoveFactor", 0, 20, required: false);
        }

        private static void Check(double? value, string path, double min, double max, bool required)
        {
            if (value is null)
            {
                ScenarioDescription.Require(!required, path, string.Create(CultureInfo.InvariantCulture, $"given (a number from {min} to {max})"), null);
                return;
            }

            ScenarioDescription.Require(value >= min && value <= max, path, string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}"), value);
        }
    }

    /// <summary>One stretch of the story.</summary>
    public sealed record ScenarioPhase
    {
        /// <summary>The name shown on the emulator's timeline (a marker at the phase's start).</summary>
        public string Label { get; init; } = string.Empty;

        public int Minutes { get; init; }

        /// <summary>Values reached at the phase's end, linear from the previous phase's end.</summary>
        public MarketValues End { get; init; } = new();

        /// <summary>Liquidations during the phase, spread at random over it.</summary>
        public PhaseLiquidations Liquidations { get; init; } = new();

        /// <summary>Taker buy/sell readings for single 5-minute buckets, over the path.</summary>
        public IReadOnlyList<TakerSpike> TakerSpikes { get; init; } = Array.Empty<TakerSpike>();

        /// <summary>Single large liquidations at chosen minutes (a whale), on top of <see cref="Liquidations"/>.</summary>
        public IReadOnlyList<SingleLiquidation> Singles { get; init; } = Array.Empty<SingleLiquidation>();

        internal void Validate(string path)
        {
            ScenarioDescription.Require(Label.Length is >= 1 and <= 24, path + ".label", "1-24 characters", Label);
            ScenarioDescription.Require(Minutes is >= 1 and <= 1440, path + ".minutes", "a whole number from 1 to 1440", Minutes);
            End.Validate(path + ".end", requireAll: false);
            Liquidations.Validate(path + ".liquidations");
            for (int i = 0; i < Singles.Count; i++)
            {
                Singles[i].Validate($"{path}.singles[{i}]", Minutes);
            }

            for (int i = 0; i < TakerSpikes.Count; i++)
            {
                ScenarioDescription.Require(TakerSpikes[i].Minute >= 0 && TakerSpikes[i].Minute < Minutes, $"{path}.takerSpikes[{i}].minute", $"from 0 to {Minutes - 1} (inside the phase)", TakerSpikes[i].Minute);
                ScenarioDescription.Require(TakerSpikes[i].TakerBuySell is >= 0.05 and <= 50, $"{path}.takerSpikes[{i}].takerBuySell", "a number from 0.05 to 50", TakerSpikes[i].TakerBuySell);
            }
        }
    }

    /// <summary>Liquidations of one phase, all perpetuals, both sides.</summary>
    public sealed record PhaseLiquidations
    {
        /// <summary>USD of longs liquidated over the phase (before rounding each event to the venue's units).</summary>
        public double LongUsd { get; init; }

        /// <summary>USD of shorts liquidated over the phase.</summary>
        public double ShortUsd { get; init; }

        /// <summary>The share of that USD on BTC perpetuals; the rest is spread over the altcoins.</summary>
        public double BtcShare { get; init; } = 0.5;

        /// <summary>Average liquidation order, USD: sets how many events there are.</summary>
        public double MeanEventUsd { get; init; } = 25_000;

        internal void Validate(string path)
        {
            ScenarioDescription.Require(LongUsd is >= 0 and <= 1e11, path + ".longUsd", "from 0 to 1e11", LongUsd);
            ScenarioDescription.Require(ShortUsd is >= 0 and <= 1e11, path + ".shortUsd", "from 0 to 1e11", ShortUsd);
            ScenarioDescription.Require(BtcShare is >= 0 and <= 1, path + ".btcShare", "from 0 to 1", BtcShare);
            ScenarioDescription.Require(MeanEventUsd is >= 1000 and <= 1e8, path + ".meanEventUsd", "from 1000 to 1e8", MeanEventUsd);
            ScenarioDescription.Require((LongUsd + ShortUsd) / MeanEventUsd <= 50_000, path + ".meanEventUsd", "large enough for at most 50,000 events in the phase", MeanEventUsd);
        }
    }

    /// <summary>One liquidation of a given size at a minute of its phase (a random second of it), on a venue chosen like the others.</summary>
    public sealed record SingleLiquidation
    {
        public int Minute { get; init; }

        /// <summary><c>long</c> or <c>short</c>: the position liquidated.</summary>
        public string Side { get; init; } = "long";

        public double Usd { get; init; }

        /// <summary>The base asset: BTC or one of the altcoins (ETH, SOL, ...).</summary>
        public string Asset { get; init; } = "BTC";

        internal void Validate(string path, int minutes)
        {
            ScenarioDescription.Require(Minute >= 0 && Minute < minutes, path + ".minute", $"from 0 to {minutes - 1} (inside the phase)", Minute);
            ScenarioDescription.Require(Side is "long" or "short", path + ".side", "long or short", Side);
            ScenarioDescription.Require(Usd is >= 1000 and <= 1e10, path + ".usd", "from 1000 to 1e10", Usd);
            ScenarioDescription.Require(Instrument.Find(Asset) is not null, path + ".asset", "BTC or one of the scenario altcoins (ETH, SOL, XRP, DOGE, BNB, ADA, SUI, LINK, AVAX, LTC)", Asset);
        }
    }

    /// <summary>
    /// How often the generator writes the streams besides liquidations. The defaults are the feed's own rates
    /// (REST at the pollers' periods); a week-long scenario thins them so its recording stays a few megabytes.
    /// </summary>
    public sealed record RecordingRates
    {
        /// <summary>Binance mark-price frames (every perpetual the scenario trades), seconds apart. Default 10 (the feed samples marks every 10 s).</summary>
        public int MarkPriceEverySeconds { get; init; } = 10;

        /// <summary>Bybit BTCUSDT public-trade batches, seconds apart; 0 writes none. Default 10.</summary>
        public int TradesEverySeconds { get; init; } = 10;

        /// <summary>Whether the REST answers of the pollers' plan are written. Default true; without them the OKX instruments list is still written (it prices OKX's altcoin contracts).</summary>
        public bool RestPolls { get; init; } = true;

        internal void Validate(string path)
        {
            ScenarioDescription.Require(MarkPriceEverySeconds is >= 1 and <= 3600, path + ".markPriceEverySeconds", "from 1 to 3600", MarkPriceEverySeconds);
            ScenarioDescription.Require(TradesEverySeconds is >= 0 and <= 3600, path + ".tradesEverySeconds", "from 0 (none) to 3600", TradesEverySeconds);
        }
    }

    /// <summary>One 5-minute bucket's taker buy/sell, at a minute of its phase (the bucket holding that minute).</summary>
    public sealed record TakerSpike(int Minute, double TakerBuySell);
}
