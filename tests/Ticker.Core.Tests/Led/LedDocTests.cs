using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Ticker.Led;
using Ticker.Core.Tests.Support;
using Xunit;

namespace Ticker.Core.Tests.Led
{
    /// <summary>Keeps docs/led.md in step with the code: every state is in the table, with the code's timings.</summary>
    public class LedDocTests
    {
        private static readonly Lazy<string> Doc = new Lazy<string>(() => File.ReadAllText(DocPath()));

        [Fact]
        public void Table_has_one_row_per_state()
        {
            var rows = TableRows();
            foreach (LedState state in Enum.GetValues<LedState>())
            {
                Assert.True(rows.ContainsKey(LedPatterns.NameOf(state)), "docs/led.md has no row for " + state);
            }

            Assert.Equal(Enum.GetValues<LedState>().Length, rows.Count);
        }

        [Fact]
        public void Timings_in_the_table_match_the_code()
        {
            foreach (var row in TableRows())
            {
                LedPattern pattern = PatternNamed(row.Key);
                Assert.True(row.Value.Length >= 6, "row " + row.Key + " needs 6 columns");

                Assert.Equal(DescribeTiming(pattern), NormaliseTiming(row.Value[3]));
            }
        }

        [Fact]
        public void Drawings_in_the_table_match_the_code()
        {
            foreach (var row in TableRows())
            {
                LedPattern pattern = PatternNamed(row.Key);
                Match box = Regex.Match(row.Value[2], @"^(\d+) ms$");
                Assert.True(box.Success, "row " + row.Key + ": box size should read like '125 ms', got " + row.Value[2]);
                int boxMs = int.Parse(box.Groups[1].Value);
                Assert.True(pattern.PeriodMs % boxMs == 0, "row " + row.Key + ": a box must divide the period");

                Assert.Equal(Draw(pattern, boxMs), row.Value[1].Trim('`'));
            }
        }

        [Fact]
        public void Meaning_and_advice_are_filled_in()
        {
            foreach (var row in TableRows())
            {
                Assert.False(string.IsNullOrWhiteSpace(row.Value[4]), row.Key);
                Assert.False(string.IsNullOrWhiteSpace(row.Value[5]), row.Key);
            }
        }

        [Fact]
        public void Priority_list_is_in_the_resolver_order()
        {
            Match section = Regex.Match(Doc.Value, @"## Priority\n(.*?)\n## ", RegexOptions.Singleline);
            Assert.True(section.Success, "docs/led.md needs a '## Priority' section");
            var order = new List<string>();
            foreach (Match m in Regex.Matches(section.Groups[1].Value, @"^\d+\. [^`\n]*`(\w+)`", RegexOptions.Multiline))
            {
                order.Add(m.Groups[1].Value);
            }

            Assert.Equal(new[] { "Booting", "Setup", "WifiDown", "FeedStale", "Cascade", "Off" }, order);
        }

        [Fact]
        public void Describes_acknowledgement_and_night_mode()
        {
            Assert.Contains("## Acknowledging an alert", Doc.Value);
            Assert.Contains("## Night mode", Doc.Value);
        }

        /// <summary>State name (first column, in backticks) to all cells of its row, from the first table.</summary>
        private static Dictionary<string, string[]> TableRows()
        {
            var rows = new Dictionary<string, string[]>();
            foreach (string line in Doc.Value.Split('\n'))
            {
                Match m = Regex.Match(line, @"^\| `(\w+)` \|");
                if (!m.Success)
                {
                    continue;
                }

                string[] cells = line.Trim().Trim('|').Split('|');
                for (int i = 0; i < cells.Length; i++)
                {
                    cells[i] = cells[i].Trim();
                }

                Assert.False(rows.ContainsKey(m.Groups[1].Value), "two rows for " + m.Groups[1].Value);
                rows.Add(m.Groups[1].Value, cells);
            }

            return rows;
        }

        private static LedPattern PatternNamed(string name)
        {
            foreach (LedState state in Enum.GetValues<LedState>())
            {
                if (LedPatterns.NameOf(state) == name)
                {
                    return LedPatterns.For(state);
                }
            }

            throw new Xunit.Sdk.XunitException("docs/led.md has a row for '" + name + "', which is not a LedState");
        }

        /// <summary>The code's timing in the doc's words: "always on", "always off" or "N on, N off, ...".</summary>
        private static string DescribeTiming(LedPattern p)
        {
            bool anyOn = false;
            bool anyOff = false;
            var parts = new List<string>();
            for (int i = 0; i < p.SegmentCount; i++)
            {
                int ms = p.SegmentMs(i);
                if (ms == 0)
                {
                    continue;
                }

                bool on = LedPattern.SegmentIsOn(i);
                anyOn |= on;
                anyOff |= !on;
                parts.Add(ms + (on ? " on" : " off"));
            }

            if (!anyOff)
            {
                return "always on";
            }

            return anyOn ? string.Join(", ", parts) : "always off";
        }

        private static string NormaliseTiming(string cell)
        {
            return Regex.Replace(cell, @"\s*,\s*", ", ").Trim();
        }

        /// <summary>One cycle, one character per box: lit if the LED is on at any millisecond of the box.</summary>
        private static string Draw(LedPattern p, int boxMs)
        {
            var chars = new char[p.PeriodMs / boxMs];
            for (int b = 0; b < chars.Length; b++)
            {
                bool lit = false;
                for (int t = b * boxMs; t < (b + 1) * boxMs; t++)
                {
                    lit |= p.IsOn(t);
                }

                chars[b] = lit ? '■' : '□';
            }

            return new string(chars);
        }

        private static string DocPath()
        {
            return RepoPaths.Of("docs", "led.md");
        }
    }
}
