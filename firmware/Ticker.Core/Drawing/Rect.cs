namespace Ticker.Drawing
{
    /// <summary>An axis-aligned rectangle in screen pixels. A value type, so layouts and dirty lists allocate nothing.</summary>
    public struct Rect
    {
        /// <summary>Left edge.</summary>
        public int X;

        /// <summary>Top edge.</summary>
        public int Y;

        /// <summary>Width; 0 or less means empty.</summary>
        public int Width;

        /// <summary>Height; 0 or less means empty.</summary>
        public int Height;

        /// <summary>Creates a rectangle.</summary>
        public Rect(int x, int y, int width, int height)
        {
            X = x;
            Y = y;
            Width = width;
            Height = height;
        }

        /// <summary>One past the right edge.</summary>
        public int Right
        {
            get { return X + Width; }
        }

        /// <summary>One past the bottom edge.</summary>
        public int Bottom
        {
            get { return Y + Height; }
        }

        /// <summary>True when the rectangle holds no pixel.</summary>
        public bool IsEmpty
        {
            get { return Width <= 0 || Height <= 0; }
        }

        /// <summary>Pixel count (0 when empty).</summary>
        public int Area
        {
            get { return IsEmpty ? 0 : Width * Height; }
        }

        /// <summary>True when the two share at least one pixel.</summary>
        public bool Intersects(Rect other)
        {
            return !IsEmpty && !other.IsEmpty && X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
        }

        /// <summary>True when <paramref name="other"/> lies wholly inside this rectangle.</summary>
        public bool Contains(Rect other)
        {
            return other.X >= X && other.Y >= Y && other.Right <= Right && other.Bottom <= Bottom;
        }

        /// <summary>The shared part (empty when they do not meet).</summary>
        public static Rect Intersect(Rect a, Rect b)
        {
            int x = a.X > b.X ? a.X : b.X;
            int y = a.Y > b.Y ? a.Y : b.Y;
            int r = a.Right < b.Right ? a.Right : b.Right;
            int bottom = a.Bottom < b.Bottom ? a.Bottom : b.Bottom;
            return new Rect(x, y, r - x, bottom - y);
        }

        /// <summary>The smallest rectangle holding both (an empty one is ignored).</summary>
        public static Rect Union(Rect a, Rect b)
        {
            if (a.IsEmpty)
            {
                return b;
            }

            if (b.IsEmpty)
            {
                return a;
            }

            int x = a.X < b.X ? a.X : b.X;
            int y = a.Y < b.Y ? a.Y : b.Y;
            int r = a.Right > b.Right ? a.Right : b.Right;
            int bottom = a.Bottom > b.Bottom ? a.Bottom : b.Bottom;
            return new Rect(x, y, r - x, bottom - y);
        }
    }
}
