using System;
using System.Device.Gpio;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using nanoFramework.Networking;
using nanoFramework.Runtime.Native;
using Ticker.App;
using Ticker.Boards;
using Ticker.Config;
using Ticker.Drawing;
using Ticker.Input;
using Ticker.Led;
using Ticker.Platform;
using Ticker.Setup;
using Ticker.Views;

namespace Ticker
{
    /// <summary>
    /// The device app's entry point: the boot sequence, then the main thread becomes the loop that drives the
    /// core's TickerRunner. Every decision is the core's; this file only wires the adapters together in order.
    /// </summary>
    public static class Program
    {
        public const string FirmwareVersion = "0.2.0";

        private const int LoopPauseMs = 40;
        private const int WifiAttempts = 3;
        private const int WifiAttemptMs = 20000;
        private const int EdgeQueueCapacity = 16;
        private const int FatalRestartMs = 30000;

        private static readonly DebugLog Log = new DebugLog();
        private static MessageScreen _message;
        private static Canvas _canvas;
        private static BitmapSurface _surface;

        // Held for the app's lifetime: the pins' event handlers live as long as these objects do.
        private static ButtonInput _buttons;

        public static void Main()
        {
            try
            {
                Run();
            }
            catch (Exception e)
            {
                // An exception leaving Main would end the app silently: say what happened, then start again.
                Log.Write(LogLevel.Error, "fatal: " + e.Message);
                if (_message != null)
                {
                    Show("Error", e.Message, "restarting in 30 s", null);
                }

                Thread.Sleep(FatalRestartMs);
                Power.RebootDevice();
            }
        }

        private static void Run()
        {
            ILog log = Log;
            var clock = new DeviceClock();
            var system = new DeviceSystem();

            // Settings: the file mapped onto the core's DeviceSettings, bad values replaced by the core's validator.
            var store = new SettingsFile(SettingsFile.DefaultPath);
            string error;
            DeviceSettings settings = store.Load(out error) ?? new DeviceSettings();
            if (error != null)
            {
                log.Write(LogLevel.Warning, error);
            }

            SettingsReport report = SettingsValidator.ValidateAndRepair(settings);
            for (int i = 0; i < report.Count; i++)
            {
                log.Write(LogLevel.Warning, report[i].Message);
            }

            // Board, panel, LED, buttons, boot screen.
            BoardProfile board = BoardCatalog.Find(settings.BoardId);
            PanelConfig panel = PanelConfig.For(board, settings);
            var gpio = new GpioController();
            BitmapSurface surface = DisplayStarter.Start(board, panel, settings.Brightness, Fonts.Load(), gpio);
            _surface = surface;
            _canvas = new Canvas(surface);
            _message = new MessageScreen(board.Width, board.Height);
            var led = new TimerLed(gpio, board, clock, LedPatterns.Booting);
            var edges = new ButtonEdgeQueue(EdgeQueueCapacity);
            _buttons = new ButtonInput(gpio, board, edges);
            int setupButton = SetupTrigger.ButtonIndex(board);
            string label = board.Buttons[setupButton].Label;
            Show("Ticker " + FirmwareVersion, board.Name,
                "Hold " + label + ": setup. Tap " + label + " 3x: self-test", report.IsValid ? null : report[0].Message);

            // The setup button while the boot screen shows: held, setup mode; tapped three times, the self-test.
            BootChoice choice = ReadBootGesture(clock, setupButton);
            DropEdges(edges);
            bool selfTest = choice == BootChoice.SelfTest || SetupMode.TakeSelfTestRequest();

            // Setup mode when no network is known, the button is held, or the last run asked for it.
            string storedSsid = WifiLink.StoredSsid();
            if (!selfTest && SetupTrigger.ShouldEnterSetup(settings, storedSsid, choice == BootChoice.Setup, SetupMode.TakeRequest()))
            {
                string apName = AccessPointName.FromMac(WifiLink.MacAddress());
                led.Show(LedPatterns.Setup);
                Show("Setup", "Join Wi-Fi " + apName, "then open http://" + SetupMode.Address, null);
                SetupMode.Run(new SetupSite(settings, report), store, apName, log);
            }

            SetupMode.LeaveAccessPointMode();

            // Wi-Fi, with progress on screen: the settings' network, else the one stored on the device.
            // No network at all is possible only on the self-test path (setup mode never returns): the SSID stays empty,
            // never null, as TickerApp reads its length.
            string joinSsid = settings.WifiSsid;
            if (joinSsid.Length == 0 && storedSsid != null)
            {
                settings.WifiSsid = storedSsid;
            }

            var wifi = new WifiLink();
            for (int attempt = 1; attempt <= WifiAttempts && !selfTest; attempt++)
            {
                Show("Wi-Fi", "Joining " + settings.WifiSsid,
                    "attempt " + attempt.ToString() + " of " + WifiAttempts.ToString(), wifi.LastError);
                if (wifi.Connect(joinSsid, settings.WifiPassword, WifiAttemptMs))
                {
                    break;
                }
            }

            if (!selfTest)
            {
                Sntp.Start();
            }

            // The app and its loop. Without Wi-Fi it still runs: the radio keeps reconnecting and the core restarts
            // the device after 10 minutes without it.
            var app = new TickerApp(settings, clock.UptimeMs, Seed(WifiLink.MacAddress()));
            if (selfTest)
            {
                app.StartSelfTest(clock.UptimeMs);
            }

            led.Follow(app);
            var display = new StripedDisplay(board.Width, board.Height, surface, surface, FirmwareVersion);
            var http = new BackgroundFetcher(new HttpFetcher(LoadCaCertificate(settings, log)));
            var runner = new TickerRunner(app, board, clock, wifi, http, edges, led, display, system, log);
            if (board.SoundPin >= 0)
            {
                runner.Speaker = PwmSpeaker.Open(board.SoundPin, clock);
            }

            var watch = new StallWatch(clock.UptimeMs);
            Watchdog.Start(watch, clock, system, log);
            while (true)
            {
                runner.Step();
                watch.Beat(clock.UptimeMs);
                if (app.SetupRequested)
                {
                    SetupMode.RequestOnNextBoot();
                    system.Reboot();
                }

                Thread.Sleep(LoopPauseMs);
            }
        }

