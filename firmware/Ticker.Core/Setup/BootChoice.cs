namespace Ticker.Setup
{
    /// <summary>What the setup button asked for while the boot screen showed.</summary>
    public enum BootChoice
    {
        /// <summary>Nothing: start normally.</summary>
        None = 0,

        /// <summary>Held for <see cref="BootGesture.HoldMs"/>: setup mode.</summary>
        Setup = 1,

        /// <summary>Tapped <see cref="BootGesture.Taps"/> times: the self-test.</summary>
        SelfTest = 2,
    }
}
