using System;
using System.Collections.Generic;
using Ticker.App;
using Ticker.Boards;
using Ticker.Drawing;

namespace Ticker.Rendering
{
    /// <summary>
    /// One image with every board x screen for a set of snapshots: a row per (example, board), a column per screen,
    /// each cell labelled "board / screen / example" in the device's small font above the exact device render.
    /// </summary>
    public static class ContactSheetBuilder
    {
        /// <summary>Gap around cells, in pixels.</summary>
        public const int Gap = 8;

        /// <summary>Sheet background.</summary>
        public const int Background = 0x303030;

        /// <summary>Label colour.</summary>
        public const int LabelColor = 0xE0E0E0;

        /// <summary>Builds the sheet.</summary>
        /// <exception cref="RenderException">An example is not a valid snapshot.</exception>
        public static Rgb565Surface Build(IReadOnlyList<BoardProfile> boards, IReadOnlyList<(string Name, byte[] Json)> examples, FontSet fonts)
        {
            ArgumentNullException.ThrowIfNull(boards);
            ArgumentNullException.ThrowIfNull(examples);
            ArgumentNullException.ThrowIfNull(fonts);
            int labelHeight = fonts.Get(FontIds.Small).Metrics.Height + 2;
            int cellWidth = 0;
            var rowHeights = new int[boards.Count];
            for (int b = 0; b < boards.Count; b++)
            {
                cellWidth = Math.Max(cellWidth, boards[b].Width);
                rowHeights[b] = labelHeight + boards[b].Height;
            }

            int boardRowsHeight = 0;
            foreach (int h in rowHeights)
            {
                boardRowsHeight += h + Gap;
            }

            int width = Gap + (Screens.Count * (cellWidth + Gap));
            int height = Gap + (Math.Max(1, examples.Count) * boardRowsHeight);
            var sheet = new Rgb565Surface(width, height, fonts);
            sheet.FillRectangle(0, 0, width, height, Background);
            int y = Gap;
            foreach ((string name, byte[] json) in examples)
            {
                for (int b = 0; b < boards.Count; b++)
                {
                    BoardProfile board = boards[b];
                    for (int s = 0; s < Screens.Count; s++)
                    {
                        var screen = (ScreenId)s;
                        int x = Gap + (s * (cellWidth + Gap));
                        sheet.SetClip(x, y, cellWidth, labelHeight);
                        sheet.DrawText(board.Id + " / " + Screens.IdOf(screen) + " / " + name, FontIds.Small, LabelColor, x, y);
                        sheet.SetClip(0, 0, width, height);
                        Rgb565Surface frame = ScreenRenderer.Render(board, screen, json, false, fonts);
                        frame.CopyTo(sheet, 0, 0, frame.Width, frame.Height, x, y + labelHeight);
                    }

                    y += rowHeights[b] + Gap;
                }
            }

            return sheet;
        }
    }
}
