using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>
    /// Splits a screen rectangle into horizontal stripes that each fit a graphics buffer of at most
    /// <c>maxBytes</c> (2 bytes a pixel): a board without PSRAM renders and flushes them one by one.
    /// </summary>
    public static class Stripes
    {
        /// <summary>Rows per stripe for a rectangle of <paramref name="width"/> (at least 1).</summary>
        public static int RowsPer(int width, int maxBytes)
        {
            int rows = maxBytes / (width * 2);
            return rows < 1 ? 1 : rows;
        }

        /// <summary>How many stripes cover <paramref name="area"/>.</summary>
        public static int Count(Rect area, int maxBytes)
        {
            if (area.IsEmpty)
            {
                return 0;
            }

            int rows = RowsPer(area.Width, maxBytes);
            return (area.Height + rows - 1) / rows;
        }

        /// <summary>Stripe <paramref name="index"/> of <paramref name="area"/>, top to bottom.</summary>
        public static Rect Get(Rect area, int maxBytes, int index)
        {
            int rows = RowsPer(area.Width, maxBytes);
            int y = area.Y + (index * rows);
            int height = area.Bottom - y < rows ? area.Bottom - y : rows;
            return new Rect(area.X, y, area.Width, height);
        }
    }
}
