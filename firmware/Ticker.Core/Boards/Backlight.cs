namespace Ticker.Boards
{
    /// <summary>The backlight's PWM duty cycle for the <c>brightness</c> setting, on a backlight pin that is active-high or -low.</summary>
    public static class Backlight
    {
        /// <summary>PWM frequency for the backlight: well above visible flicker, well within the ESP32's LEDC range.</summary>
        public const int PwmHz = 5000;

        /// <summary>Fraction of each PWM period the pin is high (0.0-1.0): <paramref name="brightnessPercent"/> (clamped to
        /// 0-100) of full light, inverted for an active-low backlight.</summary>
        public static double DutyCycle(int brightnessPercent, bool activeHigh)
        {
            int percent = brightnessPercent < 0 ? 0 : brightnessPercent > 100 ? 100 : brightnessPercent;
            return (activeHigh ? percent : 100 - percent) / 100.0;
        }
    }
}
