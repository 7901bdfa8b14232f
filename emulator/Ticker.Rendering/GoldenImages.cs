using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Ticker.App;
using Ticker.Boards;

namespace Ticker.Rendering
{
    /// <summary>
    /// The committed reference renders: docs/golden/&lt;board&gt;-&lt;screen&gt;-&lt;example&gt;.png for every board x
    /// screen x docs/examples/*.json with fresh data, and every board x screen with the cascade example gone stale
    /// (<c>...-snapshot-cascade-stale.png</c>), and each board's self-test picture (<c>&lt;board&gt;-selftest.png</c>) with
    /// the wrong looks of docs/first-boot.md (<c>&lt;board&gt;-selftest-&lt;look&gt;.png</c>, through <see cref="PanelGlass"/>).
    /// Regenerate with <c>dotnet run --project emulator -- golden</c>.
    /// </summary>
    public static class GoldenImages
    {
        /// <summary>The example rendered once more as stale data.</summary>
        public const string StaleExample = "snapshot-cascade.json";

        /// <summary>Folder of the images, relative to the repository root.</summary>
        public const string RelativeFolder = "docs/golden";

        /// <summary>Every golden image: board, screen, snapshot file, image file name.</summary>
        public static IEnumerable<Case> Cases(string examplesFolder)
        {
            string[] examples = Directory.GetFiles(examplesFolder, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            foreach (BoardProfile board in BoardCatalog.All)
            {
                for (int s = 0; s < Screens.Count; s++)
                {
                    var screen = (ScreenId)s;
                    string prefix = board.Id + "-" + Screens.IdOf(screen) + "-";
                    foreach (string example in examples)
                    {
                        yield return new Case(board, screen, example, prefix + Path.GetFileNameWithoutExtension(example) + ".png", false);
                    }

                    // Stale data must look stale (greyed, STALE in the status bar) on every screen: the alert case shows it best.
                    string? cascade = examples.FirstOrDefault(e => Path.GetFileName(e) == StaleExample);
                    if (cascade != null)
                    {
                        yield return new Case(board, screen, cascade, prefix + Path.GetFileNameWithoutExtension(cascade) + "-stale.png", true);
                    }
                }

                foreach ((string look, PanelGlass glass) in Looks(board))
                {
                    yield return new Case(board, ScreenId.Gauge, "", board.Id + "-selftest" + (look.Length == 0 ? "" : "-" + look) + ".png", false, glass);
                }
            }
        }

        /// <summary>
        /// The self-test as it should look ("") and as it looks with each wrong panel setting: the docs' first-boot
        /// table. Shifts are the size of a real mistake on each panel (the T-Display's other landscape is one row off).
        /// </summary>
        public static IEnumerable<(string Look, PanelGlass Glass)> Looks(BoardProfile board)
        {
            ArgumentNullException.ThrowIfNull(board);
            yield return ("", PanelGlass.Correct);
            yield return ("mirrored", PanelGlass.Correct with { Mirror = true });
            yield return ("upside-down", PanelGlass.Correct with { UpsideDown = true });
            yield return ("shifted", board.OffsetY > 0 ? PanelGlass.Correct with { ShiftX = 0, ShiftY = 4 } : PanelGlass.Correct with { ShiftX = 6 });
            yield return ("swapped", PanelGlass.Correct with { SwapRedBlue = true });
            yield return ("inverted", PanelGlass.Correct with { Invert = true });
            yield return ("lit-blank", PanelGlass.Correct with { Uninitialised = true });
        }

        /// <summary>Renders one golden image.</summary>
        public static Rgb565Surface Render(Case c, FontSet fonts)
        {
            ArgumentNullException.ThrowIfNull(c);
            if (c.Glass != null)
            {
                Rgb565Surface frame = SelfTestRenderer.Render(c.Board, null, fonts);
                return c.Glass.IsCorrect ? frame : c.Glass.Show(frame, fonts);
            }

            return ScreenRenderer.Render(c.Board, c.Screen, File.ReadAllBytes(c.SnapshotPath), c.Stale, fonts);
        }

        /// <summary>One golden image.</summary>
        /// <param name="Board">The board.</param>
        /// <param name="Screen">The screen.</param>
        /// <param name="SnapshotPath">The docs example.</param>
        /// <param name="FileName">The image's file name in <see cref="RelativeFolder"/>.</param>
        /// <param name="Stale">Rendered as stale data (as <c>render --stale</c>).</param>
        /// <param name="Glass">For a self-test image: how the glass shows it (<see cref="PanelGlass.Correct"/> as drawn); null for a screen.</param>
        public sealed record Case(BoardProfile Board, ScreenId Screen, string SnapshotPath, string FileName, bool Stale, PanelGlass? Glass = null);
    }
}
