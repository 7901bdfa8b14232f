using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>
    /// Splits a screen rectangle into horizontal stripes of at most a given number of rows, so each fits a graphics
    /// buffer of limited size: a board without PSRAM renders and flushes them one by one.
    /// </summary>
    public static class Stripes
    {
        /// <summary>Rows of <paramref name="width"/> pixels (2 bytes each) that fit <paramref name="maxBytes"/> (at least 1).</summary>
        public static int RowsPer(int width, int maxBytes)
        {
            int rows = maxBytes / (width * 2);
            return rows < 1 ? 1 : rows;
        }

        /// <summary>
        /// Rows per stripe for drawing <paramref name="area"/> on a surface <paramref name="surfaceHeight"/> rows tall
        /// holding at most <paramref name="maxBytes"/>: a narrow rectangle may not use more rows than the surface has.
        /// </summary>
        public static int RowsFor(Rect area, int maxBytes, int surfaceHeight)
        {
            int rows = RowsPer(area.Width, maxBytes);
            return rows < surfaceHeight ? rows : surfaceHeight;
        }

        /// <summary>How many stripes of <paramref name="rows"/> rows cover <paramref name="area"/>.</summary>
        public static int Count(Rect area, int rows)
        {
            if (area.IsEmpty || rows < 1)
            {
                return 0;
            }

            return (area.Height + rows - 1) / rows;
        }

        /// <summary>Stripe <paramref name="index"/> of <paramref name="area"/>, top to bottom.</summary>
        public static Rect Get(Rect area, int rows, int index)
        {
            int y = area.Y + (index * rows);
            int height = area.Bottom - y < rows ? area.Bottom - y : rows;
            return new Rect(area.X, y, area.Width, height);
        }
    }
}
