using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Ticker.Feed.Hosting;
using Ticker.Feed.Replay;
using Ticker.Feed.Scenarios;
using Ticker.Feed.Settings;

// The feed: serves the snapshot contract (docs/metrics-endpoint.md) to the Ticker devices. See feed/README.md.
// Two commands run and exit instead: "replay" (a recording as fast as possible) and "scenario" (write a recording).
if (args.Length > 0 && args[0] == "replay")
{
    return ReplayCommand.Run(args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == "scenario")
{
    return ScenarioCommand.Run(args[1..], Console.Out, Console.Error);
}

WebApplication app;
try
{
    app = FeedHost.Build(args);
}
catch (FeedSettingsException error)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}

try
{
    await app.StartAsync();
}
catch (ReplayException error)
{
    Console.Error.WriteLine("--replay: " + error.Message);
    return 2;
}
catch (FeedSettingsException error)
{
    // A database file the feed cannot use (--db) is found when the services start.
    Console.Error.WriteLine(error.Message);
    return 2;
}

foreach (string url in app.Urls)
{
    Console.WriteLine($"Ticker feed listening on {url}  (GET /v1/snapshot?asset=BTC, /v1/alerts, /healthz, /metrics)");
}

await app.WaitForShutdownAsync();

// Disposing the services writes the state's last changes and closes the database file (--db).
await app.DisposeAsync();
return 0;
