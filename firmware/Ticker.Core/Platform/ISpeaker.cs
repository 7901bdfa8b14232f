using Ticker.Sound;

namespace Ticker.Platform
{
    /// <summary>The board's speaker or buzzer. Between patterns the pin must be quiet (no PWM, driven low).</summary>
    public interface ISpeaker
    {
        /// <summary>Plays <paramref name="pattern"/> once from its start, cutting off whatever was playing.</summary>
        void Play(SoundPattern pattern);

        /// <summary>Stops at once and leaves the pin quiet.</summary>
        void Stop();
    }
}
