using Ticker.Config;

namespace Ticker.Setup
{
    /// <summary>
    /// The setup server's behaviour, so the device's listener (and the emulator) only move bytes: any GET shows the
    /// form (phones probing for a captive portal land on it too), a POST to <see cref="SetupPage.SavePath"/> either
    /// re-shows the form with its problems or returns the settings file to save and asks for a restart, and a POST
    /// to <see cref="SetupPage.SelfTestPath"/> asks for a restart into the self-test.
    /// </summary>
    public sealed class SetupSite
    {
        private readonly DeviceSettings _current;
        private readonly SettingsReport _startupReport;

        /// <param name="current">The settings the device booted with (repaired).</param>
        /// <param name="startupReport">What was wrong with the settings file at boot (may be null): shown on the first page.</param>
        public SetupSite(DeviceSettings current, SettingsReport startupReport)
        {
            _current = current;
            _startupReport = startupReport;
        }

        /// <summary>Answers one request. <paramref name="path"/> may carry a query, which is ignored.</summary>
        public SetupResponse Handle(string method, string path, byte[] body, int bodyLength)
        {
            if (method == "GET" || method == "HEAD")
            {
                if (PathIs(path, "/favicon.ico"))
                {
                    return new SetupResponse(404, "", null);
                }

                return new SetupResponse(200, SetupPage.Render(_current, _startupReport), null);
            }

            if (method != "POST")
            {
                return new SetupResponse(405, "", null);
            }

            if (PathIs(path, SetupPage.SelfTestPath))
            {
                return new SetupResponse(200, SetupPage.RenderSelfTestStarting(), null, true);
            }

            if (!PathIs(path, SetupPage.SavePath))
            {
                return new SetupResponse(404, "", null);
            }

            // bodyLength is the declared length: over the limit it is reported without reading; under it, never past the bytes held.
            int length = body == null ? 0 : bodyLength;
            if (body != null && length <= FormDecoder.MaxBodyBytes && length > body.Length)
            {
                length = body.Length;
            }

            SetupSubmission submission = SetupForm.Parse(body, 0, length, _current);
            if (!submission.IsValid)
            {
                return new SetupResponse(400, SetupPage.Render(submission.Settings, submission.Report), null);
            }

            return new SetupResponse(200, SetupPage.RenderSaved(submission.Settings), SettingsJson.Write(submission.Settings));
        }

        private static bool PathIs(string path, string expected)
        {
            if (path == null)
            {
                return false;
            }

            int end = path.IndexOf('?');
            if (end < 0)
            {
                end = path.Length;
            }

            return end == expected.Length && path.Substring(0, end) == expected;
        }
    }
}
