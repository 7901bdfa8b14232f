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
    /// screen x docs/examples/*.json, fresh data. Regenerate with <c>dotnet run --project emulator -- golden</c>.
    /// </summary>
    public static class GoldenImages
    {
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
                    foreach (string example in examples)
                    {
                        var screen = (ScreenId)s;
                        string name = board.Id + "-" + Screens.IdOf(screen) + "-" + Path.GetFileNameWithoutExtension(example) + ".png";
                        yield return new Case(board, screen, example, name);
                    }
                }
            }
        }

        /// <summary>One golden image.</summary>
        /// <param name="Board">The board.</param>
        /// <param name="Screen">The screen.</param>
        /// <param name="SnapshotPath">The docs example.</param>
        /// <param name="FileName">The image's file name in <see cref="RelativeFolder"/>.</param>
        public sealed record Case(BoardProfile Board, ScreenId Screen, string SnapshotPath, string FileName);
    }
}
