using Ticker.Config;

namespace Ticker.Setup
{
    /// <summary>What the setup form sent: the settings it describes and every problem with them, by settings key.</summary>
    public sealed class SetupSubmission
    {
        internal SetupSubmission(DeviceSettings settings, SettingsReport report)
        {
            Settings = settings;
            Report = report;
        }

        /// <summary>The settings as submitted (fields absent from the form keep the values they had).</summary>
        public DeviceSettings Settings { get; }

        /// <summary>Problems by key (<c>form</c> for a body that could not be read); empty when the settings can be saved.</summary>
        public SettingsReport Report { get; }

        public bool IsValid
        {
            get { return Report.IsValid; }
        }
    }
}
