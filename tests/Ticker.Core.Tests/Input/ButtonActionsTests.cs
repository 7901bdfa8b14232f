using Ticker.Input;
using Xunit;

namespace Ticker.Core.Tests.Input
{
    public class ButtonActionsTests
    {
        [Theory]
        [InlineData(ButtonRole.Only, Gesture.ShortPress, UserAction.NextScreen)]
        [InlineData(ButtonRole.Only, Gesture.LongPress, UserAction.Acknowledge)]
        [InlineData(ButtonRole.Only, Gesture.VeryLongPress, UserAction.EnterSetup)]
        [InlineData(ButtonRole.Previous, Gesture.ShortPress, UserAction.PreviousScreen)]
        [InlineData(ButtonRole.Previous, Gesture.LongPress, UserAction.Acknowledge)]
        [InlineData(ButtonRole.Previous, Gesture.VeryLongPress, UserAction.EnterSetup)]
        [InlineData(ButtonRole.Next, Gesture.ShortPress, UserAction.NextScreen)]
        [InlineData(ButtonRole.Next, Gesture.LongPress, UserAction.Acknowledge)]
        [InlineData(ButtonRole.Next, Gesture.VeryLongPress, UserAction.EnterSetup)]
        [InlineData(ButtonRole.Acknowledge, Gesture.ShortPress, UserAction.Acknowledge)]
        [InlineData(ButtonRole.Acknowledge, Gesture.LongPress, UserAction.Acknowledge)]
        [InlineData(ButtonRole.Acknowledge, Gesture.VeryLongPress, UserAction.EnterSetup)]
        [InlineData(ButtonRole.Only, Gesture.None, UserAction.None)]
        [InlineData(ButtonRole.Previous, Gesture.None, UserAction.None)]
        [InlineData(ButtonRole.Next, Gesture.None, UserAction.None)]
        [InlineData(ButtonRole.Acknowledge, Gesture.None, UserAction.None)]
        public void Maps_every_role_and_gesture(ButtonRole role, Gesture gesture, UserAction expected)
        {
            Assert.Equal(expected, ButtonActions.For(role, gesture));
        }

        [Fact]
        public void Unknown_values_map_to_nothing()
        {
            Assert.Equal(UserAction.None, ButtonActions.For((ButtonRole)9, Gesture.ShortPress));
            Assert.Equal(UserAction.None, ButtonActions.For((ButtonRole)9, Gesture.LongPress));
            Assert.Equal(UserAction.None, ButtonActions.For(ButtonRole.Only, (Gesture)9));
        }
    }
}
