using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Ticker.Boards;
using Ticker.Config;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ticker.Emulator.Device;
using Ticker.Emulator.Feed;
using Ticker.Setup;

namespace Ticker.Emulator.Web
{
    /// <summary>
    /// The page and its API on Kestrel (minimal APIs):
    /// <list type="table">
    /// <item><term>GET /</term><description>the page (Web/Page/index.html, app.js, style.css)</description></item>
    /// <item><term>GET /api/events</term><description>server-sent events: board, frame, led, status, snapshot</description></item>
    /// <item><term>GET /api/boards</term><description>every board the device supports</description></item>
    /// <item><term>GET /api/state</term><description>the board, status, frame version and LED</description></item>
    /// <item><term>GET /api/frame.png</term><description>the screen as last drawn</description></item>
    /// <item><term>POST /api/buttons/{index}/press, /release</term><description>a board button goes down or up</description></item>
    /// <item><term>POST /api/board</term><description><c>{"id":"t-display"}</c>: restart the device as that board</description></item>
    /// <item><term>GET/POST /api/replay, GET /api/alerts</term><description>the feed's /v1/replay and /v1/alerts, passed through</description></item>
    /// <item><term>GET /setup, POST /save, POST /selftest</term><description>the device's own setup page (the core's SetupSite): saving restarts the device with the new settings; the self-test button restarts it into the self-test</description></item>
    /// </list>
    /// </summary>
    public static class PageServer
    {
        /// <summary>Builds the server (not started) listening on <paramref name="url"/>.</summary>
        /// <param name="settings">The user's settings and the settings file the setup page saves to (--settings; without one the new settings live until the emulator stops).</param>
        /// <param name="clock">The device's wall clock (the feed's time): the alert history stops at it.</param>
        public static WebApplication Build(string url, DeviceHost device, EventHub hub, FeedProxy feed, EmulatorSettings settings, IWallClock clock)
        {
            ArgumentNullException.ThrowIfNull(settings);
            ArgumentNullException.ThrowIfNull(clock);
            ArgumentNullException.ThrowIfNull(device);
            ArgumentNullException.ThrowIfNull(hub);
            ArgumentNullException.ThrowIfNull(feed);
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
            {
                Args = Array.Empty<string>(),
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.WebHost.UseUrls(url);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
            // Quiet: the emulator prints its own address; the feed's appsettings.json beside the binary would say more.
            builder.Configuration["Logging:LogLevel:Default"] = "Warning";
            builder.Configuration["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
            // A port in use is reported by the emulator in one line (exit 2), not as the host's stack trace.
            builder.Configuration["Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host"] = "None";
            builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
            WebApplication app = builder.Build();

            // Only this page may change the device: other sites' pages in the same browser are refused.
            app.Use(CrossSiteGuard.Invoke);

            app.MapGet("/", () => Asset("index.html"));
            app.MapGet("/app.js", () => Asset("app.js"));
            app.MapGet("/style.css", () => Asset("style.css"));

            app.MapGet("/api/boards", () => Results.Json(BoardCatalog.All.Select(BoardInfo.Of), JsonSerializerOptions.Web));
            app.MapGet("/api/state", () => Results.Json(new
            {
                board = BoardInfo.Of(device.Board),
                status = device.Status,
                frame = hub.LatestFrame?.Version,
                screen = hub.LatestFrame?.Screen,
            }, JsonSerializerOptions.Web));
            app.MapGet("/api/frame.png", (HttpContext http) =>
            {
                DeviceFrame? frame = hub.LatestFrame;
                http.Response.Headers.CacheControl = "no-store";
                return frame == null ? Results.NotFound() : Results.Bytes(frame.Png, "image/png");
            });
            app.MapGet("/api/events", (HttpContext http) => StreamEvents(http, hub));

            app.MapPost("/api/buttons/{index:int}/press", (int index) => Button(device, index, true));
            app.MapPost("/api/buttons/{index:int}/release", (int index) => Button(device, index, false));
            app.MapPost("/api/board", async (HttpContext http) =>
            {
                string? id = await ReadString(http, "id");
                BoardProfile? board = id == null ? null : BoardCatalog.Find(id);
                if (board == null)
                {
                    return Results.Problem(statusCode: 400, title: "unknown board",
                        detail: "id must be one of " + BoardCatalog.IdList() + "; got " + (id ?? "nothing"));
                }

                device.SwitchBoard(board);
                return Results.Json(BoardInfo.Of(board), JsonSerializerOptions.Web);
            });

            app.MapGet("/api/replay", (CancellationToken cancel) => feed.ForwardAsync("/v1/replay", null, cancel));
            app.MapPost("/api/replay", async (HttpContext http, CancellationToken cancel) =>
            {
                using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
                string body = await reader.ReadToEndAsync(cancel);
                return await feed.ForwardAsync("/v1/replay", body, cancel);
            });
            app.MapGet("/api/alerts", async (CancellationToken cancel) =>
            {
                FeedProxy.Answer answer = await feed.GetAsync("/v1/alerts", cancel);
                string body = answer.Status == 200 ? AlertHistoryView.UpTo(answer.Body, clock.TryGetUnixSeconds(out long now) ? now : null) : answer.Body;
                return Results.Content(body, answer.ContentType, Encoding.UTF8, answer.Status);
            });

            // The device's setup page, served by the core exactly as the board's access point serves it.
            app.MapGet("/setup", () => Setup(device, settings, "GET", "/", Array.Empty<byte>(), 0));
            app.MapPost(SetupPage.SavePath, async (HttpContext http) =>
            {
                byte[] body = await ReadBody(http, FormDecoder.MaxBodyBytes + 1);
                return Setup(device, settings, "POST", SetupPage.SavePath, body, (int?)http.Request.ContentLength ?? body.Length);
            });
            app.MapPost(SetupPage.SelfTestPath, () => Setup(device, settings, "POST", SetupPage.SelfTestPath, Array.Empty<byte>(), 0));
            return app;
        }

        private static IResult Asset(string name)
        {
            byte[]? bytes = PageAssets.Read(name);
            return bytes == null ? Results.NotFound() : Results.Bytes(bytes, PageAssets.ContentType(name));
        }

        // The page shows the user's own settings (their feed URL, not the emulator's feed) on the board the device
        // runs as; a good form is saved as sent and the device restarts with it and the emulator's choices on top.
        private static IResult Setup(DeviceHost device, EmulatorSettings settings, string method, string path, byte[] body, int length)
        {
            DeviceSettings current = settings.User;
            current.BoardId = device.Board.Id;
            SetupResponse answer = new SetupSite(current, null).Handle(method, path, body, length);
            if (answer.SelfTestRequested)
            {
                device.Restart(settings.ForDevice(current), selfTest: true);
            }

            if (answer.SaveAndReboot)
            {
                var file = new SettingsFile(settings.Path ?? "setup page");
                DeviceSettings? saved = file.Read(answer.SettingsJson, out string? error);
                if (saved == null)
                {
                    return Results.Problem(statusCode: 500, title: "the setup page wrote a settings file the emulator cannot read", detail: error);
                }

                SettingsValidator.ValidateAndRepair(saved);
                if (settings.Path != null)
                {
                    try
                    {
                        File.WriteAllText(settings.Path, answer.SettingsJson);
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                    {
                        return Results.Problem(statusCode: 500, title: "cannot write the settings file", detail: e.Message);
                    }
                }

                settings.Replace(saved);
                device.Restart(settings.ForDevice(saved));
            }

            return Results.Content(answer.Html, "text/html; charset=utf-8", Encoding.UTF8, answer.Status);
        }

        private static async Task<byte[]> ReadBody(HttpContext http, int limit)
        {
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[1024];
            int read;
            while (buffer.Length < limit && (read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }

        private static IResult Button(DeviceHost device, int index, bool press)
        {
            if (index < 0 || index >= device.Board.Buttons.Length)
            {
                return Results.Problem(statusCode: 404, title: "no such button",
                    detail: "button index must be 0 to " + (device.Board.Buttons.Length - 1) + " on " + device.Board.Id);
            }

            bool changed = press ? device.Press(index) : device.Release(index);
            return Results.Json(new { index, pressed = press, changed }, JsonSerializerOptions.Web);
        }

        private static async Task<string?> ReadString(HttpContext http, string property)
        {
            try
            {
                using JsonDocument doc = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
                return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static async Task StreamEvents(HttpContext http, EventHub hub)
        {
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache";
            using EventHub.Subscription subscription = hub.Subscribe();
            CancellationToken cancel = http.RequestAborted;
            try
            {
                await http.Response.WriteAsync("retry: 1000\n\n", cancel);
                await http.Response.Body.FlushAsync(cancel);
                while (await subscription.Reader.WaitToReadAsync(cancel))
                {
                    while (subscription.Reader.TryRead(out string? message))
                    {
                        await http.Response.WriteAsync(message, cancel);
                    }

                    await http.Response.Body.FlushAsync(cancel);
                }
            }
            catch (OperationCanceledException)
            {
                // The page went away.
            }
        }
    }
}
