using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Ticker.Boards;
using Ticker.Config;
using Xunit;

namespace Ticker.Rendering.Tests
{
    /// <summary>docs/first-boot.md shows every board's self-test and every wrong look, and names only real settings.</summary>
    public class FirstBootDocTests
    {
        private static readonly string Doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "first-boot.md"));

        [Fact]
        public void Every_board_has_its_self_test_and_each_wrong_look()
        {
            foreach (BoardProfile board in BoardCatalog.All)
            {
                Assert.Contains("(`" + board.Id + "`)", Doc);
                foreach ((string look, PanelGlass _) in GoldenImages.Looks(board))
                {
                    string image = "golden/" + board.Id + "-selftest" + (look.Length == 0 ? "" : "-" + look) + ".png";
                    Assert.Contains(image, Doc);
                    Assert.True(File.Exists(Path.Combine(Repo.Root, "docs", image)), image);
                }
            }
        }

        [Fact]
        public void Every_setting_it_names_exists()
        {
            var named = Regex.Matches(Doc, @"`((?:panel|backlight|sound)\w*)`").Select(m => m.Groups[1].Value).Distinct().ToArray();
            Assert.Contains("panelColorOrder", named);
            Assert.All(named, key => Assert.Contains(key, DeviceSettings.Keys));
        }
    }
}
