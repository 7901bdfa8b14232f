using Ticker.Boards;
using Ticker.Config;
using Ticker.Data;
using Ticker.Input;
using Ticker.Led;
using Ticker.Platform;
using Ticker.Polling;
using Ticker.Sound;

namespace Ticker.App
{
    /// <summary>
    /// The device's behaviour as one deterministic, single-threaded state machine. Inputs: network changes, HTTP
    /// responses, user actions (from <see cref="GestureDetector"/>s) and clock ticks, each with the uptime it
    /// happened at. Outputs: the screen and data to draw, the LED state, the next request and when it is due,
    /// and requests to reboot or enter setup. It performs no I/O; <see cref="TickerRunner"/> connects it to the
    /// platform, and tests drive it directly with a fake clock.
    /// </summary>
    public sealed class TickerApp
    {
        /// <summary>Without Wi-Fi this long, the device asks to be restarted (a wedged radio is the usual cause).</summary>
        public const long RebootAfterWifiLossMs = 600000;

        private const string SnapshotPath = "/v1/snapshot?asset=";

        private readonly DeviceSettings _settings;
        private readonly PollPolicy _poll;
        private readonly SnapshotDecoder _decoder = new SnapshotDecoder();
        private readonly AlertAcknowledgement _acknowledgement = new AlertAcknowledgement();
        private readonly HttpRequest _request = new HttpRequest();
        private readonly string _plainUrl;
        private readonly BoardProfile _board;
        private readonly PanelConfig _panel;
        private readonly AlertSound _alertSound = new AlertSound();
        private SelfTest _selfTest;
        private int _selfTestStep = -1;
        private SoundPattern _sound;
        private int _soundSeq;

        // Two snapshots, swapped on success: a bad payload is decoded into the spare and never reaches the screen.
        private Snapshot _current = new Snapshot();
        private Snapshot _spare = new Snapshot();
        private bool _hasData;
        private long _dataReceivedMs;
        private string _etag;

        private string _waitUrl;
        private int _waitUrlSeconds;

        private AppMode _mode;
        private ScreenId _screen;
        private long _screenShownMs;
        private bool _wifiUp;
        private bool _wifiKnown;
        private int _signalDbm;
        private long _wifiDownSinceMs;
        private long _runningSinceMs;
        private bool _stale;
        private bool _night;
        private bool _clockValid;
        private long _unixNow;
        private LedState _led;
        private string _lastError;
        private long _lastErrorAtMs;
        private int _errorCount;
        private long _freeMemoryBytes = Value.Missing;
        private bool _rebootRequested;
        private bool _setupRequested;
        private int _viewVersion;
        private readonly string _feedName;

        /// <param name="settings">Validated settings (see <see cref="SettingsValidator.ValidateAndRepair"/>).</param>
        /// <param name="nowMs">Uptime at power-on.</param>
        /// <param name="seed">Seeds the retry jitter; the device passes something unique (e.g. from its MAC address).</param>
        public TickerApp(DeviceSettings settings, long nowMs, uint seed)
        {
            _settings = settings;
            _board = BoardCatalog.Find(settings.BoardId) ?? BoardCatalog.Default;
            _panel = PanelConfig.For(_board, settings);
            _poll = new PollPolicy(settings.PollIntervalS, settings.LongPoll, seed);
            _plainUrl = FeedAddress.TrimTrailingSlash(settings.FeedUrl) + SnapshotPath + settings.Asset;
            _feedName = FeedName(settings.FeedUrl);
            _request.BearerToken = settings.FeedToken.Length == 0 ? null : settings.FeedToken;
            _mode = settings.WifiSsid.Length == 0 ? AppMode.Setup : AppMode.Booting;
            _screenShownMs = nowMs;
            _led = _mode == AppMode.Setup ? LedState.Setup : LedState.Booting;
        }

        public AppMode Mode
        {
            get { return _mode; }
        }

        public ScreenId Screen
        {
            get { return _screen; }
        }

        /// <summary>The last good snapshot, or null before the first one. Never a half-decoded one.</summary>
        public Snapshot Data
        {
            get { return _hasData ? _current : null; }
        }

        public bool HasData
        {
            get { return _hasData; }
        }

        /// <summary>No good answer from the feed for too long (see <see cref="PollPolicy"/>): show the data greyed as STALE.</summary>
        public bool IsStale
        {
            get { return _stale; }
        }

        public bool IsWifiConnected
        {
            get { return _wifiUp; }
        }

