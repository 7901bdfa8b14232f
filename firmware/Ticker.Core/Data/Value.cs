namespace Ticker.Data
{
    /// <summary>
    /// The "unknown" marker for numeric fields. nano mscorlib has no Nullable&lt;T&gt;, and a missing value must
    /// never be shown as zero, so every numeric field that may be absent holds <see cref="Missing"/> instead.
    /// </summary>
    public static class Value
    {
        public const long Missing = long.MinValue;

        public static bool IsMissing(long value)
        {
            return value == Missing;
        }
    }
}
