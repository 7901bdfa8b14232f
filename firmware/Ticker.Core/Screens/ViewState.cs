using Ticker.App;
using Ticker.Config;
using Ticker.Data;
using Ticker.Drawing;
using Ticker.Led;

namespace Ticker.Views
{
    /// <summary>
    /// Everything the screens show, copied from <see cref="TickerApp"/> once per update. Screens read only this,
    /// so tests and the host renderer can set any state directly. Plain fields, one instance reused.
    /// </summary>
    public sealed class ViewState
    {
        private static readonly Snapshot Empty = new Snapshot();

        /// <summary>The screen to show.</summary>
        public ScreenId Screen;

        /// <summary>The snapshot to show; an all-missing one before the first (never null).</summary>
        public Snapshot Data = Empty;

        /// <summary>True when the data is too old: drawn grey, status bar says STALE.</summary>
        public bool Stale;

        /// <summary>The alert to show as a banner (None: no banner).</summary>
        public AlertLevel AlertLevel;

        /// <summary>True when the user acknowledged the alert (the banner stops flashing).</summary>
        public bool AlertAcknowledged;

        /// <summary>Age of the data in seconds, or Missing.</summary>
        public long DataAgeS = Value.Missing;

        /// <summary>Wi-Fi connected.</summary>
        public bool WifiUp;

        /// <summary>Wi-Fi signal in dBm when connected.</summary>
        public int SignalDbm;

        /// <summary>The latest problem, or null.</summary>
        public string LastError;

        /// <summary>Free managed memory in bytes, or Missing.</summary>
        public long FreeMemoryBytes = Value.Missing;

        /// <summary>The feed's host name.</summary>
        public string FeedHost;

        /// <summary>The firmware version shown on the status screen.</summary>
        public string FirmwareVersion;

        /// <summary>The board id from the settings.</summary>
        public string BoardId;

        /// <summary>The colours to draw with.</summary>
        public Palette Palette = Palette.Standard;

        /// <summary>The LED's pattern.</summary>
        public LedState Led;

        /// <summary>The running self-test (its picture replaces the screens), or null.</summary>
        public SelfTest SelfTest;

        private string _feedUrl;

        /// <summary>Copies the app's state. Allocates only when the feed address changed (never, in practice).</summary>
        public void CopyFrom(TickerApp app, long nowMs, string firmwareVersion)
        {
            DeviceSettings settings = app.Settings;
            Screen = app.Screen;
            Data = app.Data ?? Empty;
            Stale = app.IsStale;
            AlertLevel = app.ActiveAlertLevel;
            AlertAcknowledged = app.IsAlertAcknowledged;
            DataAgeS = app.DataAgeS(nowMs);
            WifiUp = app.IsWifiConnected;
            SignalDbm = app.SignalDbm;
            LastError = app.LastError;
            FreeMemoryBytes = app.FreeMemoryBytes;
            FirmwareVersion = firmwareVersion;
            BoardId = settings.BoardId;
            Palette = Palette.For(settings.Palette);
            Led = app.Led;
            SelfTest = app.SelfTest;
            if (!object.ReferenceEquals(_feedUrl, settings.FeedUrl))
            {
                _feedUrl = settings.FeedUrl;
                string host;
                int port;
                bool https;
                FeedHost = FeedAddress.TryParse(settings.FeedUrl, out host, out port, out https) ? host : settings.FeedUrl;
            }
        }
    }
}
