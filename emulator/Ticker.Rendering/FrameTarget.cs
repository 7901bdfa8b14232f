using System;
using Ticker.Drawing;

namespace Ticker.Rendering
{
    /// <summary>
    /// The panel on the host: an <see cref="IFlushTarget"/> that copies each flushed part of the stripe surface into a
    /// full-screen RGB565 frame, as Bitmap.Flush sends it to the display's memory.
    /// </summary>
    public sealed class FrameTarget : IFlushTarget
    {
        private readonly Rgb565Surface _stripe;

        /// <summary>Creates the target.</summary>
        /// <param name="stripe">The surface the screens draw on.</param>
        /// <param name="frame">The full-screen frame (the panel's memory).</param>
        public FrameTarget(Rgb565Surface stripe, Rgb565Surface frame)
        {
            _stripe = stripe ?? throw new ArgumentNullException(nameof(stripe));
            Frame = frame ?? throw new ArgumentNullException(nameof(frame));
        }

        /// <summary>The assembled screen.</summary>
        public Rgb565Surface Frame { get; }

        /// <summary>Flushes so far.</summary>
        public int FlushCount { get; private set; }

        /// <inheritdoc/>
        public void Flush(int surfaceX, int surfaceY, int width, int height, int screenX, int screenY)
        {
            _stripe.CopyTo(Frame, surfaceX, surfaceY, width, height, screenX, screenY);
            FlushCount++;
        }
    }
}
