namespace Ticker.Input
{
    /// <summary>What the user asked the device to do with a gesture (see <see cref="ButtonActions"/>).</summary>
    public enum UserAction
    {
        /// <summary>Nothing to do.</summary>
        None = 0,

        /// <summary>Show the next screen.</summary>
        NextScreen = 1,

        /// <summary>Show the previous screen.</summary>
        PreviousScreen = 2,

        /// <summary>Acknowledge the current alert (silences the LED until the alert escalates or a new one starts).</summary>
        Acknowledge = 3,

        /// <summary>Enter setup mode.</summary>
        EnterSetup = 4,
    }
}
