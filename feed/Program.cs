using System;
using Ticker.Feed.Cli;

// The feed: serves the snapshot contract (docs/metrics-endpoint.md) to the Ticker devices. See feed/README.md.
// Two commands run and exit instead: "replay" (a recording as fast as possible) and "scenario" (write a recording).
return await FeedCommandLine.RunAsync(args, Console.Out, Console.Error);
