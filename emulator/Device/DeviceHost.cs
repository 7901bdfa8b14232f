using System;
using System.Text;
using System.Threading;
using Ticker.App;
using Ticker.Boards;
using Ticker.Config;
using Ticker.Data;
using Ticker.Led;
using Ticker.Platform;
using Ticker.Rendering;
using Ticker.Setup;

namespace Ticker.Emulator.Device
{
    /// <summary>
    /// Runs the emulated device: the core's <see cref="TickerRunner"/> over the desktop adapters, stepped on a thread
    /// of its own every <see cref="StepMs"/>, as the firmware's loop thread steps it. Switching the board powers the
    /// device off and on again with the new board (a new app, new adapters, uptime from zero).
    /// </summary>
    public sealed class DeviceHost : IDisposable
    {
        /// <summary>Loop period: fast enough for the 4 Hz cascade blink and the 30 ms button debounce.</summary>
        public const int StepMs = 10;

        private DeviceSettings _settings;
        private readonly FontSet _fonts;
        private readonly IDeviceObserver _observer;
        private readonly ILog _log;
        private readonly TimeProvider _time;
        private readonly IWallClock _wall;
        private readonly object _gate = new object();
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly Thread _thread;
        private volatile bool _stopping;
        private PoweredDevice _device;
        private DeviceStatus? _status;
        private uint _boots;

        /// <summary>Creates the device (not started).</summary>
        /// <param name="settings">Validated settings (SettingsValidator.ValidateAndRepair); the board comes from its BoardId.</param>
        /// <param name="fonts">The device's fonts.</param>
        /// <param name="observer">Gets frames, LED changes, status and snapshots.</param>
        /// <param name="log">The core's diagnostics.</param>
        /// <param name="time">The clock the device's uptime comes from.</param>
        /// <param name="wall">The device's wall clock (what SNTP sets on the device).</param>
        public DeviceHost(DeviceSettings settings, FontSet fonts, IDeviceObserver observer, ILog log, TimeProvider time, IWallClock wall)
        {
            _wall = wall ?? throw new ArgumentNullException(nameof(wall));
            _settings = settings ?? throw new ArgumentNullException(nameof(settings));
            _fonts = fonts ?? throw new ArgumentNullException(nameof(fonts));
            _observer = observer ?? throw new ArgumentNullException(nameof(observer));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _device = PowerOn(BoardCatalog.Find(settings.BoardId) ?? BoardCatalog.Default);
            _thread = new Thread(Loop) { IsBackground = true, Name = "device loop" };
        }

        /// <summary>The board the device runs as.</summary>
        public BoardProfile Board
        {
            get
            {
                lock (_gate)
                {
                    return _device.Board;
                }
            }
        }

        /// <summary>The latest status (null before the first step).</summary>
        public DeviceStatus? Status
        {
            get
            {
                lock (_gate)
                {
                    return _status;
                }
            }
        }

        /// <summary>Starts the loop.</summary>
        public void Start()
        {
            _observer.OnBoard(Board);
            _thread.Start();
        }

        /// <summary>Presses button <paramref name="index"/> of the current board (false: no such button, or already down).</summary>
        public bool Press(int index)
        {
            bool done;
            lock (_gate)
            {
                done = _device.Buttons.Press(index);
            }

            _wake.Set();
            return done;
        }

        /// <summary>Releases button <paramref name="index"/> (false: no such button, or not down).</summary>
        public bool Release(int index)
        {
            bool done;
            lock (_gate)
            {
                done = _device.Buttons.Release(index);
            }

            _wake.Set();
            return done;
        }

        /// <summary>Restarts the device as <paramref name="board"/>.</summary>
        public void SwitchBoard(BoardProfile board)
        {
            ArgumentNullException.ThrowIfNull(board);
            lock (_gate)
            {
                _device.Dispose();
                _settings.BoardId = board.Id;
                _device = PowerOn(board);
                _status = null;
                _observer.OnBoard(board);
            }

            _wake.Set();
        }

