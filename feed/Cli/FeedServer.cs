using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Ticker.Feed.Hosting;
using Ticker.Feed.Replay;
using Ticker.Feed.Settings;

namespace Ticker.Feed.Cli
{
    /// <summary>
    /// Runs the feed until it is stopped (Ctrl+C, SIGTERM). Everything that can be wrong with the input (settings,
    /// the recording to replay, where to listen, the database file) is found before the server takes a request and
    /// ends it with one line per problem on stderr and exit code 2; nothing is created before the settings are good.
    /// </summary>
    public static class FeedServer
    {
        /// <param name="args">The host's command line: the feed's switches and <c>--urls</c>, already parsed.</param>
        public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
        {
            ArgumentNullException.ThrowIfNull(args);
            WebApplication app;
            try
            {
                app = FeedHost.Build(args, checkAddresses: true);
            }
            catch (FeedSettingsException error)
            {
                return Refuse(errors, error);
            }
            catch (ReplayException error)
            {
                return Refuse(errors, $"{FeedSettingsReader.Switches["--replay"]} (--replay): {error.Message}");
            }

            await using (app)
            {
                try
                {
                    await app.StartAsync();
                }
                catch (FeedSettingsException error)
                {
                    // A database file the feed cannot use (--db) is found when the services start.
                    return Refuse(errors, error);
                }
                catch (IOException error)
                {
                    // The port was taken between the check above and the start.
                    return Refuse(errors, $"{ListenUrls.Key} (--urls): cannot listen: {error.Message}");
                }

                foreach (string url in app.Urls)
                {
                    output.WriteLine($"Ticker feed listening on {url}  (GET /v1/snapshot?asset=BTC, /v1/alerts, /healthz, /metrics)");
                }

                await app.WaitForShutdownAsync();
            }

            // Disposing the services wrote the state's last changes and closed the database file (--db).
            return FeedCommandLine.ExitOk;
        }

        private static int Refuse(TextWriter errors, FeedSettingsException error)
        {
            foreach (string problem in error.Problems)
            {
                errors.WriteLine(problem);
            }

            return FeedCommandLine.ExitBadInput;
        }

        private static int Refuse(TextWriter errors, string problem)
        {
            errors.WriteLine(problem);
            return FeedCommandLine.ExitBadInput;
        }
    }
}