        public int SignalDbm
        {
            get { return _signalDbm; }
        }

        public bool IsNight
        {
            get { return _night; }
        }

        /// <summary>The latest problem in a few words (network, HTTP status, a snapshot that did not decode), or null.</summary>
        public string LastError
        {
            get { return _lastError; }
        }

        public long LastErrorAtMs
        {
            get { return _lastErrorAtMs; }
        }

        /// <summary>How many requests have failed or brought a bad snapshot since boot.</summary>
        public int ErrorCount
        {
            get { return _errorCount; }
        }

        /// <summary>Free managed memory as last reported by the platform, or <see cref="Value.Missing"/>.</summary>
        public long FreeMemoryBytes
        {
            get { return _freeMemoryBytes; }
        }

        public LedState Led
        {
            get { return _led; }
        }

        /// <summary>True when the user acknowledged the alert now showing (the LED stays dark until it escalates).</summary>
        public bool IsAlertAcknowledged
        {
            get { return _acknowledgement.IsAcknowledged; }
        }

        /// <summary>The alert to show as a banner (level None when there is none, or the data is stale).</summary>
        public AlertLevel ActiveAlertLevel
        {
            get { return _hasData && !_stale ? _current.Alert.Level : AlertLevel.None; }
        }

        public bool RebootRequested
        {
            get { return _rebootRequested; }
        }

        /// <summary>The user held the button for setup mode; the platform restarts into its access point.</summary>
        public bool SetupRequested
        {
            get { return _setupRequested; }
        }

        /// <summary>Changes whenever something on screen changes other than the passing of time.</summary>
        public int ViewVersion
        {
            get { return _viewVersion; }
        }

        public DeviceSettings Settings
        {
            get { return _settings; }
        }

        /// <summary>The board of the settings (the default board when the id is unknown).</summary>
        public BoardProfile Board
        {
            get { return _board; }
        }

        /// <summary>The panel settings in force: the board's, with the settings' overrides.</summary>
        public PanelConfig Panel
        {
            get { return _panel; }
        }

        /// <summary>The running self-test, or null outside <see cref="AppMode.SelfTest"/>.</summary>
        public SelfTest SelfTest
        {
            get { return _selfTest; }
        }

        /// <summary>
        /// The sound to play since <see cref="SoundSeq"/> last changed: a pattern to start, or null to stop at once
        /// (the alert was acknowledged, or night began).
        /// </summary>
        public SoundPattern Sound
        {
            get { return _sound; }
        }

        /// <summary>Changes each time <see cref="Sound"/> is to be started or stopped.</summary>
        public int SoundSeq
        {
            get { return _soundSeq; }
        }

        /// <summary>
        /// Switches to the self-test (the boot gesture or the setup page asked for it): no polling from now on, the
        /// LED and the sounds step through their patterns, and button gestures are echoed instead of acted on.
        /// </summary>
        public void StartSelfTest(long nowMs)
        {
            _selfTest = new SelfTest(_board, _panel, nowMs);
            _selfTestStep = -1;
            _mode = AppMode.SelfTest;
            _viewVersion++;
            StepSelfTest(nowMs);
        }

        /// <summary>
        /// A button gesture: echoed during the self-test, otherwise acted on as <paramref name="action"/> (the button
        /// role's meaning of the gesture, <see cref="ButtonActions.For"/>).
        /// </summary>
        public void OnGesture(long nowMs, int button, Gesture gesture, UserAction action)
        {
            if (_mode == AppMode.SelfTest)
            {
                if (_selfTest.Echo(button, gesture))
                {
                    _viewVersion++;
                }

                return;
            }

            OnUserAction(nowMs, action);
        }

        /// <summary>True when the LED should be lit at <paramref name="nowMs"/>, following <see cref="Led"/>'s pattern.</summary>
        public bool IsLedOn(long nowMs)
        {
            return LedPatterns.For(_led).IsOn(nowMs);
        }

        /// <summary>Age of the data on screen in seconds: from the snapshot's <c>asOf</c> when the wall clock is set,
        /// else from when it arrived. <see cref="Value.Missing"/> before the first snapshot.</summary>
        public long DataAgeS(long nowMs)
        {
            if (!_hasData)
            {
                return Value.Missing;
            }

            long age = _clockValid && !Value.IsMissing(_current.AsOf)
                ? _unixNow - _current.AsOf
                : (nowMs - _dataReceivedMs) / 1000;
            return age < 0 ? 0 : age;
        }

