using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Ticker.Feed.Ingest;

namespace Ticker.Feed.Scenarios
{
    /// <summary>
    /// Collects a recording's lines in any order and writes them sorted by receive time (ties keep the order they
    /// were added), each exactly as the feed's recorder writes one: <c>{"t":..,"src":..,"data":..}</c> or
    /// <c>{"t":..,"src":"rest","url":..,"status":..,"data":..}</c>, with <c>data</c> the compact JSON payload and the
    /// recorder's escaping: replaying a generated recording with <c>--record</c> writes the same bytes back.
    /// </summary>
    public sealed class RecordingBuilder
    {
        private readonly List<(long T, int Order, string Line)> _lines = new();

        public int Count => _lines.Count;

        public void Frame(long receivedMs, string source, byte[] payload) =>
            Add(receivedMs, $"{{\"t\":{receivedMs.ToString(CultureInfo.InvariantCulture)},\"src\":\"{source}\",\"data\":{Encoding.UTF8.GetString(payload)}}}");

        public void Rest(long receivedMs, string url, byte[] body) =>
            Add(receivedMs, $"{{\"t\":{receivedMs.ToString(CultureInfo.InvariantCulture)},\"src\":\"{InputSources.Rest}\",\"url\":{JsonPayload.String(url)},\"status\":200,\"data\":{Encoding.UTF8.GetString(body)}}}");

        /// <summary>The recording: UTF-8, one record per line, each line ending in \n.</summary>
        public byte[] ToBytes()
        {
            var sorted = new List<(long T, int Order, string Line)>(_lines);
            sorted.Sort((a, b) => a.T != b.T ? a.T.CompareTo(b.T) : a.Order.CompareTo(b.Order));
            using var buffer = new MemoryStream();
            foreach ((long _, int _, string line) in sorted)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(line);
                buffer.Write(bytes);
                buffer.WriteByte((byte)'\n');
            }

            return buffer.ToArray();
        }

        private void Add(long t, string line) => _lines.Add((t, _lines.Count, line));
    }
}
