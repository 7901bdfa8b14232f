using System.IO;
using System.Linq;
using Ticker.Core.Tests.Support;
using Ticker.Sound;
using Xunit;

namespace Ticker.Core.Tests.Sound
{
    /// <summary>docs/led.md's sound table is the code's: every pattern, tone for tone, and its length.</summary>
    public class SoundDocTests
    {
        [Fact]
        public void The_sound_table_matches_the_patterns()
        {
            string doc = File.ReadAllText(RepoPaths.Of("docs", "led.md"));
            foreach (SoundPattern pattern in new[] { SoundPatterns.Warning, SoundPatterns.Cascade })
            {
                string row = doc.Split('\n').Single(l => l.StartsWith("| " + pattern.Name + " |", System.StringComparison.Ordinal));
                string[] cells = row.Split('|').Select(c => c.Trim()).ToArray();
                string tones = string.Join(", ", Enumerable.Range(0, pattern.ToneCount).Select(i => pattern.ToneHz(i) + "/" + pattern.ToneMs(i)));
                Assert.Equal(tones, cells[2]);
                Assert.Equal(pattern.LengthMs + " ms", cells[3]);
            }
        }
    }
}
