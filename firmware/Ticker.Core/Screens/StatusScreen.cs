using Ticker.Drawing;
using Ticker.Text;

namespace Ticker.Views
{
    /// <summary>Device status: Wi-Fi and signal, feed host, data age, last error, free memory, firmware and board.</summary>
    public sealed class StatusScreen : ScreenView
    {
        private readonly TextWidget _wifi;
        private readonly TextWidget _feed;
        private readonly TextWidget _age;
        private readonly TextWidget _error;
        private readonly TextWidget _memory;
        private readonly TextWidget _build;

        /// <summary>Builds the screen for a layout.</summary>
        public StatusScreen(ScreenLayout layout)
            : base(6)
        {
            _wifi = AddRow(layout.StatusRows[0], layout.RowFont);
            _feed = AddRow(layout.StatusRows[1], layout.RowFont);
            _age = AddRow(layout.StatusRows[2], layout.RowFont);
            _error = AddRow(layout.StatusRows[3], layout.RowFont);
            _memory = AddRow(layout.StatusRows[4], layout.RowFont);
            _build = AddRow(layout.StatusRows[5], layout.RowFont);
        }

        /// <inheritdoc/>
        public override void Bind(ViewState state)
        {
            Palette p = state.Palette;
            CharBuffer text = _wifi.Begin();
            if (state.WifiUp)
            {
                text.Append("Wi-Fi: connected ");
                NumberText.Digits(text, state.SignalDbm);
                text.Append(" dBm");
            }
            else
            {
                text.Append("Wi-Fi: down");
            }

            _wifi.Commit(state.WifiUp ? p.Text : p.Down);

            text = _feed.Begin();
            text.Append("Feed: ");
            text.Append(state.FeedHost == null ? NumberText.MissingText : state.FeedHost);
            _feed.Commit(p.Text);

            text = _age.Begin();
            text.Append("Data age: ");
            NumberText.Age(text, state.DataAgeS);
            if (state.Stale)
            {
                text.Append(" (stale)");
            }

            _age.Commit(state.Stale ? p.Down : p.Text);

            text = _error.Begin();
            text.Append("Error: ");
            text.Append(state.LastError == null ? "none" : state.LastError);
            _error.Commit(state.LastError == null ? p.Dim : p.Down);

            text = _memory.Begin();
            text.Append("Free memory: ");
            NumberText.Integer(text, state.FreeMemoryBytes);
            if (!Ticker.Data.Value.IsMissing(state.FreeMemoryBytes))
            {
                text.Append(" B");
            }

            _memory.Commit(p.Text);

            text = _build.Begin();
            text.Append("FW ");
            text.Append(state.FirmwareVersion == null ? NumberText.MissingText : state.FirmwareVersion);
            text.Append("  board ");
            text.Append(state.BoardId == null ? NumberText.MissingText : state.BoardId);
            _build.Commit(p.Dim);
        }

        private TextWidget AddRow(Rect bounds, int font)
        {
            TextWidget row = AddText(bounds, font, TextAlign.Left);

            // Device health is never "stale": it is live even when the feed is not.
            row.GreysWhenStale = false;
            return row;
        }
    }
}
