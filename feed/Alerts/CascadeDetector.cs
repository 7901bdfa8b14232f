using System;
using System.Collections.Generic;
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
    /// <param name="LongMovePct">
    /// The price move of the instruments whose longs were liquidated over the same 5 minutes, percent, weighted by
    /// their liquidated USD (<see cref="ScopeMove"/>); null when unknown (then the rule runs on liquidations alone).
    /// </param>
    /// <param name="ShortMovePct">The same for the instruments whose shorts were liquidated.</param>
    /// <param name="M1Spread">
    /// Liquidations per side over the last minute less the largest single one (<see cref="LiquidationAggregator.WindowWithoutLargest"/>):
    /// the pace that lets warning and cascade be entered before a sharp burst has filled 5 minutes; null when unknown.
    /// </param>
    /// <param name="TotalsSince">
    /// Liquidations per side from a unix second to <paramref name="AtUnixSeconds"/>, for the event's running total;
    /// null (or a null answer) makes the total the 5-minute one.
    /// </param>
    public sealed record CascadeInput(
        long AtUnixSeconds,
        SideTotals M5,
        SideTotals? Baseline5m = null,
        decimal? LongMovePct = null,
        decimal? ShortMovePct = null,
        Func<long, SideTotals?>? TotalsSince = null,
        SideTotals? M1Spread = null);

    /// <summary>
    /// The cascade rule (docs/cascade-alerts.md): pure and deterministic, time passed in. Each call to
    /// <see cref="Evaluate"/> measures both sides, returns the current alert and records every change of level or
    /// side in the history.
    /// </summary>
    public sealed class CascadeDetector : IResettableState
    {
        /// <summary>The window the rule measures; an event's total starts at the start of the window that raised it.</summary>
        public const long WindowSeconds = 300;

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

        /// <summary>
        /// Takes up where a stopped feed left off (a restart with <c>--db</c>), from its transitions
        /// (<paramref name="history"/>, oldest first): the level last left, on which side and when (the marginal
        /// re-raise hold); and the alert that was on, if one was: the last transition's level and side, entered when it
        /// was, its event started where that run of levels on the side began. Until the detector can evaluate again
        /// (the last 5 minutes covered), <see cref="Current"/> is that alert as the history left it: its headline, no
        /// 5-minute total. Nothing is recorded.
        /// </summary>
        public void Resume(IReadOnlyList<AlertTransition> history)
        {
            ArgumentNullException.ThrowIfNull(history);

            // As Evaluate notes it: a drop in level, or a change of side while an alert was on.
            for (int i = history.Count - 1; i > 0; i--)
            {
                AlertTransition before = history[i - 1];
                AlertTransition after = history[i];
                if (after.Level < before.Level || (before.Level != AlertLevel.None && after.Level != AlertLevel.None && after.Side != before.Side))
                {
                    _lastLeftLevel = before.Level;
                    _lastLeftSide = before.Side;
                    _lastLeftAt = after.At;
                    break;
                }
            }

            if (history.Count == 0 || history[^1].Level == AlertLevel.None)
            {
                return;
            }

            AlertTransition last = history[^1];
            int first = history.Count - 1;
            while (first > 0 && history[first - 1].Level != AlertLevel.None && history[first - 1].Side == last.Side)
            {
                first--;
            }

            _level = last.Level;
            _side = last.Side;
            _levelSince = last.At;
            _startedAt = history[first].At;
            Current = new AlertReading(_level, _side, _startedAt, Headline: last.Headline);
        }

        public AlertReading Evaluate(CascadeInput input)
        {
            ArgumentNullException.ThrowIfNull(input);
            long now = input.AtUnixSeconds;
            AlertLevel entryLong = EntryLevel(input, AlertSide.Long);
            AlertLevel entryShort = EntryLevel(input, AlertSide.Short);

            // Both sides every tick: the current side's level (after hysteresis and cooldown) against what the
            // other side enters; the higher level wins, a tie keeps the current side.
            AlertSide side;
            AlertLevel next;
            if (_level == AlertLevel.None)
            {
                AlertLevel longNext = Raised(AlertSide.Long, AlertLevel.None, entryLong, input, now);
                AlertLevel shortNext = Raised(AlertSide.Short, AlertLevel.None, entryShort, input, now);
                bool shortWins = shortNext > longNext || (shortNext == longNext && input.M5.ShortUsd > input.M5.LongUsd);
                side = shortWins ? AlertSide.Short : AlertSide.Long;
                next = shortWins ? shortNext : longNext;
            }
            else
            {
                AlertSide other = Other(_side);
                AlertLevel current = Raised(_side, _level, Held(input, now, _side == AlertSide.Long ? entryLong : entryShort), input, now);
                AlertLevel challenger = Raised(other, AlertLevel.None, other == AlertSide.Long ? entryLong : entryShort, input, now);
                side = challenger > current ? other : _side;
                next = challenger > current ? challenger : current;
            }

            long m5 = Usd(input.M5, side);
            bool otherSideToo = next != AlertLevel.None && (side == AlertSide.Long ? entryShort : entryLong) != AlertLevel.None;
            if (next != _level || (next != AlertLevel.None && side != _side))
            {
                if (next < _level || (side != _side && _level != AlertLevel.None))
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
                string? headline = next == AlertLevel.None ? null : Headline(next, side, otherSideToo, EventUsd(input, side, m5));
                _history.Record(new AlertTransition(now, next, _side, headline, m5, side == AlertSide.Short ? input.ShortMovePct : input.LongMovePct));
            }

            if (_level == AlertLevel.None)
            {
                Current = new AlertReading(AlertLevel.None);
                return Current;
            }

            long eventUsd = EventUsd(input, _side, m5);
            Current = new AlertReading(_level, _side, _startedAt, m5, _side == AlertSide.Short ? input.ShortMovePct : input.LongMovePct, Headline(_level, _side, otherSideToo, eventUsd), eventUsd);
            return Current;
        }

        /// <summary>The current side's level: kept while above its exit threshold, and for the cooldown after it was entered.</summary>
        private AlertLevel Held(CascadeInput input, long now, AlertLevel entered)
        {
            if (_level <= entered)
            {
                return entered;
            }

            long m5 = Usd(input.M5, _side);
            AlertLevel held = _level;
            while (held > entered && m5 < (decimal)Floor(held) * _options.ExitFraction)
            {
                held--;
            }

            return now - _levelSince < (long)_options.Cooldown.TotalSeconds ? _level : held;
        }

        /// <summary>
        /// Anti-flap: a rise on <paramref name="side"/> to a level it left within the cooldown is held back, unless
        /// the wave is well above that level's floor (<see cref="CascadeOptions.ReraiseMultiple"/>): then it is at once.
        /// </summary>
        private AlertLevel Raised(AlertSide side, AlertLevel from, AlertLevel to, CascadeInput input, long now)
        {
            bool marginal = Fast(input, side) < (decimal)Floor(to) * _options.ReraiseMultiple;
            bool justLeft = to <= _lastLeftLevel && side == _lastLeftSide && now - _lastLeftAt < (long)_options.Cooldown.TotalSeconds;
            return to > from && justLeft && marginal ? from : to;
        }

        /// <summary>
        /// The highest level whose floor and baseline multiple the side reaches (on m5, or for warning and cascade on
        /// the last minute's pace). Cascade needs the price of the instruments liquidated to have moved against the
        /// side, unless the total is a waiver multiple of its floor; unconfirmed, it is a warning.
        /// </summary>
        private AlertLevel EntryLevel(CascadeInput input, AlertSide side)
        {
            long m5 = Usd(input.M5, side);
            long baseline = input.Baseline5m is SideTotals b ? Usd(b, side) : 0;

            long fast = Fast(input, side);
            AlertLevel level = AlertLevel.None;
            if (fast >= _options.CascadeUsd && fast >= baseline * _options.CascadeRatio)
            {
                level = AlertLevel.Cascade;
            }
            else if (fast >= _options.WarningUsd && fast >= baseline * _options.WarningRatio)
            {
                level = AlertLevel.Warning;
            }
            else if (m5 >= _options.WatchUsd && m5 >= baseline * _options.WatchRatio)
            {
                level = AlertLevel.Watch;
            }

            m5 = fast;

            decimal? move = side == AlertSide.Short ? input.ShortMovePct : input.LongMovePct;
            if (level == AlertLevel.Cascade && move is decimal chg)
            {
                // A long cascade needs falling prices, a short cascade rising ones; a flush of a waiver multiple of
                // the floor is its own evidence. Unconfirmed, it is a warning.
                decimal against = side == AlertSide.Long ? -chg : chg;
                if (against < _options.ConfirmPricePct && m5 < (decimal)Floor(level) * _options.ConfirmWaiverMultiple)
                {
                    level = AlertLevel.Warning;
                }
            }

            return level;
        }

        /// <summary>
        /// The measure warning and cascade are entered on: m5, or the last minute's pace (its total less its largest
        /// print, times PaceMultiple) when higher, so a sharp burst is not waited for until it fills 5 minutes. Watch,
        /// the exits and the headline stay on m5.
        /// </summary>
        private long Fast(CascadeInput input, AlertSide side)
        {
            long m5 = Usd(input.M5, side);
            long paced = input.M1Spread is SideTotals m1 ? (long)(Usd(m1, side) * _options.PaceMultiple) : 0;
            return Math.Max(m5, paced);
        }

        /// <summary>USD liquidated on the side since the start of the window that raised the alert.</summary>
        private long EventUsd(CascadeInput input, AlertSide side, long m5)
        {
            long from = (_level == AlertLevel.None ? input.AtUnixSeconds : _startedAt) - WindowSeconds;
            long total = input.TotalsSince?.Invoke(from) is SideTotals since ? Usd(since, side) : m5;
            return total > m5 ? total : m5;
        }

        private long Floor(AlertLevel level) => level switch
        {
            AlertLevel.Cascade => _options.CascadeUsd,
            AlertLevel.Warning => _options.WarningUsd,
            AlertLevel.Watch => _options.WatchUsd,
            _ => 0,
        };

        private static AlertSide Other(AlertSide side) => side == AlertSide.Long ? AlertSide.Short : AlertSide.Long;

        private static long Usd(SideTotals totals, AlertSide side) => side == AlertSide.Short ? totals.ShortUsd : totals.LongUsd;

        /// <summary>
        /// "Long cascade: $3.9B" (the event's total so far), or "Long+short cascade $4.1B" when the other side
        /// qualifies too: at most 24 characters (money is at most 5: "$999M", "$9.9B", "$12B").
        /// </summary>
        public static string Headline(AlertLevel level, AlertSide side, bool otherSideToo, long eventUsd)
        {
            string who = side == AlertSide.Short ? "Short" : "Long";
            string what = level switch
            {
                AlertLevel.Cascade => "cascade",
                AlertLevel.Warning => "warning",
                _ => "watch",
            };
            string text = otherSideToo
                ? $"{who}+{(side == AlertSide.Short ? "long" : "short")} {what} {Money(eventUsd)}"
                : $"{who} {what}: {Money(eventUsd)}";
            return text.Length <= AlertSection.HeadlineMaxChars ? text : text[..AlertSection.HeadlineMaxChars];
        }

        /// <summary>$412M, $3.9B, $12B: whole millions under a billion, one decimal under ten billion, whole billions above.</summary>
        public static string Money(long usd)
        {
            long millions = (usd + 500_000) / 1_000_000;
            if (millions < 1_000)
            {
                return "$" + millions.ToString(CultureInfo.InvariantCulture) + "M";
            }

            long tenths = (usd + 50_000_000) / 100_000_000;
            return tenths < 100
                ? "$" + (tenths / 10).ToString(CultureInfo.InvariantCulture) + "." + (tenths % 10).ToString(CultureInfo.InvariantCulture) + "B"
                : "$" + ((usd + 500_000_000) / 1_000_000_000).ToString(CultureInfo.InvariantCulture) + "B";
        }
    }
}
