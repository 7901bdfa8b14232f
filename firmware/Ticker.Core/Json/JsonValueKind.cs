namespace Ticker.Json
{
    /// <summary>What the JSON value under the cursor is, judged from its first byte alone.</summary>
    internal enum JsonValueKind
    {
        /// <summary>No value starts here: the end of the input or a byte that cannot begin a value.</summary>
        None = 0,
        Object = 1,
        Array = 2,
        String = 3,
        Number = 4,
        True = 5,
        False = 6,
        Null = 7,
    }
}
