using System;
using Ticker.Data;
using Ticker.Sound;
using Xunit;

namespace Ticker.Core.Tests.Sound
{
    /// <summary>When an alert sounds: new alerts and escalations, never acknowledged, at night or below the setting.</summary>
    public class AlertSoundTests
    {
        private const long Start = 1_795_043_585;

        [Fact]
        public void A_new_alert_sounds_once_and_an_escalation_sounds_again()
        {
            var sound = new AlertSound();
            Assert.Same(SoundPatterns.Warning, sound.Observe(AlertLevel.Warning, Start, false, false, AlertLevel.Warning));
            Assert.Null(sound.Observe(AlertLevel.Warning, Start, false, false, AlertLevel.Warning));
            Assert.Same(SoundPatterns.Cascade, sound.Observe(AlertLevel.Cascade, Start, false, false, AlertLevel.Warning));
            Assert.Null(sound.Observe(AlertLevel.Cascade, Start, false, false, AlertLevel.Warning));

            // Falling back and climbing again is the same alert: heard already.
            Assert.Null(sound.Observe(AlertLevel.Warning, Start, false, false, AlertLevel.Warning));
            Assert.Null(sound.Observe(AlertLevel.Cascade, Start, false, false, AlertLevel.Warning));
        }

        [Fact]
        public void Another_start_or_a_gap_makes_a_new_alert()
        {
            var sound = new AlertSound();
            Assert.NotNull(sound.Observe(AlertLevel.Cascade, Start, false, false, AlertLevel.Cascade));
            Assert.Same(SoundPatterns.Cascade, sound.Observe(AlertLevel.Cascade, Start + 600, false, false, AlertLevel.Cascade));
            Assert.Null(sound.Observe(AlertLevel.None, 0, false, false, AlertLevel.Cascade));
            Assert.Same(SoundPatterns.Cascade, sound.Observe(AlertLevel.Cascade, Start + 600, false, false, AlertLevel.Cascade));
        }

        [Fact]
        public void Acknowledged_or_night_levels_are_spent_silently()
        {
            var sound = new AlertSound();
            Assert.Null(sound.Observe(AlertLevel.Warning, Start, true, false, AlertLevel.Warning));
            Assert.Null(sound.Observe(AlertLevel.Warning, Start, false, false, AlertLevel.Warning));
            Assert.Null(sound.Observe(AlertLevel.Cascade, Start, false, true, AlertLevel.Warning));

            // Morning comes: the cascade heard at night does not sound late.
            Assert.Null(sound.Observe(AlertLevel.Cascade, Start, false, false, AlertLevel.Warning));
        }

        [Theory]
        [InlineData("off", 0, 0)]
        [InlineData("cascade", 0, 1)]
        [InlineData("warning", 1, 1)]
        public void The_setting_chooses_which_levels_sound(string setting, int warnings, int cascades)
        {
            AlertLevel threshold = SoundPatterns.Threshold(setting);
            var sound = new AlertSound();
            Assert.Null(sound.Observe(AlertLevel.Watch, Start, false, false, threshold));
            Assert.Equal(warnings, sound.Observe(AlertLevel.Warning, Start, false, false, threshold) == null ? 0 : 1);
            Assert.Equal(cascades, sound.Observe(AlertLevel.Cascade, Start, false, false, threshold) == null ? 0 : 1);
        }

        [Fact]
        public void Warning_and_cascade_sound_different_and_last_under_two_seconds()
        {
            Assert.NotEqual(SoundPatterns.Warning.ToneCount, SoundPatterns.Cascade.ToneCount);
            Assert.InRange(SoundPatterns.Warning.LengthMs, 300, 2000);
            Assert.InRange(SoundPatterns.Cascade.LengthMs, 300, 2000);
            Assert.Null(SoundPatterns.For(AlertLevel.Watch));
            Assert.Same(SoundPatterns.Cascade, SoundPatterns.For((AlertLevel)4));
        }

        [Fact]
        public void A_pattern_gives_its_tones_in_time_and_silence_around_them()
        {
            var pattern = new SoundPattern("t", new[] { 440, 100, 0, 50, 880, 100 });
            Assert.Equal(250, pattern.LengthMs);
            Assert.Equal(0, pattern.HzAt(-1));
            Assert.Equal(440, pattern.HzAt(0));
            Assert.Equal(440, pattern.HzAt(99));
            Assert.Equal(0, pattern.HzAt(100));
            Assert.Equal(880, pattern.HzAt(150));
            Assert.Equal(0, pattern.HzAt(250));
        }

        [Theory]
        [InlineData(new[] { 440 }, "pairs")]
        [InlineData(new[] { 50, 100 }, "not 0 or 100 to 8000")]
        [InlineData(new[] { 440, 0 }, "lasts 0 ms")]
        public void A_bad_pattern_fails_when_it_is_built(int[] tones, string message)
        {
            var e = Assert.Throws<ArgumentException>(() => new SoundPattern("bad", tones));
            Assert.Contains(message, e.Message, StringComparison.Ordinal);
        }
    }
}
