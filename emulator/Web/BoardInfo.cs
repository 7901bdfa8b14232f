using System;
using System.Linq;
using Ticker.Boards;
using Ticker.Input;

namespace Ticker.Emulator.Web
{
    /// <summary>
    /// A board as the page draws it: id, name, panel size, whether it has an LED of its own, the LED's GPIO (on a board
    /// without one, the add-on LED its hardware guide suggests wiring, which the firmware drives), and its buttons.
    /// </summary>
    public sealed record BoardInfo(string Id, string Name, int Width, int Height, bool HasLed, int LedPin, ButtonInfo[] Buttons)
    {
        /// <summary>The page's view of <paramref name="board"/>.</summary>
        public static BoardInfo Of(BoardProfile board)
        {
            ArgumentNullException.ThrowIfNull(board);
            return new BoardInfo(board.Id, board.Name, board.Width, board.Height, board.HasLed, board.HasLed ? board.LedPin : board.SuggestedLedPin,
                board.Buttons.Select((b, i) => new ButtonInfo(i, b.Label, RoleName(b.Role), KeyFor(b.Role))).ToArray());
        }

        /// <summary>The keyboard key that presses a button with <paramref name="role"/> (KeyboardEvent.key values).</summary>
        public static string KeyFor(ButtonRole role) => role switch
        {
            ButtonRole.Previous => "ArrowLeft",
            ButtonRole.Next => "ArrowRight",
            ButtonRole.Acknowledge => "Enter",
            _ => " ",
        };

        private static string RoleName(ButtonRole role) => role switch
        {
            ButtonRole.Previous => "previous",
            ButtonRole.Next => "next",
            ButtonRole.Acknowledge => "acknowledge",
            _ => "only",
        };
    }

    /// <summary>One button: its index on the board, the label printed on it, its role and its keyboard key.</summary>
    public sealed record ButtonInfo(int Index, string Label, string Role, string Key);
}
