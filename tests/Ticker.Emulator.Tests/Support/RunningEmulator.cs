using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Ticker.Boards;
using Ticker.Emulator.Device;

namespace Ticker.Emulator.Tests.Support
{
    /// <summary>The real emulator (feed, device, page server) in the test process, on 127.0.0.1 and a free port.</summary>
    public sealed class RunningEmulator : IAsyncDisposable, IDeviceObserver
    {
        private readonly StringWriter _text = new();
        private readonly TextWriter _output;
        private readonly TaskCompletionSource<DeviceFrame> _firstFrame = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private RunningEmulator()
        {
            _output = TextWriter.Synchronized(_text);
        }

        public EmulatorRuntime Runtime { get; private set; } = null!;

        public Uri Page => Runtime.PageAddress ?? throw new InvalidOperationException("headless");

        /// <summary>What the emulator printed.</summary>
        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _text.ToString();
                }
            }
        }

        /// <summary>Completes with the device's first frame.</summary>
        public Task<DeviceFrame> FirstFrame => _firstFrame.Task;

        /// <summary>Starts the emulator with the given options (the page on port 0 unless they say otherwise).</summary>
        public static async Task<RunningEmulator> StartAsync(params string[] args)
        {
            var emulator = new RunningEmulator();
            RunOptions options = RunOptions.Parse(args);
            if (Array.IndexOf(args, "--urls") < 0)
            {
                options = RunOptions.Parse(new[] { "--urls", "http://127.0.0.1:0" }.Concat(args).ToArray());
            }

            emulator.Runtime = await EmulatorRuntime.StartAsync(options, emulator._output, TimeProvider.System, emulator);
            return emulator;
        }

        public ValueTask DisposeAsync() => Runtime.DisposeAsync();

        void IDeviceObserver.OnBoard(BoardProfile board)
        {
        }

        void IDeviceObserver.OnFrame(DeviceFrame frame) => _firstFrame.TrySetResult(frame);

        void IDeviceObserver.OnLed(bool on)
        {
        }

        void IDeviceObserver.OnStatus(DeviceStatus status)
        {
        }

        void IDeviceObserver.OnSnapshot(string json)
        {
        }
    }
}
