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
    /// (<c>...-snapshot-cascade-stale.png</c>). Regenerate with <c>dotnet run --project emulator -- golden</c>.
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
            }
        }

        /// <summary>One golden image.</summary>
        /// <param name="Board">The board.</param>
        /// <param name="Screen">The screen.</param>
        /// <param name="SnapshotPath">The docs example.</param>
        /// <param name="FileName">The image's file name in <see cref="RelativeFolder"/>.</param>
        /// <param name="Stale">Rendered as stale data (as <c>render --stale</c>).</param>
        public sealed record Case(BoardProfile Board, ScreenId Screen, string SnapshotPath, string FileName, bool Stale);
    }
}
