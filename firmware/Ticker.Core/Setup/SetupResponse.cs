namespace Ticker.Setup
{
    /// <summary>What the setup server answers one request with, decided by <see cref="SetupSite"/>.</summary>
    public sealed class SetupResponse
    {
        internal SetupResponse(int status, string html, string settingsJson)
            : this(status, html, settingsJson, false)
        {
        }

        internal SetupResponse(int status, string html, string settingsJson, bool selfTest)
        {
            Status = status;
            Html = html;
            SettingsJson = settingsJson;
            SelfTestRequested = selfTest;
        }

        /// <summary>
        /// True when the page asked for the self-test: the platform sends the page, then restarts into the self-test
        /// (the device leaves a marker file for the next boot, as for setup mode). Nothing is saved.
        /// </summary>
        public bool SelfTestRequested { get; }

        /// <summary>HTTP status: 200, 400 (the form has problems), 404 or 405.</summary>
        public int Status { get; }

        /// <summary>The page (text/html; charset=utf-8), or an empty body.</summary>
        public string Html { get; }

        /// <summary>The settings file to write before restarting; null when nothing is to be saved.</summary>
        public string SettingsJson { get; }

        /// <summary>True when the platform should write <see cref="SettingsJson"/> and restart after sending the page.</summary>
        public bool SaveAndReboot
        {
            get { return SettingsJson != null; }
        }
    }
}