        /// <summary>A copy of the settings the device runs with (what its setup page starts from).</summary>
        public DeviceSettings Settings
        {
            get
            {
                lock (_gate)
                {
                    return SetupForm.Copy(_settings);
                }
            }
        }

        /// <summary>
        /// Restarts the device with <paramref name="settings"/> (already checked by the core), as the board does after its
        /// setup page saves; with <paramref name="selfTest"/>, into the self-test, as the board does after its setup
        /// page's self-test button.
        /// </summary>
        public void Restart(DeviceSettings settings, bool selfTest = false)
        {
            ArgumentNullException.ThrowIfNull(settings);
            lock (_gate)
            {
                _device.Dispose();
                _settings = SetupForm.Copy(settings);
                BoardProfile board = BoardCatalog.Find(_settings.BoardId) ?? BoardCatalog.Default;
                _device = PowerOn(board);
                if (selfTest)
                {
                    _device.App.StartSelfTest(_device.Clock.UptimeMs);
                }

                _status = null;
                _observer.OnBoard(board);
            }

            _wake.Set();
        }

        /// <summary>Stops the loop and the request under way.</summary>
        public void Dispose()
        {
            _stopping = true;
            _wake.Set();
            if (_thread.IsAlive)
            {
                _thread.Join();
            }

            _device.Dispose();
            _wake.Dispose();
        }

        private PoweredDevice PowerOn(BoardProfile board)
        {
            _boots++;
            return new PoweredDevice(board, _settings, _fonts, _observer, _log, new SystemClock(_time, _wall), _boots, () => ThreadPool.QueueUserWorkItem(_ => SwitchBoard(board)));
        }

        private void Loop()
        {
            while (!_stopping)
            {
                lock (_gate)
                {
                    _device.Runner.Step();
                    DeviceStatus status = _device.ReadStatus();
                    if (status != _status)
                    {
                        _status = status;
                        _observer.OnStatus(status);
                    }
                }

                _wake.WaitOne(StepMs);
            }
        }

        /// <summary>One power cycle: the app, its adapters and the runner, for one board.</summary>
        private sealed class PoweredDevice : IDisposable
        {
            private readonly HttpFeedFetcher _fetcher;

            public PoweredDevice(BoardProfile board, DeviceSettings settings, FontSet fonts, IDeviceObserver observer, ILog log, SystemClock clock, uint boot, Action reboot)
            {
                Board = board;
                Buttons = new VirtualButtons(clock, board.Buttons.Length);
                _fetcher = new HttpFeedFetcher(body => observer.OnSnapshot(Encoding.UTF8.GetString(body)));
                Clock = clock;
                App = new TickerApp(settings, clock.UptimeMs, 0x5EED0000u + boot);
                Runner = new TickerRunner(App, board, clock, new AlwaysUpNetwork(), _fetcher, Buttons,
                    new VirtualLed(observer.OnLed), new FrameDisplay(board, fonts, observer.OnFrame), new EmulatedSystemControl(board, reboot), log);
                if (board.SoundPin >= 0)
                {
                    Runner.Speaker = new VirtualSpeaker(observer.OnSound);
                }
            }

            public SystemClock Clock { get; }

            public BoardProfile Board { get; }

            public TickerApp App { get; }

            public TickerRunner Runner { get; }

            public VirtualButtons Buttons { get; }

            public DeviceStatus ReadStatus()
            {
                Snapshot? data = App.Data;
                AlertLevel level = App.ActiveAlertLevel;
                return new DeviceStatus(
                    Board.Id,
                    App.Mode switch { AppMode.Booting => "booting", AppMode.Setup => "setup", AppMode.SelfTest => "selftest", _ => "running" },
                    Screens.IdOf(App.Screen),
                    LedPatterns.NameOf(App.Led),
                    (int)level,
                    level != AlertLevel.None ? data?.Alert.Headline : null,
                    App.IsAlertAcknowledged,
                    App.IsStale,
                    data == null || Value.IsMissing(data.Seq) ? null : data.Seq,
                    App.LastError);
            }

            public void Dispose() => _fetcher.Dispose();
        }
    }
}
