namespace Ticker.App
{
    /// <summary>The device's life cycle.</summary>
    public enum AppMode
    {
        /// <summary>Power-on until the first Wi-Fi attempt has an outcome.</summary>
        Booting = 0,

        /// <summary>No Wi-Fi configured, or the user asked for it: the device serves its setup page.</summary>
        Setup = 1,

        /// <summary>Polling the feed and showing data.</summary>
        Running = 2,

        /// <summary>The first-boot check (<see cref="SelfTest"/>): test picture, LED patterns, sounds, button echo. No polling.</summary>
        SelfTest = 3,
    }
}
