namespace Ticker.Platform
{
    /// <summary>Reads a <c>Retry-After</c> header for <see cref="HttpResult.RetryAfterS"/>: the feed always sends whole seconds
    /// (docs/metrics-endpoint.md); anything else (absent, an HTTP date, garbage) counts as 0, "no advice".</summary>
    public static class RetryAfter
    {
        /// <summary>At most a day: a larger number is a broken header, not advice.</summary>
        public const int MaxSeconds = 86400;

        public static int ParseSeconds(string header)
        {
            if (header == null)
            {
                return 0;
            }

            int start = 0;
            int end = header.Length;
            while (start < end && header[start] == ' ')
            {
                start++;
            }

            while (end > start && header[end - 1] == ' ')
            {
                end--;
            }

            if (start == end || end - start > 6)
            {
                return 0;
            }

            int seconds = 0;
            for (int i = start; i < end; i++)
            {
                char c = header[i];
                if (c < '0' || c > '9')
                {
                    return 0;
                }

                seconds = (seconds * 10) + (c - '0');
            }

            return seconds > MaxSeconds ? MaxSeconds : seconds;
        }
    }
}
