using System;
using System.Linq;
using Ticker.Data;
using Xunit;

namespace Ticker.Core.Tests.App
{
    public class SnapshotErrorsTests
    {
        [Fact]
        public void Every_decode_error_has_its_own_words()
        {
            var errors = Enum.GetValues<DecodeError>();
            var words = errors.Select(SnapshotErrors.Describe).ToArray();
            Assert.DoesNotContain(words, w => w.StartsWith("error ", StringComparison.Ordinal));
            Assert.Equal(words.Length, words.Distinct().Count());
        }
    }
}
