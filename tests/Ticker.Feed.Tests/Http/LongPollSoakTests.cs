using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Ticker.Data;
using Ticker.Feed.State;
using Ticker.Feed.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Ticker.Feed.Tests.Http
{
    /// <summary>Runs alone, so the memory it measures is its own feed's and not a neighbouring test's.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class SoakCollection
    {
        public const string Name = "Soak";
    }

    /// <summary>
    /// Tens of thousands of long-polls through a feed with room for six, as a fleet of devices would cycle them for
    /// hours: each round fills every place, sometimes abandons one mid-wait, and ends either at the deadline or with a
    /// new snapshot (a fast refresh). Nobody listens to the gate, as in a running feed; the test sees the gate only
    /// through <c>/healthz</c>. At the end no place is held, every answer came at its deadline or with a new snapshot
    /// (a leaked place would answer the next long-poll at once), and the feed's memory did not grow.
    /// </summary>
    [Collection(SoakCollection.Name)]
    public class LongPollSoakTests
    {
        private const string SnapshotPath = "/v1/snapshot?asset=BTC";
        private const int Places = 6;
        private const int LongPolls = 24_000;
        private const int WarmUpRounds = 200;
        private static readonly TimeSpan Safety = TimeSpan.FromSeconds(20);

        /// <summary>Growth of the managed heap allowed over the run: a leak of a few hundred bytes per long-poll is several MB.</summary>
        private const long MaxHeapGrowthBytes = 2 * 1024 * 1024;

        private readonly ITestOutputHelper _output;

        public LongPollSoakTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task Tens_of_thousands_of_long_polls_leave_no_place_held_and_no_memory_behind()
        {
            await using RunningFeed feed = await RunningFeed.StartAsync(
                "--max-waiters", Places.ToString(), "--wait-max", "25", "--rate-limit", "60000", "--rate-burst", "10000");
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = feed.Address, Timeout = Safety };
            var random = new Random(20261203);
            decimal price = 60_000m;
            string etag = await ETagOf(client);
            int cycled = 0, abandoned = 0, atDeadline = 0, withNews = 0, refusedWhenFull = 0, rounds = 0;
            long heapAfterWarmUp = 0;

            while (cycled < LongPolls)
            {
                int wait = random.Next(1, 26);
                var hangUp = new CancellationTokenSource[Places];
                var polls = new Task<HttpResponseMessage>[Places];
                for (int i = 0; i < Places; i++)
                {
                    hangUp[i] = new CancellationTokenSource();
                    polls[i] = client.SendAsync(Get($"{SnapshotPath}&wait={wait}", etag), hangUp[i].Token);
                }

                await UntilHeld(client, Places, rounds);
                cycled += Places;

                if (rounds % 16 == 0)
                {
                    // Every place is taken: one more long-poll is answered at once, as by a feed that does not hold.
                    using HttpResponseMessage extra = await client.SendAsync(Get($"{SnapshotPath}&wait={wait}", etag)).WaitAsync(Safety);
                    Assert.Equal(HttpStatusCode.NotModified, extra.StatusCode);
                    refusedWhenFull++;
                }

                int held = Places;
                if (random.Next(4) == 0)
                {
                    // A device that goes away mid-wait (Wi-Fi drop, reboot): its place must come back too.
                    hangUp[0].Cancel();
                    await Assert.ThrowsAnyAsync<OperationCanceledException>(() => polls[0].WaitAsync(Safety));
                    held--;
                    abandoned++;
                    await UntilHeld(client, held, rounds);
                }

                int first = Places - held;
                if (random.Next(2) == 0)
                {
                    if (wait > 1)
                    {
                        feed.Clock.Advance(TimeSpan.FromSeconds(wait - 1));
                        await UntilHeld(client, held, rounds); // a second before the deadline nobody has been answered
                    }

                    feed.Clock.Advance(TimeSpan.FromSeconds(1));
                    for (int i = first; i < Places; i++)
                    {
                        using HttpResponseMessage response = await polls[i].WaitAsync(Safety);
                        Assert.True(response.StatusCode == HttpStatusCode.NotModified, $"round {rounds}: {response.StatusCode} at the deadline");
                        Assert.Equal(etag, response.Headers.ETag!.ToString());
                        atDeadline++;
                    }
                }
                else
                {
                    feed.Service<MarketState>().Price = new PriceReading(price += 0.5m);
                    string published = feed.Refresh().ETag;
                    for (int i = first; i < Places; i++)
                    {
                        using HttpResponseMessage response = await polls[i].WaitAsync(Safety);
                        Assert.True(response.StatusCode == HttpStatusCode.OK, $"round {rounds}: {response.StatusCode} on a new snapshot");
                        Assert.Equal(published, response.Headers.ETag!.ToString());
                        withNews++;
                    }

                    etag = published;
                    feed.Clock.Advance(TimeSpan.FromSeconds(1)); // the devices' next second: the rate limiter refills
                }

                await UntilHeld(client, 0, rounds);
                foreach (CancellationTokenSource source in hangUp)
                {
                    source.Dispose();
                }

                if (++rounds == WarmUpRounds)
                {
                    heapAfterWarmUp = SettledHeap();
                }
            }

            long heapAtEnd = SettledHeap();
            _output.WriteLine($"{cycled} long-polls in {rounds} rounds: {atDeadline} answered 304 at the deadline, {withNews} 200 with a new snapshot, " +
                $"{abandoned} abandoned, {refusedWhenFull} extra answered at once when full; heap {heapAfterWarmUp / 1024} KiB after warm-up, {heapAtEnd / 1024} KiB at the end");

            Assert.Equal(0, await Waiting(client));
            Assert.Equal(cycled, atDeadline + withNews + abandoned);
            Assert.True(abandoned > 1000 && atDeadline > 5000 && withNews > 5000, "every ending was cycled thousands of times");
            Assert.True(heapAtEnd - heapAfterWarmUp < MaxHeapGrowthBytes, $"the heap grew by {(heapAtEnd - heapAfterWarmUp) / 1024} KiB over {cycled} long-polls");
        }

        private static HttpRequestMessage Get(string path, string etag)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            return request;
        }

        private static async Task<string> ETagOf(HttpClient client)
        {
            using HttpResponseMessage response = await client.GetAsync(SnapshotPath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return response.Headers.ETag!.ToString();
        }

        private static async Task<int> Waiting(HttpClient client)
        {
            using JsonDocument health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
            return health.RootElement.GetProperty("longPolls").GetProperty("waiting").GetInt32();
        }

        /// <summary>
        /// Asks <c>/healthz</c> until the feed holds <paramref name="count"/> long-polls: requests in flight reach the
        /// gate in their own time, and the gate is watched from outside, as an operator would.
        /// </summary>
        private static async Task UntilHeld(HttpClient client, int count, int round)
        {
            DateTime giveUp = DateTime.UtcNow + Safety;
            int waiting;
            while ((waiting = await Waiting(client)) != count)
            {
                Assert.True(DateTime.UtcNow < giveUp, $"round {round}: the feed holds {waiting} long-polls, expected {count}");
                await Task.Yield();
            }
        }

        private static long SettledHeap()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return GC.GetTotalMemory(forceFullCollection: true);
        }
    }
}
