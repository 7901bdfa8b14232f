using Ticker.App;

namespace Ticker.Core.NanoTests.Support
{
    /// <summary>The drawing fingerprint one board and screen must give (<see cref="ScreenRun.Hash"/>).</summary>
    public sealed class ScreenHash
    {
        /// <summary>An expected fingerprint.</summary>
        public ScreenHash(string boardId, ScreenId screen, uint hash)
        {
            BoardId = boardId;
            Screen = screen;
            Hash = hash;
        }

        /// <summary>The board's id (BoardCatalog).</summary>
        public string BoardId { get; }

        /// <summary>The screen.</summary>
        public ScreenId Screen { get; }

        /// <summary>The fingerprint the .NET build of the core gives.</summary>
        public uint Hash { get; }

        /// <summary>"board/screen", for failure messages.</summary>
        public string Label
        {
            get { return BoardId + "/" + Screens.IdOf(Screen); }
        }
    }
}
