using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using Ticker.Boards;
using Ticker.Emulator.Device;

namespace Ticker.Emulator.Web
{
    /// <summary>
    /// Turns the device's output into server-sent events for the pages that are open: each subscriber gets the
    /// current board, frame, LED, status and snapshot at once, then every change. A slow page loses old frames,
    /// never the connection.
    /// </summary>
    public sealed class EventHub : IDeviceObserver
    {
        private const int QueueLength = 256;

        /// <summary>
        /// Shortest time between two frames sent to the pages: 25 a second. A replay at 180x makes the device redraw
        /// about 60 times a second, faster than an SPI panel can show (a full 320x240 frame takes 30.7 ms at 40 MHz);
        /// the frames in between are merged into the latest, which is always sent.
        /// </summary>
        public static readonly TimeSpan MinFrameInterval = TimeSpan.FromMilliseconds(40);

        private readonly TimeProvider _time;
        private ITimer? _frameTimer;
        private long _lastFrameSent;
        private DeviceFrame? _sentFrame;

        private readonly object _lock = new object();
        private readonly List<Channel<string>> _subscribers = new List<Channel<string>>();
        private string? _board;
        private string? _frame;
        private string? _led;
        private string? _status;
        private string? _snapshot;
        private bool _closed;

        /// <summary>Creates the hub; <paramref name="time"/> paces the frames.</summary>
        public EventHub(TimeProvider time)
        {
            _time = time ?? throw new ArgumentNullException(nameof(time));
        }

        /// <summary>The latest frame (null before the first).</summary>
        public DeviceFrame? LatestFrame { get; private set; }

        /// <summary>The latest raw snapshot JSON (null before the first).</summary>
        public string? LatestSnapshot { get; private set; }

        /// <summary>A new subscription, primed with the current state; dispose it when the page goes.</summary>
        public Subscription Subscribe()
        {
            var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(QueueLength) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
            lock (_lock)
            {
                if (_frame == null && LatestFrame != null)
                {
                    _frame = Message("frame", FrameData(LatestFrame));
                }

                foreach (string? message in new[] { _board, _status, _led, _snapshot, _frame })
                {
                    if (message != null)
                    {
                        channel.Writer.TryWrite(message);
                    }
                }

                if (_closed)
                {
                    channel.Writer.TryComplete();
                }
                else
                {
                    _subscribers.Add(channel);
                }
            }

            return new Subscription(this, channel);
        }

        /// <summary>Ends every stream (the server is stopping) and refuses new subscribers' updates.</summary>
        public void Close()
        {
            lock (_lock)
            {
                foreach (Channel<string> subscriber in _subscribers)
                {
                    subscriber.Writer.TryComplete();
                }

                _subscribers.Clear();
                _closed = true;
                _frameTimer?.Dispose();
                _frameTimer = null;
            }
        }

        /// <inheritdoc/>
        public void OnBoard(BoardProfile board)
        {
            ArgumentNullException.ThrowIfNull(board);
            lock (_lock)
            {
                _frame = null;
                _snapshot = null;
                LatestFrame = null;
                _sentFrame = null;
                _board = Publish("board", BoardInfo.Of(board));
            }
        }

        /// <inheritdoc/>
        public void OnFrame(DeviceFrame frame)
        {
            ArgumentNullException.ThrowIfNull(frame);
            lock (_lock)
            {
                LatestFrame = frame;
                if (_subscribers.Count == 0)
                {
                    // Encoded only for pages that are open; a page that opens later gets the latest frame then.
                    _frame = null;
                    return;
                }

                TimeSpan since = _time.GetElapsedTime(_lastFrameSent);
                if (_sentFrame == null || since >= MinFrameInterval)
                {
                    SendLatestFrame();
                }
                else
                {
                    _frameTimer ??= _time.CreateTimer(_ => SendPendingFrame(), null, MinFrameInterval - since, Timeout.InfiniteTimeSpan);
                }
            }
        }

        private void SendPendingFrame()
        {
            lock (_lock)
            {
                _frameTimer?.Dispose();
                _frameTimer = null;
                if (!_closed && LatestFrame != null && LatestFrame != _sentFrame)
                {
                    SendLatestFrame();
                }
            }
        }

        private void SendLatestFrame()
        {
            _sentFrame = LatestFrame;
            _lastFrameSent = _time.GetTimestamp();
            _frame = Publish("frame", FrameData(LatestFrame!));
        }

        private static object FrameData(DeviceFrame frame) => new
        {
            version = frame.Version,
            width = frame.Width,
            height = frame.Height,
            screen = frame.Screen,
            png = "data:image/png;base64," + Convert.ToBase64String(frame.Png),
        };

        /// <inheritdoc/>
        public void OnLed(bool on)
        {
            lock (_lock)
            {
                _led = Publish("led", new { on });
            }
        }

        /// <inheritdoc/>
        public void OnStatus(DeviceStatus status)
        {
            lock (_lock)
            {
                _status = Publish("status", status);
            }
        }

        /// <inheritdoc/>
        public void OnSnapshot(string json)
        {
            lock (_lock)
            {
                LatestSnapshot = json;
                _snapshot = Publish("snapshot", new { json });
            }
        }

        /// <inheritdoc/>
        public void OnSound(DeviceSound sound)
        {
            ArgumentNullException.ThrowIfNull(sound);
            lock (_lock)
            {
                // Sent to the pages open now, never replayed to a page that opens later: a sound is a moment.
                Publish("sound", new { pattern = sound.Pattern, tones = sound.Tones, seq = sound.Seq });
            }
        }

        private static string Message(string name, object data) =>
            "event: " + name + "\ndata: " + JsonSerializer.Serialize(data, JsonSerializerOptions.Web) + "\n\n";

        private string Publish(string name, object data)
        {
            string message = Message(name, data);
            foreach (Channel<string> subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(message);
            }

            return message;
        }

        private void Remove(Channel<string> channel)
        {
            lock (_lock)
            {
                _subscribers.Remove(channel);
            }
        }

        /// <summary>One page's stream of events.</summary>
        public sealed class Subscription : IDisposable
        {
            private readonly EventHub _hub;
            private readonly Channel<string> _channel;

            internal Subscription(EventHub hub, Channel<string> channel)
            {
                _hub = hub;
                _channel = channel;
            }

            /// <summary>The events, each a complete "event: ...\ndata: ...\n\n" block.</summary>
            public ChannelReader<string> Reader => _channel.Reader;

            /// <inheritdoc/>
            public void Dispose() => _hub.Remove(_channel);
        }
    }
}
