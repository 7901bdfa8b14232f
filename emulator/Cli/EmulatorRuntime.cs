using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Ticker.Boards;
using Ticker.Config;
using Ticker.Emulator.Device;
using Ticker.Emulator.Feed;
using Ticker.Emulator.Headless;
using Ticker.Emulator.Web;
using Ticker.Feed.Settings;
using Ticker.Rendering;

namespace Ticker.Emulator
{
    /// <summary>
    /// The running emulator: the settings read and checked, the embedded feed (unless --feed), the device, and the
    /// page server (unless --headless). Start it, read <see cref="PageAddress"/>, dispose it to stop.
    /// </summary>
    public sealed class EmulatorRuntime : IAsyncDisposable
    {
        /// <summary>How long the demo replay should take to tell its whole story when no --speed is given.</summary>
        public static readonly TimeSpan DemoLength = TimeSpan.FromMinutes(2);

        private EmbeddedFeed? _feed;
        private WebApplication? _page;
        private FeedProxy? _proxy;
        private ReplayFollower? _follower;

        private EmulatorRuntime(DeviceHost device, EventHub hub, Uri feedAddress)
        {
            Device = device;
            Hub = hub;
            FeedAddress = feedAddress;
        }

        /// <summary>The device.</summary>
        public DeviceHost Device { get; }

        /// <summary>The page's events (also kept up to date in headless mode).</summary>
        public EventHub Hub { get; }

        /// <summary>The feed the device polls.</summary>
        public Uri FeedAddress { get; }

        /// <summary>The page's address (null in headless mode).</summary>
        public Uri? PageAddress { get; private set; }

        /// <summary>The embedded feed's replay speed, when it replays and the speed is known.</summary>
        public double? ReplaySpeed { get; private set; }