        // Samples the setup button until the core's BootGesture has a choice or its window closes.
        private static BootChoice ReadBootGesture(IClock clock, int button)
        {
            var gesture = new BootGesture(clock.UptimeMs);
            while (true)
            {
                long now = clock.UptimeMs;
                BootChoice choice = gesture.Sample(_buttons.IsPressed(button), now);
                if (gesture.IsOver(now))
                {
                    return choice;
                }

                Thread.Sleep(BootGesture.SampleMs);
            }
        }

        // The boot gesture's presses were read already: the app must not take them as screen changes or acknowledgements.
        private static void DropEdges(ButtonEdgeQueue edges)
        {
            int index;
            bool pressed;
            long at;
            while (edges.TryTake(out index, out pressed, out at))
            {
            }
        }

        private static void Show(string title, string line1, string line2, string line3)
        {
            _message.Set(title, line1, line2, line3);
            _message.Paint(_canvas, _surface);
        }

        // The https feed's CA from I:\ when the settings name one; else null (the device's stored CA certificates apply).
        private static X509Certificate LoadCaCertificate(DeviceSettings settings, ILog log)
        {
            if (settings.CaCertFile.Length == 0)
            {
                return null;
            }

            string pem = SettingsFile.ReadText(settings.CaCertFile);
            if (pem == null)
            {
                log.Write(LogLevel.Warning, "caCertFile: I:\\" + settings.CaCertFile + " not found; https uses the stored CA certificates");
                return null;
            }

            return new X509Certificate(pem);
        }

        // Unique per device, so a room full of gadgets does not retry in step.
        private static uint Seed(byte[] mac)
        {
            uint seed = 1;
            for (int i = 0; i < mac.Length; i++)
            {
                seed = (seed * 31) + mac[i];
            }

            return seed;
        }
    }
}
