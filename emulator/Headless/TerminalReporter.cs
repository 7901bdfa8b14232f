using System;
using System.IO;
using Ticker.Boards;
using Ticker.Emulator.Device;

namespace Ticker.Emulator.Headless
{
    /// <summary>
    /// <c>--headless</c>: the device on a terminal, one line per change of screen, LED pattern or alert level (and the
    /// board at power-on), each with the time of day, so it can be read on a server or piped to a log. The core's own
    /// warnings come through <see cref="TextLog"/>, one per new problem (the core's TickerRunner decides).
    /// </summary>
    public sealed class TerminalReporter : IDeviceObserver
    {
        private readonly TextWriter _out;
        private readonly TimeProvider _time;
        private DeviceStatus? _last;

        /// <summary>Creates the reporter.</summary>
        public TerminalReporter(TextWriter output, TimeProvider time)
        {
            _out = output ?? throw new ArgumentNullException(nameof(output));
            _time = time ?? throw new ArgumentNullException(nameof(time));
        }

        /// <inheritdoc/>
        public void OnBoard(BoardProfile board)
        {
            ArgumentNullException.ThrowIfNull(board);
            _last = null;
            Line("board  " + board.Id + " (" + board.Name + ", " + board.Width + "x" + board.Height + ")");
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
        public void OnStatus(DeviceStatus status)
        {
            ArgumentNullException.ThrowIfNull(status);
            DeviceStatus? last = _last;
            _last = status;
            if (last == null || last.Screen != status.Screen || last.Mode != status.Mode)
            {
                Line("screen " + status.Screen + (status.Mode == "running" ? "" : " (" + status.Mode + ")"));
            }

            if (last == null || last.Led != status.Led)
            {
                Line("led    " + status.Led);
            }

            // A level change or an acknowledgement, not every new headline: the feed rewrites the headline as the
            // totals grow (115 lines a minute of "watch" otherwise).
            if (last == null ? status.AlertLevel != 0 : last.AlertLevel != status.AlertLevel || last.Acknowledged != status.Acknowledged)
            {
                Line("alert  " + AlertText(status));
            }
        }

        /// <inheritdoc/>
        public void OnSnapshot(string json)
        {
        }

        /// <inheritdoc/>
        public void OnSound(DeviceSound sound)
        {
            ArgumentNullException.ThrowIfNull(sound);
            Line("sound  " + (sound.Pattern ?? "stopped"));
        }

        /// <summary>How the alert reads: "none", or "cascade LONGS LIQUIDATED (acknowledged)".</summary>
        public static string AlertText(DeviceStatus status)
        {
            ArgumentNullException.ThrowIfNull(status);
            string level = status.AlertLevel switch
            {
                0 => "none",
                1 => "watch",
                2 => "warning",
                3 => "cascade",
                _ => "level " + status.AlertLevel,
            };
            return level + (status.AlertHeadline == null ? "" : " " + status.AlertHeadline) + (status.Acknowledged ? " (acknowledged)" : "");
        }

        private void Line(string text)
        {
            lock (_out)
            {
                _out.WriteLine(_time.GetLocalNow().ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " " + text);
                _out.Flush();
            }
        }
    }
}