        public void OnNetwork(long nowMs, bool connected, int signalDbm)
        {
            if (_wifiKnown && connected == _wifiUp)
            {
                if (connected && signalDbm != _signalDbm)
                {
                    _signalDbm = signalDbm;
                    _viewVersion++;
                }

                return;
            }

            _wifiKnown = true;
            _wifiUp = connected;
            _signalDbm = connected ? signalDbm : 0;
            if (!connected)
            {
                _wifiDownSinceMs = nowMs;
            }

            if (_mode == AppMode.Booting)
            {
                _mode = AppMode.Running;
                _runningSinceMs = nowMs;
                _screenShownMs = nowMs;
            }

            _viewVersion++;
            UpdateLed();
        }

        public void OnUserAction(long nowMs, UserAction action)
        {
            switch (action)
            {
                case UserAction.NextScreen:
                    ShowScreen(nowMs, Screens.Next(_screen));
                    break;
                case UserAction.PreviousScreen:
                    ShowScreen(nowMs, Screens.Previous(_screen));
                    break;
                case UserAction.Acknowledge:
                    if (ActiveAlertLevel != AlertLevel.None && !_acknowledgement.IsAcknowledged)
                    {
                        _acknowledgement.Acknowledge();
                        StopSound();
                        _viewVersion++;
                        UpdateLed();
                    }

                    break;
                case UserAction.EnterSetup:
                    _setupRequested = true;
                    _mode = AppMode.Setup;
                    _viewVersion++;
                    UpdateLed();
                    break;
            }
        }

        /// <summary>Advances time: staleness, night mode, screen auto-rotation, the Wi-Fi reboot rule.</summary>
        /// <param name="unixSeconds">Wall-clock time, or <see cref="Value.Missing"/> while the clock is not set.</param>
        public void Tick(long nowMs, long unixSeconds)
        {
            _clockValid = !Value.IsMissing(unixSeconds);
            _unixNow = _clockValid ? unixSeconds : 0;
            if (_mode == AppMode.SelfTest)
            {
                StepSelfTest(nowMs);
                return;
            }

            bool stale = _mode == AppMode.Running &&
                (_poll.IsStale(nowMs) || (!_hasData && _wifiUp && nowMs - _runningSinceMs >= _poll.StaleAfterMs));
            bool night = _clockValid && NightWindow.Contains(unixSeconds, _settings.NightStartHour, _settings.NightEndHour, _settings.UtcOffsetMinutes);
            if (stale != _stale || night != _night)
            {
                if (night && !_night)
                {
                    StopSound();
                }

                _stale = stale;
                _night = night;
                _viewVersion++;
            }

            if (_settings.AutoRotateS > 0 && _mode == AppMode.Running && nowMs - _screenShownMs >= _settings.AutoRotateS * 1000L)
            {
                ShowScreen(nowMs, Screens.Next(_screen));
            }

            if (_mode == AppMode.Running && _wifiKnown && !_wifiUp && nowMs - _wifiDownSinceMs >= RebootAfterWifiLossMs)
            {
                _rebootRequested = true;
            }

            UpdateLed();
        }

        /// <summary>Free memory as measured by the platform, for the status screen.</summary>
        public void OnFreeMemory(long bytes)
        {
            if (bytes != _freeMemoryBytes)
            {
                _freeMemoryBytes = bytes;
                _viewVersion++;
            }
        }

        /// <summary>True when a request to the feed should be made now.</summary>
        public bool IsRequestDue(long nowMs)
        {
            return _mode == AppMode.Running && _wifiUp && _poll.IsDue(nowMs);
        }

        /// <summary>The request to make now (long-poll wait and <c>If-None-Match</c> filled in). Call when <see cref="IsRequestDue"/>.</summary>
        public HttpRequest BeginRequest(long nowMs)
        {
            int wait = _poll.WaitS;
            _request.Url = wait > 0 ? WaitUrl(wait) : _plainUrl;
            _request.IfNoneMatch = _hasData ? _etag : null;
            _request.TimeoutMs = (wait * 1000) + 10000;
            _poll.OnRequestStarted(nowMs);
            return _request;
        }

