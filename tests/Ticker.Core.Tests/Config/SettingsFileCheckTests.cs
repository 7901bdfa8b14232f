using System.Text;
using Ticker.Config;
using Ticker.Setup;
using Xunit;

namespace Ticker.Core.Tests.Config
{
    /// <summary>
    /// The device's decision on a settings file's text, which the emulator shares: strict JSON, one object, each key
    /// once case-insensitively; anything else is refused with one line that says where and why.
    /// </summary>
    public class SettingsFileCheckTests
    {
        private static string? Check(string text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            return SettingsFileCheck.Check(bytes, bytes.Length);
        }

        [Theory]
        [InlineData("{}")]
        [InlineData("  {\n}\n")]
        [InlineData("\uFEFF{\"wifiSsid\":\"desk\"}")]
        [InlineData("{\"feedUrl\":\"http://127.0.0.1:5080\",\"pollIntervalS\":10,\"longPoll\":true,\"colour\":[1,{\"a\":null}]}")]
        public void Plain_JSON_objects_with_each_key_once_are_accepted(string text)
        {
            Assert.Null(Check(text));
        }

        [Fact]
        public void The_core_s_own_settings_file_is_accepted()
        {
            Assert.Null(Check(SettingsJson.Write(new DeviceSettings { WifiSsid = "desk", FeedToken = "t0k3n" })));
        }

        [Fact]
        public void A_duplicate_key_is_refused_naming_it_and_both_lines()
        {
            Assert.Equal(
                "line 3: feedUrl is given twice (also on line 2; keys are case-insensitive); give each key once",
                Check("{\n  \"feedUrl\": \"http://a:1\",\n  \"feedUrl\": \"http://b:2\"\n}"));
        }

        [Fact]
        public void A_case_only_duplicate_is_refused_with_the_key_s_own_spelling()
        {
            Assert.Equal(
                "line 1: pollIntervalS ('POLLINTERVALS') is given twice (also on line 1; keys are case-insensitive); give each key once",
                Check("{\"pollIntervalS\":10,\"POLLINTERVALS\":20}"));
        }

        [Fact]
        public void A_repeated_unknown_key_is_refused_too()
        {
            Assert.Equal(
                "line 1: 'Colour' is given twice (also on line 1; keys are case-insensitive); give each key once",
                Check("{\"colour\":1,\"Colour\":2}"));
        }

        [Theory]
        [InlineData("{\n// the desk\n\"wifiSsid\":\"desk\"}", "line 2: a comment; the settings file is plain JSON, without comments")]
        [InlineData("{\"wifiSsid\":\"desk\" /* here */}", "line 1: a comment; the settings file is plain JSON, without comments")]
        [InlineData("// settings\n{}", "line 1: a comment; the settings file is plain JSON, without comments")]
        [InlineData("{}\n// end", "line 2: a comment; the settings file is plain JSON, without comments")]
        public void Comments_are_refused(string text, string expected)
        {
            Assert.Equal(expected, Check(text));
        }

        [Theory]
        [InlineData("{\"brightness\":70,\n}", "line 2: a comma before '}'; JSON allows no trailing comma")]
        [InlineData("{\"x\":[1,2,]}", "line 1: a comma before ']'; JSON allows no trailing comma")]
        public void Trailing_commas_are_refused(string text, string expected)
        {
            Assert.Equal(expected, Check(text));
        }

        [Theory]
        [InlineData("", "the file is empty; an object is expected ({ } for all defaults)")]
        [InlineData(" \n", "the file is empty; an object is expected ({ } for all defaults)")]
        [InlineData("[1]", "not a JSON object; the settings file is one object ({ \"key\": value, ... })")]
        [InlineData("{\"a\":1", "line 1: the file ends inside the object (a missing '}' or '\"'?)")]
        [InlineData("{\"a\":1}\n{}", "line 2: not JSON: unexpected '{'")]
        [InlineData("{\"a\":01}", "line 1: not a number JSON allows")]
        [InlineData("{'a':1}", "line 1: not JSON: unexpected '''")]
        public void Other_broken_files_are_refused_in_one_line(string text, string expected)
        {
            Assert.Equal(expected, Check(text));
        }

        [Fact]
        public void Binary_content_is_refused_in_one_line()
        {
            byte[] bytes = new byte[4096];
            new System.Random(7).NextBytes(bytes);
            bytes[0] = 0x89;

            string? problem = SettingsFileCheck.Check(bytes, bytes.Length);

            Assert.Equal("not a JSON object; the settings file is one object ({ \"key\": value, ... })", problem);
        }

        [Fact]
        public void A_file_over_the_limit_is_refused_without_reading_it()
        {
            byte[] bytes = new byte[SettingsFileCheck.MaxBytes + 1];
            bytes[0] = (byte)'{';

            Assert.Equal("the file is 8193 bytes; at most 8192 accepted", SettingsFileCheck.Check(bytes, bytes.Length));
        }
    }
}
