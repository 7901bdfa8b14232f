using Ticker.Feed.Tests.Support;
using Xunit;

namespace Ticker.Feed.Tests.Deploy
{
    /// <summary>
    /// A test that needs Debian's nginx. Skipped, saying why, only on a developer's machine without it; in CI (CI=true)
    /// it always runs, so a missing nginx fails there instead of passing unnoticed.
    /// </summary>
    public sealed class NginxFactAttribute : FactAttribute
    {
        public NginxFactAttribute()
        {
            if (NginxProcess.Binary is null && !NginxProcess.InCi)
            {
                Skip = $"nginx is not installed ({NginxProcess.DebianPath}): apt-get install -y nginx, or run the README's test command, which installs it; in CI (CI=true) this test runs and fails instead";
            }
        }
    }
}
