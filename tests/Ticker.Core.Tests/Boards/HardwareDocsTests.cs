using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Ticker.Boards;
using Ticker.Core.Tests.Support;
using Xunit;

namespace Ticker.Core.Tests.Boards
{
    /// <summary>
    /// Keeps hardware/ and the board profiles from drifting apart: each board's README must list exactly the
    /// profile's GPIOs in its "## Pin map" table, name its firmware image and flash command, and be linked from
    /// hardware/README.md.
    /// </summary>
    public class HardwareDocsTests
    {
        private static readonly Regex GpioCell = new Regex("^GPIO(\\d+)$");

        public static IEnumerable<object[]> AllIds()
        {
            foreach (BoardProfile b in BoardCatalog.All)
            {
                yield return new object[] { b.Id };
            }
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Pin_map_lists_exactly_the_profile_pins(string id)
        {
            BoardProfile b = BoardCatalog.Find(id);
            SortedSet<int> documented = PinMapGpios(ReadBoardReadme(id), id);
            SortedSet<int> profile = ProfilePins(b);

            Assert.True(
                profile.SetEquals(documented),
                id + ": profile pins {" + string.Join(", ", profile) + "} but README pin map {" + string.Join(", ", documented) + "}");
        }

        [Theory]
        [MemberData(nameof(AllIds))]
        public void Readme_names_the_board_firmware_and_flash_command(string id)
        {
            BoardProfile b = BoardCatalog.Find(id);
            string text = ReadBoardReadme(id);

            Assert.Contains("`" + b.Id + "`", text);
            Assert.Contains("nanoff --target " + b.FirmwareImage + " --serialport <PORT> --update", text);
            if (!b.NativeDisplayDriver)
            {
                Assert.Contains(PanelDrivers.ManagedPackageOf(b.Driver), text);
            }

            Assert.Contains("## Sources", text);
            Assert.Contains("## Memory budget", text);
            Assert.Contains("## Known quirks", text);
            Assert.Contains(b.FullFrameBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), text);
        }

        [Fact]
        public void Index_links_every_board_with_its_image()
        {
            string index = File.ReadAllText(Path.Combine(RepoPaths.Root, "hardware", "README.md"));
            foreach (BoardProfile b in BoardCatalog.All)
            {
                Assert.Contains("(" + b.Id + "/README.md)", index);
                Assert.Contains("`" + b.Id + "`", index);
                Assert.Contains("`" + b.FirmwareImage + "`", index);
            }

            Assert.Contains("`" + BoardCatalog.DefaultId + "`, **default**", index);
        }

        [Fact]
        public void Every_board_folder_has_a_profile()
        {
            foreach (string dir in Directory.GetDirectories(Path.Combine(RepoPaths.Root, "hardware")))
            {
                string id = Path.GetFileName(dir);
                Assert.True(BoardCatalog.Find(id) != null, "hardware/" + id + " has no board profile");
            }
        }

        [Fact]
        public void Pin_map_parser_reads_only_its_own_section()
        {
            string text = "# X\n\n## Pin map\n\n| Function | GPIO | Notes |\n| --- | --- | --- |\n| A | GPIO5 | x |\n| B | GPIO35 | y |\n\n"
                + "## Other pins\n\n| GPIO | Use |\n| --- | --- |\n| GPIO4 | z |\n";
            Assert.Equal(new SortedSet<int> { 5, 35 }, PinMapGpios(text, "sample"));
        }

        private static SortedSet<int> ProfilePins(BoardProfile b)
        {
            var pins = new SortedSet<int>();
            foreach (int pin in new[] { b.PinMosi, b.PinMiso, b.PinClock, b.PinCs, b.PinDc, b.PinReset, b.PinBacklight, b.LedPin, b.SuggestedLedPin, b.SpeakerPin, b.BuzzerPin })
            {
                if (pin >= 0)
                {
                    pins.Add(pin);
                }
            }

            foreach (ButtonSpec button in b.Buttons)
            {
                pins.Add(button.Pin);
            }

            return pins;
        }

        /// <summary>GPIO numbers in the second column of the table under "## Pin map" (up to the next "## ").</summary>
        private static SortedSet<int> PinMapGpios(string markdown, string id)
        {
            var pins = new SortedSet<int>();
            bool inSection = false;
            bool sawSection = false;
            int dataRows = 0;
            foreach (string raw in markdown.Split('\n'))
            {
                string line = raw.TrimEnd('\r');
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    inSection = line.Trim() == "## Pin map";
                    sawSection |= inSection;
                    continue;
                }

                if (!inSection || !line.StartsWith("|", StringComparison.Ordinal))
                {
                    continue;
                }

                string[] cells = line.Split('|');
                Assert.True(cells.Length >= 4, id + ": malformed pin map row: " + line);
                string gpio = cells[2].Trim();
                if (gpio == "GPIO" || gpio.StartsWith("---", StringComparison.Ordinal))
                {
                    continue;
                }

                Match m = GpioCell.Match(gpio);
                Assert.True(m.Success, id + ": pin map GPIO cell must read GPIOn, got '" + gpio + "'");
                int pin = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(pins.Add(pin), id + ": GPIO" + pin + " listed twice in the pin map");
                dataRows++;
            }

            Assert.True(sawSection, id + ": README has no '## Pin map' section");
            Assert.True(dataRows > 0, id + ": pin map is empty");
            return pins;
        }

        private static string ReadBoardReadme(string id)
        {
            string path = RepoPaths.Of("hardware", id, "README.md");
            Assert.True(File.Exists(path), "missing " + path);
            return File.ReadAllText(path);
        }
    }
}
