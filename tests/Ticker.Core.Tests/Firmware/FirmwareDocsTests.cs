using System;
using System.IO;
using Ticker.Boards;
using Ticker.Core.Tests.Support;
using Ticker.Setup;
using Xunit;

namespace Ticker.Core.Tests.Firmware
{
    /// <summary>docs/firmware.md and hardware/README.md say, per board, what the code does: the image to flash and the setup button.</summary>
    public class FirmwareDocsTests
    {
        private static readonly string FirmwareDoc = File.ReadAllText(RepoPaths.Of("docs", "firmware.md"));
        private static readonly string HardwareDoc = File.ReadAllText(RepoPaths.Of("hardware", "README.md"));

        [Fact]
        public void The_flash_table_gives_each_board_its_firmware_image()
        {
            foreach (BoardProfile board in BoardCatalog.All)
            {
                string row = $"| `{board.Id}` | `nanoff --target {board.FirmwareImage} --serialport <PORT> --update` |";
                Assert.Contains(row, FirmwareDoc, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void The_setup_button_table_names_the_button_the_core_picks()
        {
            foreach (BoardProfile board in BoardCatalog.All)
            {
                ButtonSpec button = board.Buttons[SetupTrigger.ButtonIndex(board)];
                Assert.Contains($"| `{board.Id}` | `{button.Label}` (GPIO{button.Pin})", HardwareDoc, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Every_adapter_file_is_in_the_firmware_docs_table()
        {
            foreach (string file in Directory.EnumerateFiles(RepoPaths.Of("firmware", "Ticker"), "*.cs"))
            {
                string name = Path.GetFileName(file);
                if (name != "Resources.Designer.cs")
                {
                    Assert.Contains($"| `{name}` |", FirmwareDoc, StringComparison.Ordinal);
                }
            }
        }
    }
}