        /// <summary>The answer to the request from <see cref="BeginRequest"/>.</summary>
        public void OnResponse(long nowMs, HttpResult result)
        {
            int status = result.Status;
            if (status == 200)
            {
                AcceptBody(nowMs, result);
            }
            else if (status == 304 && _hasData)
            {
                _poll.OnSuccess(nowMs, true, _current.WaitMax);
            }
            else if (status == 0)
            {
                // The problem first (the status screen's row may cut the end), then the feed it is about: "network"
                // alone read as Wi-Fi, which is up when this happens.
                Fail(nowMs, (result.Error == null ? "no answer" : result.Error) + _feedName, 0);
            }
            else if (status == 401 || status == 403)
            {
                Fail(nowMs, "feed refused this device (HTTP " + status.ToString() + "): check feedToken", result.RetryAfterS);
            }
            else if (status == 429 || status == 503)
            {
                Fail(nowMs, "feed busy (HTTP " + status.ToString() + ")", result.RetryAfterS);
            }
            else
            {
                Fail(nowMs, "feed answered HTTP " + status.ToString(), result.RetryAfterS);
            }

            UpdateLed();
        }

        private void AcceptBody(long nowMs, HttpResult result)
        {
            if (result.Body == null || !_decoder.Decode(result.Body, 0, result.BodyLength, _spare))
            {
                Fail(nowMs, "bad snapshot: " + SnapshotErrors.Describe(_decoder.Error) + " at byte " + _decoder.ErrorPosition.ToString(), 0);
                return;
            }

            if (_spare.Asset != null && _spare.Asset != _settings.Asset)
            {
                Fail(nowMs, "feed sent " + _spare.Asset + ", expected " + _settings.Asset, 0);
                return;
            }

            Snapshot previous = _current;
            _current = _spare;
            _spare = previous;
            _hasData = true;
            _dataReceivedMs = nowMs;
            _etag = result.ETag;
            _acknowledgement.Observe(_current.Alert.Level, _current.Alert.StartedAt);
            SoundPattern sound = _alertSound.Observe(_current.Alert.Level, _current.Alert.StartedAt,
                _acknowledgement.IsAcknowledged, _night, SoundPatterns.Threshold(_settings.Sound));
            if (sound != null)
            {
                _sound = sound;
                _soundSeq++;
            }
            _poll.OnSuccess(nowMs, false, _current.WaitMax);
            _stale = false;

            _viewVersion++;
        }

        // " (feed 192.168.1.20:5080)", the way a user would look the feed up.
        private static string FeedName(string url)
        {
            string host;
            int port;
            bool https;
            return FeedAddress.TryParse(url, out host, out port, out https) ? " (feed " + host + ":" + port.ToString() + ")" : " (feed)";
        }

        private void Fail(long nowMs, string error, int retryAfterS)
        {
            _lastError = error;
            _lastErrorAtMs = nowMs;
            _errorCount++;
            _poll.OnFailure(nowMs, retryAfterS);
            _viewVersion++;
        }

        private void ShowScreen(long nowMs, ScreenId screen)
        {
            _screen = screen;
            _screenShownMs = nowMs;
            _viewVersion++;
        }

        private string WaitUrl(int waitS)
        {
            // Cached: the wait rarely changes, and building the string on every long-poll would churn the heap.
            if (_waitUrl == null || _waitUrlSeconds != waitS)
            {
                _waitUrl = _plainUrl + "&wait=" + waitS.ToString();
                _waitUrlSeconds = waitS;
            }

            return _waitUrl;
        }

        private void StopSound()
        {
            if (_sound != null)
            {
                _sound = null;
                _soundSeq++;
            }
        }

        // The self-test's LED step: a new step shows its pattern, and the alert steps play their sound.
        private void StepSelfTest(long nowMs)
        {
            int step = _selfTest.StepAt(nowMs);
            if (step == _selfTestStep)
            {
                return;
            }

            _selfTestStep = step;
            _led = _selfTest.LedAt(nowMs);
            SoundPattern sound = _settings.Sound == DeviceSettings.SoundOff ? null : SelfTest.SoundOf(_led);
            if (sound != null)
            {
                _sound = sound;
                _soundSeq++;
            }

            _viewVersion++;
        }

        private void UpdateLed()
        {
            if (_mode == AppMode.SelfTest)
            {
                return;
            }

            AlertLevel level = _hasData ? _current.Alert.Level : AlertLevel.None;
            LedState led = LedStateResolver.Resolve(
                _mode == AppMode.Booting,
                _mode == AppMode.Setup,
                _wifiUp || _mode != AppMode.Running,
                _stale,
                level,
                _acknowledgement.IsAcknowledged,
                (AlertLevel)_settings.LedAlertLevel,
                _night,
                (AlertLevel)_settings.NightLedLevel);
            if (led != _led)
            {
                _led = led;
                _viewVersion++;
            }
        }
    }
}
