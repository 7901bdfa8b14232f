using System;
using System.Globalization;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.State;

namespace Ticker.Feed.Alerts
{
    /// <summary>What the detector looks at, at one instant.</summary>
    /// <param name="AtUnixSeconds">The instant.</param>
    /// <param name="M5">Liquidations per side over the last 5 minutes.</param>
    /// <param name="Baseline5m">Median 5-minute sum per side over the previous 24 h; null when unknown (then the floors alone apply).</param>
    /// <param name="PriceChgPct">Price change over the last 5 minutes, percent; null when no price is known.</param>
    public sealed record CascadeInput(long AtUnixSeconds, SideTotals M5, SideTotals? Baseline5m = null, decimal? PriceChgPct = null);

    /// <summary>
    /// The cascade rule (docs/cascade-alerts.md): pure and deterministic, time passed in. Each call to
    /// <see cref="Evaluate"/> returns the current alert and records every change of level in the history.
    /// </summary>
    public sealed class CascadeDetector : IResettableState
    {
        private readonly CascadeOptions _options;
        private readonly IAlertHistory _history;
        private AlertLevel _level = AlertLevel.None;
        private AlertSide _side = AlertSide.None;
        private long _levelSince;
        private long _startedAt;
        private AlertLevel _lastLeftLevel = AlertLevel.None;
        private AlertSide _lastLeftSide = AlertSide.None;
        private long _lastLeftAt = long.MinValue;

        public CascadeDetector(CascadeOptions options, IAlertHistory history)
        {
            _options = (options ?? throw new ArgumentNullException(nameof(options))).Validate();
            _history = history ?? throw new ArgumentNullException(nameof(history));
        }

        /// <summary>The alert as of the last evaluation.</summary>
        public AlertReading Current { get; private set; } = new(AlertLevel.None);

        /// <summary>Back to no alert and no memory of past levels (a new replay pass).</summary>
        public void Reset()
        {
            _level = AlertLevel.None;
            _side = AlertSide.None;
            _levelSince = 0;
            _startedAt = 0;
            _lastLeftLevel = AlertLevel.None;
            _lastLeftSide = AlertSide.None;
            _lastLeftAt = long.MinValue;
            Current = new AlertReading(AlertLevel.None);
        }

        public AlertReading Evaluate(CascadeInput input)
        {
            ArgumentNullException.ThrowIfNull(input);
            long now = input.AtUnixSeconds;
            long cooldown = (long)_options.Cooldown.TotalSeconds;

            // The side measured: the one with more liquidated; the current side while an alert is on.
            AlertSide side = _level != AlertLevel.None ? _side : (input.M5.ShortUsd > input.M5.LongUsd ? AlertSide.Short : AlertSide.Long);
            AlertLevel entered = EntryLevel(input, side);
            AlertSide other = side == AlertSide.Long ? AlertSide.Short : AlertSide.Long;
            if (_level != AlertLevel.None && EntryLevel(input, other) > entered)
            {
                side = other;
                entered = EntryLevel(input, other);
            }

            long m5 = Usd(input.M5, side);
            AlertLevel next = entered;
            if (side == _side && _level > entered)
            {
                // Hysteresis: stay while above the exit threshold; cooldown: no drop for Cooldown after entering.
                AlertLevel held = _level;
                while (held > entered && m5 < (decimal)Floor(held) * _options.ExitFraction)
                {
                    held--;
                }

                next = now - _levelSince < cooldown ? _level : held;
            }

            // No re-raise of a level just left on the same side within the cooldown.
            if (next > _level && next <= _lastLeftLevel && side == _lastLeftSide && now - _lastLeftAt < cooldown)
            {
                next = _level;
            }

            if (next != _level || (next != AlertLevel.None && side != _side))
            {
                if (next < _level)
                {
                    _lastLeftLevel = _level;
                    _lastLeftSide = _side;
                    _lastLeftAt = now;
                }

                if (_level == AlertLevel.None || side != _side)
                {
                    _startedAt = now;
                }

                _level = next;
                _side = next == AlertLevel.None ? AlertSide.None : side;
                _levelSince = now;
                string? headline = next == AlertLevel.None ? null : Headline(next, side, m5);
                _history.Record(new AlertTransition(now, next, _side, headline, m5, input.PriceChgPct));
            }

            Current = _level == AlertLevel.None
                ? new AlertReading(AlertLevel.None)
                : new AlertReading(_level, _side, _startedAt, m5, input.PriceChgPct, Headline(_level, _side, m5));
            return Current;
        }

        /// <summary>The highest level whose floor and baseline multiple the side reaches, capped at watch without price confirmation.</summary>
        private AlertLevel EntryLevel(CascadeInput input, AlertSide side)
        {
            long m5 = Usd(input.M5, side);
            long baseline = input.Baseline5m is SideTotals b ? Usd(b, side) : 0;
            AlertLevel level = AlertLevel.None;
            if (m5 >= _options.CascadeUsd && m5 >= baseline * _options.CascadeRatio)
            {
                level = AlertLevel.Cascade;
            }
            else if (m5 >= _options.WarningUsd && m5 >= baseline * _options.WarningRatio)
            {
                level = AlertLevel.Warning;
            }
            else if (m5 >= _options.WatchUsd && m5 >= baseline * _options.WatchRatio)
            {
                level = AlertLevel.Watch;
            }

            if (level > AlertLevel.Watch && input.PriceChgPct is decimal chg)
            {
                // A long cascade needs a falling price, a short cascade a rising one.
                decimal against = side == AlertSide.Long ? -chg : chg;
                if (against < _options.ConfirmPricePct)
                {
                    level = AlertLevel.Watch;
                }
            }

            return level;
        }

        private long Floor(AlertLevel level) => level switch
        {
            AlertLevel.Cascade => _options.CascadeUsd,
            AlertLevel.Warning => _options.WarningUsd,
            AlertLevel.Watch => _options.WatchUsd,
            _ => 0,
        };

        private static long Usd(SideTotals totals, AlertSide side) => side == AlertSide.Short ? totals.ShortUsd : totals.LongUsd;

        /// <summary>"Long cascade: $412M/5m": at most 24 characters.</summary>
        public static string Headline(AlertLevel level, AlertSide side, long m5Usd)
        {
            string who = side == AlertSide.Short ? "Short" : "Long";
            string what = level switch
            {
                AlertLevel.Cascade => "cascade",
                AlertLevel.Warning => "warning",
                _ => "watch",
            };
            string money = m5Usd >= 1_000_000_000
                ? "$" + (m5Usd / 100_000_000 / 10m).ToString("0.#", CultureInfo.InvariantCulture) + "B"
                : "$" + ((m5Usd + 500_000) / 1_000_000).ToString(CultureInfo.InvariantCulture) + "M";
            string text = $"{who} {what}: {money}/5m";
            return text.Length <= 24 ? text : text[..24];
        }
    }
}
