using System;
using System.Text;
using Ticker.Setup;
using Xunit;

namespace Ticker.Core.Tests.Setup
{
    public class Utf8Tests
    {
        [Theory]
        [InlineData("")]
        [InlineData("plain ascii")]
        [InlineData("café ¿ € 日本")]
        [InlineData("emoji \U0001F4C8 pair")]
        public void Round_trips_and_agrees_with_the_framework(string text)
        {
            byte[] bytes = Utf8.Encode(text);

            Assert.Equal(Encoding.UTF8.GetBytes(text), bytes);
            Assert.Equal(text, Utf8.Decode(bytes, bytes.Length));
        }

        [Theory]
        [InlineData(new byte[] { 0xC3 })]                   // truncated
        [InlineData(new byte[] { 0xC0, 0xAF })]             // overlong '/'
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]       // a surrogate
        [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // past U+10FFFF
        [InlineData(new byte[] { 0x80 })]                   // a lone continuation byte
        [InlineData(new byte[] { 0xE2, 0x28, 0xA1 })]       // a bad continuation byte
        public void Rejects_malformed_bytes(byte[] bytes)
        {
            Assert.Null(Utf8.Decode(bytes, bytes.Length));
        }

        [Fact]
        public void An_unpaired_surrogate_is_encoded_as_the_replacement_character()
        {
            Assert.Equal(new byte[] { 0x61, 0xEF, 0xBF, 0xBD }, Utf8.Encode("a\uD800"));
        }

        [Fact]
        public void Random_text_round_trips()
        {
            var random = new Random(6);
            for (int n = 0; n < 500; n++)
            {
                var chars = new char[random.Next(0, 20)];
                for (int i = 0; i < chars.Length; i++)
                {
                    chars[i] = (char)random.Next(0x20, 0xD7FF);
                }

                string text = new(chars);
                byte[] bytes = Utf8.Encode(text);
                Assert.Equal(Encoding.UTF8.GetBytes(text), bytes);
                Assert.Equal(text, Utf8.Decode(bytes, bytes.Length));
            }
        }
    }
}
