using nanoFramework.TestFramework;
using Ticker.Core.NanoTests.Support;
using Ticker.Text;

namespace Ticker.Core.NanoTests.Text
{
    /// <summary>The number formatting table (<see cref="NumberCases"/>), in both the string and the buffer form.</summary>
    [TestClass]
    public class NumberTextTests
    {
        [TestMethod]
        public void Every_row_of_the_table_formats_as_on_dotnet()
        {
            for (int i = 0; i < NumberCases.All.Length; i++)
            {
                NumberCase row = NumberCases.All[i];
                Assert.AreEqual(row.Expected, row.Format(), row.Label);
            }
        }

        [TestMethod]
        public void The_buffer_form_appends_the_same_text()
        {
            CharBuffer buffer = new CharBuffer(NumberText.MaxTextLength + 1);
            for (int i = 0; i < NumberCases.All.Length; i++)
            {
                NumberCase row = NumberCases.All[i];
                buffer.Clear();
                buffer.Append('|');
                row.Format(buffer);
                Assert.AreEqual("|" + row.Expected, buffer.ToString(), row.Label + " appended");

                buffer.Clear();
                row.Format(buffer);
                Assert.IsTrue(buffer.ContentEquals(row.Expected), row.Label + " after Clear");
            }
        }

        [TestMethod]
        public void Missing_is_an_em_dash_of_one_character()
        {
            Assert.AreEqual(1, NumberText.MissingText.Length, "length");
            Assert.AreEqual(0x2014, (int)NumberText.MissingText[0], "character");
        }
    }
}
