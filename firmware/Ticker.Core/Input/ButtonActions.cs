namespace Ticker.Input
{
    /// <summary>
    /// Maps a gesture on a button to what the user meant, by the button's role. Every role keeps the same long
    /// (acknowledge) and very long (setup) gestures, so a user moving between a one-button and a three-button board
    /// never has to relearn the safety-relevant ones; only the short press differs.
    /// </summary>
    public static class ButtonActions
    {
        /// <summary>
        /// The action for <paramref name="gesture"/> on a button with <paramref name="role"/>:
        /// short press: Only = next screen, Previous = previous screen, Next = next screen, Acknowledge = acknowledge;
        /// long press: acknowledge on every role; very long press: enter setup on every role.
        /// <see cref="Gesture.None"/> and unknown values give <see cref="UserAction.None"/>.
        /// </summary>
        public static UserAction For(ButtonRole role, Gesture gesture)
        {
            switch (gesture)
            {
                case Gesture.ShortPress:
                    return ShortPressAction(role);
                case Gesture.LongPress:
                    return IsKnown(role) ? UserAction.Acknowledge : UserAction.None;
                case Gesture.VeryLongPress:
                    return IsKnown(role) ? UserAction.EnterSetup : UserAction.None;
                default:
                    return UserAction.None;
            }
        }

        private static UserAction ShortPressAction(ButtonRole role)
        {
            switch (role)
            {
                case ButtonRole.Only:
                    return UserAction.NextScreen;
                case ButtonRole.Previous:
                    return UserAction.PreviousScreen;
                case ButtonRole.Next:
                    return UserAction.NextScreen;
                case ButtonRole.Acknowledge:
                    return UserAction.Acknowledge;
                default:
                    return UserAction.None;
            }
        }

        private static bool IsKnown(ButtonRole role)
        {
            return role >= ButtonRole.Only && role <= ButtonRole.Acknowledge;
        }
    }
}
