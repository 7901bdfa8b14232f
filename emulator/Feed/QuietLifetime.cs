using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Ticker.Emulator.Feed
{
    /// <summary>
    /// A host lifetime that does not listen for Ctrl+C or SIGTERM: the emulator runs two web hosts (the embedded feed
    /// and the page) and stops them itself, in order, when it is told to stop.
    /// </summary>
    public sealed class QuietLifetime : IHostLifetime
    {
        /// <inheritdoc/>
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        /// <inheritdoc/>
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
