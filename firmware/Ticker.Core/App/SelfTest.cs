using Ticker.Boards;
using Ticker.Input;
using Ticker.Led;
using Ticker.Sound;

namespace Ticker.App
{
    /// <summary>
    /// The first-boot check (docs/first-boot.md): while it runs, the LED steps through every pattern, the alert
    /// sounds play with their LED patterns, and each button's gestures are counted and shown instead of acted on.
    /// Leaving it takes a restart (the reset button, or power).
    /// </summary>
    public sealed class SelfTest
    {
        /// <summary>How long each LED pattern shows: one whole cycle of the slowest (Watch, 5 s).</summary>
        public const int LedStepMs = 5000;

        private static readonly LedState[] Steps =
        {
            LedState.Booting, LedState.Setup, LedState.WifiDown, LedState.FeedStale,
            LedState.Watch, LedState.Warning, LedState.Cascade, LedState.Off,
        };

        private readonly BoardProfile _board;
        private readonly PanelConfig _panel;
        private readonly long _startMs;
        private readonly Gesture[] _last;
        private readonly int[] _counts;

        /// <summary>Starts the self-test at <paramref name="nowMs"/>.</summary>
        public SelfTest(BoardProfile board, PanelConfig panel, long nowMs)
        {
            _board = board;
            _panel = panel;
            _startMs = nowMs;
            _last = new Gesture[board.Buttons.Length];
            _counts = new int[board.Buttons.Length];
        }

        /// <summary>The board under test.</summary>
        public BoardProfile Board
        {
            get { return _board; }
        }

        /// <summary>The panel settings in force.</summary>
        public PanelConfig Panel
        {
            get { return _panel; }
        }

        /// <summary>Number of LED steps in one round.</summary>
        public static int StepCount
        {
            get { return Steps.Length; }
        }

        /// <summary>The LED step (0-based) at <paramref name="nowMs"/>.</summary>
        public int StepAt(long nowMs)
        {
            long elapsed = nowMs - _startMs;
            return elapsed < 0 ? 0 : (int)((elapsed / LedStepMs) % Steps.Length);
        }

        /// <summary>The LED pattern shown at <paramref name="nowMs"/>.</summary>
        public LedState LedAt(long nowMs)
        {
            return Steps[StepAt(nowMs)];
        }

        /// <summary>The sound that goes with an LED step: the Warning and Cascade steps play their alert sound.</summary>
        public static SoundPattern SoundOf(LedState state)
        {
            if (state == LedState.Cascade)
            {
                return SoundPatterns.Cascade;
            }

            return state == LedState.Warning ? SoundPatterns.Warning : null;
        }

        /// <summary>Records a gesture of button <paramref name="button"/>; false for a button the board does not have.</summary>
        public bool Echo(int button, Gesture gesture)
        {
            if (button < 0 || button >= _last.Length || gesture == Gesture.None)
            {
                return false;
            }

            _last[button] = gesture;
            _counts[button]++;
            return true;
        }

        /// <summary>The last gesture of button <paramref name="button"/> (None before the first).</summary>
        public Gesture LastGesture(int button)
        {
            return _last[button];
        }

        /// <summary>How many gestures button <paramref name="button"/> has made.</summary>
        public int GestureCount(int button)
        {
            return _counts[button];
        }

        /// <summary>A gesture's name as the screen shows it: "short", "long", "very long", or "-".</summary>
        public static string NameOf(Gesture gesture)
        {
            switch (gesture)
            {
                case Gesture.ShortPress:
                    return "short";
                case Gesture.LongPress:
                    return "long";
                case Gesture.VeryLongPress:
                    return "very long";
                default:
                    return "-";
            }
        }
    }
}