        /// <summary>Starts everything; progress and settings problems go to <paramref name="output"/>.</summary>
        /// <param name="options">The parsed command line.</param>
        /// <param name="output">The terminal.</param>
        /// <param name="time">The clock (the system's outside tests).</param>
        /// <param name="observer">An extra listener (tests), or null.</param>
        /// <exception cref="UsageException">A bad settings file, a feed setting refused, or the page's port in use.</exception>
        public static async Task<EmulatorRuntime> StartAsync(RunOptions options, TextWriter output, TimeProvider time, IDeviceObserver? observer = null)
        {
            ArgumentNullException.ThrowIfNull(options);
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(time);
            DeviceSettings user = ReadUserSettings(options, output);
            FontSet fonts = LoadFonts();

            EmbeddedFeed? feed = null;
            Uri feedAddress;
            double? speed = null;
            if (options.Feed != null)
            {
                feedAddress = new Uri(options.Feed);
            }
            else
            {
                string? recording = options.Scenario != null ? ScenarioCatalog.Resolve(options.Scenario) : ScenarioCatalog.Recording(ScenarioCatalog.DefaultName);
                if (recording != null && ScenarioCatalog.CheckRecording(recording) is string notRecording)
                {
                    throw new UsageException((options.Scenario != null ? "--scenario " + options.Scenario : "the " + ScenarioCatalog.DefaultName + " scenario") +
                        ": '" + recording + "' " + OneLine(notRecording));
                }

                try
                {
                    feed = await EmbeddedFeed.StartAsync(recording, options.Speed).ConfigureAwait(false);
                }
                catch (FeedSettingsException e)
                {
                    throw new UsageException(OneLine(e.Message));
                }
                catch (Exception e) when (e is Ticker.Feed.Replay.ReplayException || e is InvalidDataException || e is IOException)
                {
                    throw new UsageException("the embedded feed cannot replay '" + recording + "': " + OneLine(e.Message));
                }

                feedAddress = feed.Address;
                speed = recording == null ? null : await PaceReplay(feedAddress, options.Speed).ConfigureAwait(false);
                output.WriteLine(recording == null
                    ? "Embedded feed on " + feedAddress + " (no scenario found: a feed without data)"
                    : "Embedded feed on " + feedAddress + " replaying " + ScenarioCatalog.NameOf(recording) +
                      (speed is double s ? " at " + s.ToString("0.##", CultureInfo.InvariantCulture) + "x" : "") + " in a loop");
            }

            var choices = new EmulatorSettings(user, options.Feed ?? feedAddress.GetLeftPart(UriPartial.Authority), options.Settings);
            DeviceSettings settings = choices.ForDevice(WithBoard(user, options));
            var hub = new EventHub(time);
            IDeviceObserver observers = options.Headless
                ? new DeviceObservers(hub, new TerminalReporter(output, time))
                : new DeviceObservers(hub);
            if (observer != null)
            {
                observers = new DeviceObservers(observers, observer);
            }

            // The device's wall clock is the feed's (its replay's time, or the desktop's for a live feed), as SNTP sets a device's.
            ReplayFollower follower = await ReplayFollower.StartAsync(feedAddress, settings.FeedToken, time).ConfigureAwait(false);
            var device = new DeviceHost(settings, fonts, observers, new TextLog(output), time, follower.Clock);
            var runtime = new EmulatorRuntime(device, hub, feedAddress) { _feed = feed, _follower = follower, ReplaySpeed = speed };
            try
            {
                if (!options.Headless)
                {
                    runtime._proxy = new FeedProxy(feedAddress, settings.FeedToken);
                    runtime._page = PageServer.Build(options.Urls, device, hub, runtime._proxy, choices, follower.Clock);
                    try
                    {
                        await runtime._page.StartAsync().ConfigureAwait(false);
                    }
                    catch (IOException e)
                    {
                        throw new UsageException("--urls " + options.Urls + ": cannot listen there (" + OneLine(e.Message) + "); pick another port, or --urls http://127.0.0.1:0 for any free one");
                    }

                    runtime.PageAddress = new Uri(runtime._page.Urls.First());
                }

                device.Start();
            }
            catch
            {
                await runtime.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            return runtime;
        }

        /// <summary>Stops the page, the device and the embedded feed.</summary>
        public async ValueTask DisposeAsync()
        {
            Hub.Close();
            if (_page != null)
            {
                await _page.StopAsync().ConfigureAwait(false);
                await _page.DisposeAsync().ConfigureAwait(false);
            }

            Device.Dispose();
            _proxy?.Dispose();
            if (_follower != null)
            {
                await _follower.DisposeAsync().ConfigureAwait(false);
            }

            if (_feed != null)
            {
                await _feed.DisposeAsync().ConfigureAwait(false);
            }
        }

        /// <summary>The settings the device starts with: the user's (<see cref="ReadUserSettings"/>) with the command line's board, on the emulator's always-up network.</summary>
        /// <exception cref="UsageException">The device would refuse the file, or it cannot be read.</exception>
        public static DeviceSettings ReadSettings(RunOptions options, TextWriter output)
        {
            DeviceSettings settings = WithBoard(ReadUserSettings(options, output), options);
            AlwaysUpNetwork.NameIfMissing(settings);
            return settings;
        }

        /// <summary>The user's settings: the file's (mapped, then checked and repaired by the core's validator) or the defaults; problems go to <paramref name="output"/>.</summary>
        /// <exception cref="UsageException">The device would refuse the file, or it cannot be read.</exception>
        public static DeviceSettings ReadUserSettings(RunOptions options, TextWriter output)
        {
            ArgumentNullException.ThrowIfNull(options);
            ArgumentNullException.ThrowIfNull(output);
            var settings = new DeviceSettings();
            if (options.Settings != null)
            {
                var file = new SettingsFile(options.Settings);
                settings = file.Load(out string? error) ?? throw new UsageException("--settings: " + error);
                foreach (string problem in file.Problems)
                {
                    output.WriteLine("settings: " + problem);
                }
            }

            SettingsReport report = SettingsValidator.ValidateAndRepair(settings);
            for (int i = 0; i < report.Count; i++)
            {
                output.WriteLine("settings: " + report[i].Message);
            }

            return settings;
        }

        private static DeviceSettings WithBoard(DeviceSettings user, RunOptions options)
        {
            DeviceSettings settings = Ticker.Setup.SetupForm.Copy(user);
            if (options.Board != null)
            {
                settings.BoardId = BoardCatalog.Find(options.Board)!.Id;
            }

            return settings;
        }

        private static FontSet LoadFonts()
        {
            string beside = Path.Combine(AppContext.BaseDirectory, "device-fonts", "Fonts", "fonts.json");
            string? root = FontSet.FindRepositoryRoot(Directory.GetCurrentDirectory());
            string? manifest = File.Exists(beside) ? beside : root == null ? null : Path.Combine(root, FontSet.ManifestRelativePath);
            if (manifest == null)
            {
                throw new UsageException("cannot find the device's fonts (device-fonts/ next to the emulator, or " + FontSet.ManifestRelativePath + " above the current folder)");
            }

            try
            {
                return FontSet.LoadManifest(manifest);
            }
            catch (InvalidDataException e)
            {
                throw new UsageException(OneLine(e.Message));
            }
        }

        // The demo pace: without --speed, ask the feed how long the recording is and play it in about two minutes.
        private static async Task<double?> PaceReplay(Uri feed, double? speed)
        {
            using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = feed, Timeout = TimeSpan.FromSeconds(10) };
            try
            {
                if (speed == null)
                {
                    using JsonDocument state = JsonDocument.Parse(await client.GetStringAsync("/v1/replay").ConfigureAwait(false));
                    if (state.RootElement.TryGetProperty("durationMs", out JsonElement duration) && duration.TryGetDouble(out double ms) && ms > 0)
                    {
                        double pace = Math.Clamp(Math.Round(ms / DemoLength.TotalMilliseconds), 1, RunOptions.MaxSpeed);
                        using var body = new StringContent("{\"speed\":" + pace.ToString(CultureInfo.InvariantCulture) + "}", System.Text.Encoding.UTF8, "application/json");
                        using HttpResponseMessage set = await client.PostAsync("/v1/replay", body).ConfigureAwait(false);
                        return set.IsSuccessStatusCode ? pace : null;
                    }

                    return null;
                }

                return speed;
            }
            catch (Exception e) when (e is HttpRequestException || e is JsonException || e is TaskCanceledException)
            {
                // A feed without the replay API: it plays at whatever speed it was given.
                return speed;
            }
        }

        private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
    }
}
