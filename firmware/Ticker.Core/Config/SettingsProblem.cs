namespace Ticker.Config
{
    /// <summary>One bad setting: the settings-file key and a sentence that gives the accepted range.</summary>
    public sealed class SettingsProblem
    {
        public SettingsProblem(string key, string message)
        {
            Key = key;
            Message = message;
        }

        /// <summary>The settings-file key, e.g. <c>pollIntervalS</c>.</summary>
        public string Key { get; }

        /// <summary>For example "pollIntervalS: 3 is out of range; accepted 5 to 300 (default 10 used)".</summary>
        public string Message { get; }

        public override string ToString()
        {
            return Message;
        }
    }
}
