using Ticker.Boards;
using Ticker.Data;
using Ticker.Input;
using Ticker.Platform;

namespace Ticker.App
{
    /// <summary>
    /// One turn of the device's main loop, shared by the firmware and the emulator so that neither holds logic of
    /// its own: read the network and buttons, advance the app, make the request that is due, then drive the LED
    /// and the display. The platform calls <see cref="Step"/> in a loop (every 20-50 ms is plenty).
    /// </summary>
    public sealed class TickerRunner
    {
        private const long MemoryCheckEveryMs = 10000;

        private readonly TickerApp _app;
        private readonly BoardProfile _board;
        private readonly GestureDetector[] _detectors;
        private readonly IClock _clock;
        private readonly INetwork _network;
        private readonly IHttpFetcher _http;
        private readonly IBackgroundFetcher _background;
        private readonly IButtonSource _buttons;
        private readonly ILed _led;
        private readonly IDisplay _display;
        private readonly ISystemControl _system;
        private readonly ILog _log;
        private readonly HttpResult _result = new HttpResult();
        private long _nextMemoryCheckMs;
        private string _loggedError;
        private string _seenError;
        private long _seqWhenLogged = Value.Missing;
        private bool _ledOn;
        private bool _ledKnown;
        private bool _fetching;
        private ISpeaker _speaker;
        private int _soundSeq;

        /// <summary>A runner whose requests block the loop until answered (<paramref name="http"/>).</summary>
        public TickerRunner(TickerApp app, BoardProfile board, IClock clock, INetwork network, IHttpFetcher http,
            IButtonSource buttons, ILed led, IDisplay display, ISystemControl system, ILog log)
            : this(app, board, clock, network, buttons, led, display, system, log)
        {
            _http = http;
        }

        /// <summary>
        /// A runner whose requests run in the background (<paramref name="background"/>): buttons, the LED and the
        /// display stay live while a long-poll is held.
        /// </summary>
        public TickerRunner(TickerApp app, BoardProfile board, IClock clock, INetwork network, IBackgroundFetcher background,
            IButtonSource buttons, ILed led, IDisplay display, ISystemControl system, ILog log)
            : this(app, board, clock, network, buttons, led, display, system, log)
        {
            _background = background;
        }

        private TickerRunner(TickerApp app, BoardProfile board, IClock clock, INetwork network,
            IButtonSource buttons, ILed led, IDisplay display, ISystemControl system, ILog log)
        {
            _app = app;
            _board = board;
            _clock = clock;
            _network = network;
            _buttons = buttons;
            _led = led;
            _display = display;
            _system = system;
            _log = log;
            _detectors = new GestureDetector[board.Buttons.Length];
            for (int i = 0; i < _detectors.Length; i++)
            {
                _detectors[i] = new GestureDetector();
            }
        }

        public TickerApp App
        {
            get { return _app; }
        }

        /// <summary>The board's speaker or buzzer, or null (the default) for a board without one.</summary>
        public ISpeaker Speaker
        {
            get { return _speaker; }
            set { _speaker = value; }
        }

        public void Step()
        {
            long now = _clock.UptimeMs;
            _app.OnNetwork(now, _network.IsConnected, _network.SignalDbm);
            HandleButtons(now);

            long unix;
            _app.Tick(now, _clock.TryGetUnixTime(out unix) ? unix : Value.Missing);

            if (now >= _nextMemoryCheckMs)
            {
                _app.OnFreeMemory(_system.FreeMemoryBytes());
                _nextMemoryCheckMs = now + MemoryCheckEveryMs;
            }

            if (_background != null)
            {
                now = StepBackgroundFetch(now);
            }
            else if (_app.IsRequestDue(now))
            {
                HttpRequest request = _app.BeginRequest(now);
                _result.Reset();
                _http.Fetch(request, _result);
                now = _clock.UptimeMs;
                _app.OnResponse(now, _result);
                LogNewError();
            }

            bool on = _app.IsLedOn(now);
            if (!_ledKnown || on != _ledOn)
            {
                _led.Set(on);
                _ledOn = on;
                _ledKnown = true;
            }

            if (_app.SoundSeq != _soundSeq)
            {
                _soundSeq = _app.SoundSeq;
                if (_speaker != null)
                {
                    if (_app.Sound != null)
                    {
                        _speaker.Play(_app.Sound);
                    }
                    else
                    {
                        _speaker.Stop();
                    }
                }
            }

            _display.Update(_app, now);

            if (_app.RebootRequested)
            {
                _log.Write(LogLevel.Warning, "no Wi-Fi for 10 minutes: restarting");
                _system.Reboot();
            }
        }

        /// <summary>True while a background request is under way.</summary>
        public bool IsFetching
        {
            get { return _fetching; }
        }

        // One request at a time: the answer is handed to the app on the turn it is noticed, the next one starts
        // on a later turn when the app says it is due.
        private long StepBackgroundFetch(long now)
        {
            if (_fetching)
            {
                if (_background.TryComplete(_result))
                {
                    _fetching = false;
                    now = _clock.UptimeMs;
                    _app.OnResponse(now, _result);
                    LogNewError();
                }
            }
            else if (_app.IsRequestDue(now))
            {
                HttpRequest request = _app.BeginRequest(now);
                _result.Reset();
                _fetching = true;
                _background.Start(request);
            }

            return now;
        }

        private void HandleButtons(long now)
        {
            int index;
            bool pressed;
            long at;
            while (_buttons.TryTake(out index, out pressed, out at))
            {
                if (index >= 0 && index < _detectors.Length)
                {
                    Dispatch(now, index, _detectors[index].OnEdge(pressed, at));
                }
            }

            for (int i = 0; i < _detectors.Length; i++)
            {
                Dispatch(now, i, _detectors[i].Tick(now));
            }
        }

        private void Dispatch(long now, int buttonIndex, Gesture gesture)
        {
            if (gesture != Gesture.None)
            {
                _app.OnGesture(now, buttonIndex, gesture, ButtonActions.For(_board.Buttons[buttonIndex].Role, gesture));
            }
        }

        // One line per new problem: a failure that repeats the last one logged, with no snapshot received in
        // between, is the same problem still going on (a feed that is down fails every retry).
        private void LogNewError()
        {
            string error = _app.LastError;
            if (error == null || object.ReferenceEquals(error, _seenError))
            {
                return;
            }

            _seenError = error;
            long seq = _app.HasData ? _app.Data.Seq : Value.Missing;
            if (error == _loggedError && seq == _seqWhenLogged)
            {
                return;
            }

            _loggedError = error;
            _seqWhenLogged = seq;
            _log.Write(LogLevel.Warning, error);
        }
    }
}
