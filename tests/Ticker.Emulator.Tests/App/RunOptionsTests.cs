using System;
using System.IO;
using Ticker.Boards;
using Xunit;

namespace Ticker.Emulator.Tests.App
{
    public class RunOptionsTests
    {
        [Fact]
        public void No_options_mean_the_documented_defaults()
        {
            RunOptions options = RunOptions.Parse(Array.Empty<string>());
            Assert.Equal("http://127.0.0.1:5090", options.Urls);
            Assert.Null(options.Feed);
            Assert.Null(options.Board);
            Assert.Null(options.Speed);
            Assert.False(options.Headless);
        }

        [Fact]
        public void Every_option_is_read()
        {
            RunOptions options = RunOptions.Parse(new[] { "--urls", "http://127.0.0.1:0", "--board", "t-display", "--speed", "60", "--headless", "--settings", "x.json" });
            Assert.Equal("http://127.0.0.1:0", options.Urls);
            Assert.Equal("t-display", options.Board);
            Assert.Equal(60, options.Speed);
            Assert.True(options.Headless);
            Assert.Equal("x.json", options.Settings);
            Assert.Equal("http://10.0.0.2:5080", RunOptions.Parse(new[] { "--feed", "http://10.0.0.2:5080" }).Feed);
        }

        [Theory]
        [InlineData("--board must be one of t-display, wrover-kit, m5stack-core, diy-ili9341; got 'nope'", "--board", "nope")]
        [InlineData("--speed must be a number from 0.1 to 1000 (times real time); got 'fast'", "--speed", "fast")]
        [InlineData("--speed must be a number from 0.1 to 1000 (times real time); got '0'", "--speed", "0")]
        [InlineData("--feed must be an http:// or https:// URL with a host, e.g. http://127.0.0.1:5080; got 'localhost'", "--feed", "localhost")]
        [InlineData("--urls must be one http://<IP address or localhost>:<port> address (port 0 = any free port), e.g. http://127.0.0.1:5090; got 'https://x:1'", "--urls", "https://x:1")]
        [InlineData("--urls must be one http://<IP address or localhost>:<port> address (port 0 = any free port), e.g. http://127.0.0.1:5090; got the host name 'nonexistent.invalid', which the page cannot listen on alone (use its address)", "--urls", "http://nonexistent.invalid:5191")]
        [InlineData("--urls must be one http://<IP address or localhost>:<port> address (port 0 = any free port), e.g. http://127.0.0.1:5090; got 'http://127.0.0.1:99999'", "--urls", "http://127.0.0.1:99999")]
        [InlineData("--speed drives the embedded feed's replay; it cannot be used with --feed", "--feed", "http://a:1", "--speed", "2")]
        [InlineData("ticker-emulator: Required argument missing for option: '--board' (see ticker-emulator --help)", "--board")]
        [InlineData("ticker-emulator: Option '--board' expects a single argument but 2 were provided (see ticker-emulator --help)", "--board", "t-display", "--board", "m5stack-core")]
        [InlineData("ticker-emulator: unknown option '--headles' (see ticker-emulator --help)", "--headles")]
        [InlineData("ticker-emulator: unknown option '--bogus' (see ticker-emulator --help)", "--board", "--bogus")]
        [InlineData("ticker-emulator: unexpected argument 'stray' (see ticker-emulator --help)", "stray")]
        public void A_bad_option_is_named_with_what_it_accepts(string message, params string[] args)
        {
            UsageException e = Assert.Throws<UsageException>(() => RunOptions.Parse(args));
            Assert.Equal(message, e.Message);
            Assert.DoesNotContain('\n', e.Message);
        }

        [Theory]
        [InlineData("http://localhost:0")]
        [InlineData("http://127.0.0.1:5090")]
        [InlineData("http://[::1]:0")]
        [InlineData("http://0.0.0.0:5090")]
        public void Loopback_and_explicit_addresses_are_accepted(string urls)
        {
            Assert.Equal(urls, RunOptions.Parse(new[] { "--urls", urls }).Urls);
        }

        [Fact]
        public void An_unknown_option_is_named_and_points_at_the_help()
        {
            UsageException e = Assert.Throws<UsageException>(() => RunOptions.Parse(new[] { "--colour", "red" }));
            Assert.Equal("ticker-emulator: unknown option '--colour' (see ticker-emulator --help)", e.Message);
        }

        [Fact]
        public void Main_exits_with_2_and_one_line_for_a_bad_option()
        {
            TextWriter before = Console.Error;
            var errors = new StringWriter();
            Console.SetError(errors);
            try
            {
                Assert.Equal(Program.UsageError, Program.Main(new[] { "--board", "nope" }));
            }
            finally
            {
                Console.SetError(before);
            }

            Assert.Equal("error: --board must be one of " + BoardCatalog.IdList() + "; got 'nope'" + Environment.NewLine, errors.ToString());
        }
    }
}
