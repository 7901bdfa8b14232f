using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using Ticker.Boards;
using Ticker.Emulator.Device;

namespace Ticker.Benchmarks.AlertLatency
{
    /// <summary>
    /// Listens to the emulated device (its status is read from the core's app after every loop step, so an LED
    /// pattern change is seen within one 10 ms step) and completes waits on a condition with the
    /// <see cref="Stopwatch"/> timestamp of the first status that met it.
    /// </summary>
    public sealed class StatusWatch : IDeviceObserver
    {
        private readonly object _gate = new();
        private readonly List<(Func<DeviceStatus, bool> Condition, TaskCompletionSource<long> Met)> _waits = new();
        private readonly List<(Func<string, bool> Condition, TaskCompletionSource<long> Met)> _snapshotWaits = new();
        private DeviceStatus? _latest;

        /// <summary>The latest status, or null before the first step.</summary>
        public DeviceStatus? Latest
        {
            get
            {
                lock (_gate)
                {
                    return _latest;
                }
            }
        }

        /// <summary>Completes with the timestamp of the first status (from now on, or the current one) that meets <paramref name="condition"/>.</summary>
        public Task<long> When(Func<DeviceStatus, bool> condition)
        {
            lock (_gate)
            {
                if (_latest != null && condition(_latest))
                {
                    return Task.FromResult(Stopwatch.GetTimestamp());
                }

                var met = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waits.Add((condition, met));
                return met.Task;
            }
        }

        /// <summary>Completes with the timestamp of the next snapshot body the device receives that meets <paramref name="condition"/>.</summary>
        public Task<long> WhenSnapshot(Func<string, bool> condition)
        {
            var met = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _snapshotWaits.Add((condition, met));
            }

            return met.Task;
        }

        /// <inheritdoc/>
        public void OnStatus(DeviceStatus status)
        {
            long now = Stopwatch.GetTimestamp();
            lock (_gate)
            {
                _latest = status;
                for (int i = _waits.Count - 1; i >= 0; i--)
                {
                    if (_waits[i].Condition(status))
                    {
                        _waits[i].Met.TrySetResult(now);
                        _waits.RemoveAt(i);
                    }
                }
            }
        }

        /// <inheritdoc/>
        public void OnBoard(BoardProfile board)
        {
        }

        /// <inheritdoc/>
        public void OnFrame(DeviceFrame frame)
        {
        }

        /// <inheritdoc/>
        public void OnLed(bool on)
        {
        }

        /// <inheritdoc/>
        public void OnSnapshot(string json)
        {
            long now = Stopwatch.GetTimestamp();
            lock (_gate)
            {
                for (int i = _snapshotWaits.Count - 1; i >= 0; i--)
                {
                    if (_snapshotWaits[i].Condition(json))
                    {
                        _snapshotWaits[i].Met.TrySetResult(now);
                        _snapshotWaits.RemoveAt(i);
                    }
                }
            }
        }
    }
}
