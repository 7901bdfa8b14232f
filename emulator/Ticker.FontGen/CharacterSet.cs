using System.Collections.Generic;
using System.Globalization;

namespace Ticker.FontGen
{
    /// <summary>The characters every device font holds.</summary>
    public static class CharacterSet
    {
        /// <summary>The symbols the screens use beyond printable ASCII, with their Unicode names.</summary>
        public static readonly IReadOnlyList<(char Character, string Name)> Symbols = new[]
        {
            ('\u00A0', "NO-BREAK SPACE"),
            ('\u00B0', "DEGREE SIGN"),
            ('\u00B1', "PLUS-MINUS SIGN"),
            ('\u00D7', "MULTIPLICATION SIGN"),
            ('\u2014', "EM DASH"),
            ('\u2022', "BULLET"),
            ('\u2026', "HORIZONTAL ELLIPSIS"),
            ('\u2190', "LEFTWARDS ARROW"),
            ('\u2192', "RIGHTWARDS ARROW"),
            ('\u2264', "LESS-THAN OR EQUAL TO"),
            ('\u2265', "GREATER-THAN OR EQUAL TO"),
            ('\u25B2', "BLACK UP-POINTING TRIANGLE"),
            ('\u25BC', "BLACK DOWN-POINTING TRIANGLE"),
            ('\uFFFD', "REPLACEMENT CHARACTER, drawn by nanoCLR for any character a font lacks"),
        };

        /// <summary>Printable ASCII (U+0020 to U+007E), then <see cref="Symbols"/>.</summary>
        public static IReadOnlyList<char> All { get; } = Build();

        /// <summary>"U+2014 '—' (EM DASH)": how the generator names a character in messages.</summary>
        /// <param name="c">The character.</param>
        public static string Describe(char c)
        {
            var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            if (c >= 0x20 && c < 0x7F)
            {
                return code + " '" + c + "'";
            }

            foreach (var (symbol, name) in Symbols)
            {
                if (symbol == c)
                {
                    return code + (c == '\u00A0' ? string.Empty : " '" + c + "'") + " (" + name + ")";
                }
            }

            return code;
        }

        private static IReadOnlyList<char> Build()
        {
            var all = new List<char>();
            for (var c = 0x20; c <= 0x7E; c++)
            {
                all.Add((char)c);
            }

            foreach (var (symbol, _) in Symbols)
            {
                all.Add(symbol);
            }

            return all;
        }
    }
}
