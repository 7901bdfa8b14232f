using System;
using System.Collections.Generic;
using Microsoft.Extensions.Time.Testing;
using Ticker.Boards;
using Ticker.Emulator.Device;
using Ticker.Emulator.Web;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    /// <summary>The page's event stream: the current state for a new page, then changes; frames paced for the panel.</summary>
    public class EventHubTests
    {
        private static DeviceFrame Frame(int version) => new(version, 2, 1, "gauge", new ushort[] { 0xF800, (ushort)version });

        private static List<string> Drain(EventHub.Subscription subscription)
        {
            var events = new List<string>();
            while (subscription.Reader.TryRead(out string? message))
            {
                events.Add(message);
            }

            return events;
        }

        [Fact]
        public void A_new_page_gets_the_current_state_then_every_change()
        {
            var hub = new EventHub(new FakeTimeProvider());
            hub.OnBoard(BoardCatalog.Find("t-display")!);
            hub.OnLed(true);
            hub.OnFrame(Frame(1));
            using EventHub.Subscription page = hub.Subscribe();
            List<string> first = Drain(page);
            Assert.Equal(new[] { "board", "led", "frame" }, first.ConvertAll(e => e.Split('\n')[0]["event: ".Length..]));
            Assert.Contains("\"version\":1", first[2]);
            Assert.Contains("data:image/png;base64,", first[2]);

            hub.OnLed(false);
            Assert.Equal("event: led\ndata: {\"on\":false}\n\n", Assert.Single(Drain(page)));
        }

        [Fact]
        public void Frames_closer_than_the_panel_can_show_are_merged_into_the_latest()
        {
            var time = new FakeTimeProvider();
            var hub = new EventHub(time);
            using EventHub.Subscription page = hub.Subscribe();

            hub.OnFrame(Frame(1));
            time.Advance(TimeSpan.FromMilliseconds(10));
            hub.OnFrame(Frame(2));
            time.Advance(TimeSpan.FromMilliseconds(10));
            hub.OnFrame(Frame(3));
            List<string> sent = Drain(page);
            Assert.Contains("\"version\":1", Assert.Single(sent));

            // 40 ms after the first: the latest (3) goes out, 2 never does.
            time.Advance(TimeSpan.FromMilliseconds(20));
            sent = Drain(page);
            Assert.Contains("\"version\":3", Assert.Single(sent));

            time.Advance(TimeSpan.FromMilliseconds(100));
            hub.OnFrame(Frame(4));
            Assert.Contains("\"version\":4", Assert.Single(Drain(page)));
        }

        [Fact]
        public void Closing_ends_every_stream()
        {
            var hub = new EventHub(new FakeTimeProvider());
            using EventHub.Subscription page = hub.Subscribe();
            hub.Close();
            Assert.True(page.Reader.Completion.IsCompleted);
        }
    }
}
