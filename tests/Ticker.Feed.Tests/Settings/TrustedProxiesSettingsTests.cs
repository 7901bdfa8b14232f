using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Ticker.Feed.Settings;
using Xunit;

namespace Ticker.Feed.Tests.Settings
{
    /// <summary><c>--trusted-proxies</c> (Feed:TrustedProxies): addresses and CIDR networks, checked like every setting.</summary>
    public class TrustedProxiesSettingsTests
    {
        private static FeedSettings Read(params string[] args) =>
            FeedSettingsReader.Read(new ConfigurationBuilder().AddCommandLine(args, FeedSettingsReader.Switches.ToDictionary(p => p.Key, p => p.Value)).Build());

        [Fact]
        public void By_default_no_proxy_is_trusted()
        {
            Assert.Empty(Read().TrustedProxies);
        }

        [Fact]
        public void Addresses_and_networks_of_both_families_are_read()
        {
            FeedSettings settings = Read("--trusted-proxies", "127.0.0.1, 10.0.0.0/8,::1,fd00::/8");

            Assert.Equal(
                new[] { IPNetwork.Parse("127.0.0.1/32"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("::1/128"), IPNetwork.Parse("fd00::/8") },
                settings.TrustedProxies);
        }

        [Fact]
        public void The_environment_variable_works_as_well_as_the_switch()
        {
            IConfiguration configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new[] { new System.Collections.Generic.KeyValuePair<string, string?>("Feed:TrustedProxies", "192.168.1.0/24") })
                .Build();
            Assert.Equal(new[] { IPNetwork.Parse("192.168.1.0/24") }, FeedSettingsReader.Read(configuration).TrustedProxies);
        }

        [Theory]
        [InlineData("proxy.example")]
        [InlineData("10.0.0.1/8")]     // bits past the prefix: which network was meant?
        [InlineData("10.0.0.0/33")]
        [InlineData("10")]             // IPAddress alone would read 0.0.0.10
        [InlineData("127.0.0.1,,10.0.0.0/8")]
        [InlineData("")]
        public void Anything_else_names_the_setting_the_format_and_the_bad_entry(string value)
        {
            string problem = Assert.Single(Assert.Throws<FeedSettingsException>(() => Read("--trusted-proxies", value)).Problems);

            Assert.StartsWith("Feed:TrustedProxies (--trusted-proxies) must be a comma-separated list of IP addresses and CIDR networks, for example 127.0.0.1,10.0.0.0/8;", problem);
            Assert.Contains($"in '{value}' is neither", problem);
        }

        [Fact]
        public async Task The_feed_refuses_to_start_with_a_bad_value_exit_code_2_and_a_line_naming_it()
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "Ticker.Feed.dll"), "--db", "none", "--urls", "http://127.0.0.1:0", "--trusted-proxies", "10.0.0.1/8" })
            {
                info.ArgumentList.Add(arg);
            }

            using Process process = Process.Start(info)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            bool exited = process.WaitForExit(60_000);
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
            }

            Assert.True(exited, "the feed kept running with a bad --trusted-proxies");
            Assert.Equal(2, process.ExitCode);
            Assert.Contains(
                "Feed:TrustedProxies (--trusted-proxies) must be a comma-separated list of IP addresses and CIDR networks, for example 127.0.0.1,10.0.0.0/8; '10.0.0.1/8' in '10.0.0.1/8' is neither.",
                await stderr);
            Assert.DoesNotContain("listening", await stdout);
        }
    }
}
