namespace Ticker.Data
{
    /// <summary>
    /// Why <see cref="SnapshotDecoder.Decode"/> rejected a body. <see cref="SnapshotDecoder.ErrorPosition"/> gives the
    /// byte offset (from the start of the body) where it was found.
    /// </summary>
    public enum DecodeError
    {
        /// <summary>The body was decoded.</summary>
        None = 0,

        /// <summary>No JSON value at all: zero bytes, or only whitespace.</summary>
        Empty = 1,

        /// <summary>More than <see cref="SnapshotDecoder.MaxInputBytes"/> bytes; position = the limit.</summary>
        TooLarge = 2,

        /// <summary>The body ends inside a value; position = the body's length.</summary>
        Truncated = 3,

        /// <summary>Not JSON: an unexpected byte (including anything after the root object); position = that byte.</summary>
        Syntax = 4,

        /// <summary>Objects and arrays nested more than <see cref="SnapshotDecoder.MaxDepth"/> deep; position = the opening bracket.</summary>
        TooDeep = 5,

        /// <summary>A malformed number, or one whose scaled magnitude reaches 10^18; position = the number's first byte.</summary>
        BadNumber = 6,

        /// <summary>A control character, a bad escape (or lone surrogate) or bad UTF-8 in a string; position = the offending byte or escape.</summary>
        BadString = 7,

        /// <summary>A known field holding the wrong JSON type (a fraction in an integer field included); position = the value.</summary>
        WrongType = 8,

        /// <summary>A known field outside its range, or more items than the snapshot holds; position = the value or item.</summary>
        OutOfRange = 9,

        /// <summary><c>v</c>, <c>seq</c> or <c>asOf</c> absent or null; position = the root object's closing brace.</summary>
        MissingField = 10,

        /// <summary><c>v</c> is not 1; position = its value.</summary>
        UnsupportedVersion = 11,

        /// <summary>Decode was called with a null array or target, or an offset/length outside the array; position 0.</summary>
        InvalidArgument = 12,
    }
}
