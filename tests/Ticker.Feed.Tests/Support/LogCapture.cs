using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace Ticker.Feed.Tests.Support
{
    /// <summary>A logger provider that keeps every message written, with its level, for tests that check what the feed logs.</summary>
    internal sealed class LogCapture : ILoggerProvider
    {
        private readonly ConcurrentQueue<(LogLevel Level, string Text)> _entries = new();

        /// <summary>Every message as <c>category: message</c>, oldest first.</summary>
        public IReadOnlyList<string> Messages => _entries.Select(e => e.Text).ToArray();

        public bool Any(string fragment) => _entries.Any(e => e.Text.Contains(fragment, StringComparison.Ordinal));

        /// <summary>The messages at <paramref name="level"/> or above, as <c>Level category: message ExceptionType</c>.</summary>
        public IReadOnlyList<string> AtLeast(LogLevel level) => _entries.Where(e => e.Level >= level).Select(e => $"{e.Level} {e.Text}").ToArray();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger : ILogger
        {
            private readonly LogCapture _owner;
            private readonly string _category;

            public Logger(LogCapture owner, string category)
            {
                _owner = owner;
                _category = category;
            }

            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                _owner._entries.Enqueue((logLevel, _category + ": " + formatter(state, exception) + (exception is null ? string.Empty : " " + exception.GetType().Name)));
        }
    }
}
