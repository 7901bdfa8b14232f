using Ticker.Drawing;

namespace Ticker.Views
{
    /// <summary>
    /// One rectangle of a screen that draws itself from the values last given to it. Screens set values on every
    /// update; a widget marks itself <see cref="Dirty"/> only when what it shows changed, so the painter redraws
    /// just those rectangles.
    /// </summary>
    public abstract class Widget
    {
        /// <summary>Creates a widget with fixed bounds (from a layout).</summary>
        protected Widget(Rect bounds)
        {
            Bounds = bounds;
            Dirty = true;
            GreysWhenStale = true;
        }

        /// <summary>Where the widget draws, in screen coordinates; it never draws outside.</summary>
        public Rect Bounds { get; }

        /// <summary>True when what the widget shows changed since it was last drawn.</summary>
        public bool Dirty { get; set; }

        /// <summary>True for data widgets (drawn grey when the data is stale); false for the status bar and banner.</summary>
        public bool GreysWhenStale { get; set; }

        /// <summary>Draws the widget. The canvas is already clipped to <see cref="Bounds"/> and its background cleared.</summary>
        public abstract void Draw(Canvas canvas, Palette palette);
    }
}
