using System;
using Ticker.Data;
using Ticker.Led;
using Xunit;

namespace Ticker.Core.Tests.Led
{
    public class LedStateResolverTests
    {
        private static readonly bool[] Bools = { false, true };
        private static readonly AlertLevel[] Levels = Enum.GetValues<AlertLevel>();

        [Theory]
        // Status before alerts, in priority order.
        [InlineData(true, true, false, true, AlertLevel.Cascade, false, LedState.Booting)]
        [InlineData(false, true, false, true, AlertLevel.Cascade, false, LedState.Setup)]
        [InlineData(false, false, false, true, AlertLevel.Cascade, false, LedState.WifiDown)]
        [InlineData(false, false, true, true, AlertLevel.Cascade, false, LedState.FeedStale)]
        // Live alerts.
        [InlineData(false, false, true, false, AlertLevel.Cascade, false, LedState.Cascade)]
        [InlineData(false, false, true, false, AlertLevel.Warning, false, LedState.Warning)]
        [InlineData(false, false, true, false, AlertLevel.Watch, false, LedState.Watch)]
        [InlineData(false, false, true, false, AlertLevel.None, false, LedState.Off)]
        // Acknowledged: dark.
        [InlineData(false, false, true, false, AlertLevel.Cascade, true, LedState.Off)]
        public void Day_examples(bool booting, bool setup, bool wifiUp, bool stale, AlertLevel level, bool ack, LedState expected)
        {
            Assert.Equal(expected, LedStateResolver.Resolve(
                booting, setup, wifiUp, stale, level, ack, AlertLevel.Watch, false, AlertLevel.Cascade));
        }

        [Fact]
        public void Threshold_hides_lower_alerts()
        {
            Assert.Equal(LedState.Off, Live(AlertLevel.Watch, AlertLevel.Warning));
            Assert.Equal(LedState.Warning, Live(AlertLevel.Warning, AlertLevel.Warning));
            Assert.Equal(LedState.Cascade, Live(AlertLevel.Cascade, AlertLevel.Warning));
            Assert.Equal(LedState.Off, Live(AlertLevel.None, AlertLevel.None));
        }

        [Fact]
        public void Night_mode_shows_only_alerts_at_the_night_threshold()
        {
            Assert.Equal(LedState.Cascade, Night(false, false, true, false, AlertLevel.Cascade, false, AlertLevel.Cascade));
            Assert.Equal(LedState.Off, Night(true, false, true, false, AlertLevel.Cascade, false, AlertLevel.Cascade));
            Assert.Equal(LedState.Off, Night(false, false, true, false, AlertLevel.Warning, false, AlertLevel.Cascade));
            Assert.Equal(LedState.Warning, Night(false, false, true, false, AlertLevel.Warning, false, AlertLevel.Warning));
            Assert.Equal(LedState.Off, Night(false, false, true, false, AlertLevel.Cascade, true, AlertLevel.Cascade));
            Assert.Equal(LedState.Off, Night(false, false, false, false, AlertLevel.Cascade, false, AlertLevel.Cascade));
            Assert.Equal(LedState.Off, Night(false, false, true, true, AlertLevel.Cascade, false, AlertLevel.Cascade));
            Assert.Equal(LedState.Off, Night(false, true, true, false, AlertLevel.Cascade, false, AlertLevel.Cascade));
        }

        [Fact]
        public void Levels_above_cascade_show_as_cascade()
        {
            Assert.Equal(LedState.Cascade, Live((AlertLevel)4, AlertLevel.Watch));
        }

        [Fact]
        public void Every_combination_follows_the_rules()
        {
            int combinations = 0;
            var reached = new bool[8];
            foreach (bool booting in Bools)
            foreach (bool setup in Bools)
            foreach (bool wifiUp in Bools)
            foreach (bool stale in Bools)
            foreach (AlertLevel level in Levels)
            foreach (bool ack in Bools)
            foreach (AlertLevel threshold in Levels)
            foreach (bool night in Bools)
            foreach (AlertLevel nightThreshold in Levels)
            {
                LedState actual = LedStateResolver.Resolve(
                    booting, setup, wifiUp, stale, level, ack, threshold, night, nightThreshold);
                string where = $"booting={booting} setup={setup} wifiUp={wifiUp} stale={stale} level={level} ack={ack} "
                    + $"threshold={threshold} night={night} nightThreshold={nightThreshold}";

                Assert.True(actual == Expected(booting, setup, wifiUp, stale, level, ack, threshold, night, nightThreshold), where);

                // The same rules read one at a time, so a mistake in Expected cannot hide one in Resolve.
                bool isAlert = actual == LedState.Watch || actual == LedState.Warning || actual == LedState.Cascade;
                if (night)
                {
                    Assert.True(actual == LedState.Off || isAlert, where);
                }

                if (isAlert)
                {
                    Assert.False(booting || setup || !wifiUp || stale || ack, where);
                    Assert.True(level >= threshold && level > AlertLevel.None, where);
                    Assert.True(!night || level >= nightThreshold, where);
                }

                if (!night && booting)
                {
                    Assert.Equal(LedState.Booting, actual);
                }

                reached[(int)actual] = true;
                combinations++;
            }

            Assert.Equal(2 * 2 * 2 * 2 * 4 * 2 * 4 * 2 * 4, combinations);
            Assert.All(reached, Assert.True);
        }

        /// <summary>The documented rules as a decision table: status by priority, dark at night; else a live alert.</summary>
        private static LedState Expected(
            bool booting, bool setup, bool wifiUp, bool stale, AlertLevel level, bool ack,
            AlertLevel threshold, bool night, AlertLevel nightThreshold)
        {
            LedState status =
                booting ? LedState.Booting
                : setup ? LedState.Setup
                : !wifiUp ? LedState.WifiDown
                : stale ? LedState.FeedStale
                : LedState.Off;
            if (status != LedState.Off)
            {
                return night ? LedState.Off : status;
            }

            AlertLevel shownFrom = night && nightThreshold > threshold ? nightThreshold : threshold;
            if (ack || level == AlertLevel.None || level < shownFrom)
            {
                return LedState.Off;
            }

            return level switch
            {
                AlertLevel.Watch => LedState.Watch,
                AlertLevel.Warning => LedState.Warning,
                _ => LedState.Cascade,
            };
        }

        private static LedState Live(AlertLevel level, AlertLevel threshold)
        {
            return LedStateResolver.Resolve(false, false, true, false, level, false, threshold, false, AlertLevel.Cascade);
        }

        private static LedState Night(
            bool booting, bool setup, bool wifiUp, bool stale, AlertLevel level, bool ack, AlertLevel nightThreshold)
        {
            return LedStateResolver.Resolve(booting, setup, wifiUp, stale, level, ack, AlertLevel.Watch, true, nightThreshold);
        }
    }
}
