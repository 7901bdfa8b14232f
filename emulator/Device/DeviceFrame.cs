using System;
using Ticker.Rendering;

namespace Ticker.Emulator.Device
{
    /// <summary>
    /// One redrawn screen: its number since the device started, its size, the screen shown and its RGB565 pixels
    /// (a copy). The PNG is encoded on first use, so a device nobody is watching (headless, a benchmark) does not
    /// pay for it.
    /// </summary>
    public sealed class DeviceFrame
    {
        private readonly Lazy<byte[]> _png;

        /// <summary>Creates a frame from a copy of the panel's pixels.</summary>
        public DeviceFrame(int version, int width, int height, string screen, ushort[] pixels)
        {
            ArgumentNullException.ThrowIfNull(pixels);
            Version = version;
            Width = width;
            Height = height;
            Screen = screen ?? throw new ArgumentNullException(nameof(screen));
            Pixels = pixels;
            _png = new Lazy<byte[]>(() => PngExport.Encode(Pixels, Width, Height));
        }

        /// <summary>1 for the first frame, then one more per redraw.</summary>
        public int Version { get; }

        /// <summary>Pixels across (the board's panel).</summary>
        public int Width { get; }

        /// <summary>Pixels down.</summary>
        public int Height { get; }

        /// <summary>The screen's id (gauge, liquidations, spot, market, status).</summary>
        public string Screen { get; }

        /// <summary>The RGB565 pixels, row by row.</summary>
        public ushort[] Pixels { get; }

        /// <summary>The frame as a PNG, pixel for pixel (<see cref="PngExport"/>).</summary>
        public byte[] Png => _png.Value;
    }
}
