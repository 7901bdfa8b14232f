using System;

namespace Ticker.FontGen
{
    /// <summary>A font cannot be generated; the message says why in words a person can act on.</summary>
    public sealed class FontGenerationException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What is wrong.</param>
        public FontGenerationException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with its cause.</summary>
        /// <param name="message">What is wrong.</param>
        /// <param name="inner">The cause.</param>
        public FontGenerationException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
