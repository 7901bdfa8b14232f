using Ticker.Input;

namespace Ticker.Boards
{
    /// <summary>One physical push button: where it is wired, what it does in the app, and how to read it.</summary>
    public sealed class ButtonSpec
    {
        /// <summary>Creates a button description.</summary>
        /// <param name="pin">ESP32 GPIO number.</param>
        /// <param name="role">What the app does when it is pressed.</param>
        /// <param name="label">Name printed on the board or case (or used in the board's documentation).</param>
        /// <param name="activeLow">True when a press pulls the pin to ground.</param>
        /// <param name="externalPullUp">
        /// True only where the board's schematic shows a pull-up resistor on the pin. False means "none found",
        /// not "none exists".
        /// </param>
        public ButtonSpec(int pin, ButtonRole role, string label, bool activeLow, bool externalPullUp)
        {
            Pin = pin;
            Role = role;
            Label = label;
            ActiveLow = activeLow;
            ExternalPullUp = externalPullUp;
        }

        /// <summary>ESP32 GPIO number.</summary>
        public int Pin { get; }

        /// <summary>What the app does when the button is pressed.</summary>
        public ButtonRole Role { get; }

        /// <summary>Name printed on the board or case, or the name the board's documentation gives it.</summary>
        public string Label { get; }

        /// <summary>True when a press reads as a low level.</summary>
        public bool ActiveLow { get; }

        /// <summary>True when the board's schematic shows an external pull-up on the pin.</summary>
        public bool ExternalPullUp { get; }

        /// <summary>
        /// True when the firmware must open the pin with the internal pull-up (PinMode.InputPullUp): an active-low
        /// button with no confirmed external pull-up. Never true for GPIO 34-39, which have no internal pull-ups;
        /// buttons there rely on the board's resistors.
        /// </summary>
        public bool NeedsInternalPullUp
        {
            get { return ActiveLow && !ExternalPullUp; }
        }
    }
}
