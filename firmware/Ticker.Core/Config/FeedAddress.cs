namespace Ticker.Config
{
    /// <summary>
    /// Checks and takes apart the feed's base URL by hand: System.Uri is not in nano mscorlib, and the device only
    /// needs the scheme, host and port (for the status screen and the TLS decision).
    /// </summary>
    public static class FeedAddress
    {
        public const int MaxLength = 200;

        /// <summary>True for <c>http://host[:port][/path]</c> or <c>https://...</c> with a plausible host and port 1-65535.</summary>
        public static bool TryParse(string url, out string host, out int port, out bool https)
        {
            host = null;
            port = 0;
            https = false;
            if (url == null || url.Length > MaxLength)
            {
                return false;
            }

            int start;
            if (StartsWith(url, "http://"))
            {
                start = 7;
                port = 80;
            }
            else if (StartsWith(url, "https://"))
            {
                start = 8;
                port = 443;
                https = true;
            }
            else
            {
                return false;
            }

            int end = start;
            while (end < url.Length && url[end] != ':' && url[end] != '/')
            {
                if (!IsHostChar(url[end]))
                {
                    return false;
                }

                end++;
            }

            if (end == start || url[start] == '.' || url[start] == '-')
            {
                return false;
            }

            host = url.Substring(start, end - start);
            if (end < url.Length && url[end] == ':')
            {
                int value = 0;
                int digits = 0;
                end++;
                while (end < url.Length && url[end] != '/')
                {
                    char c = url[end];
                    if (c < '0' || c > '9' || digits == 5)
                    {
                        return false;
                    }

                    value = (value * 10) + (c - '0');
                    digits++;
                    end++;
                }

                if (digits == 0 || value < 1 || value > 65535)
                {
                    return false;
                }

                port = value;
            }

            for (int i = end; i < url.Length; i++)
            {
                if (url[i] <= ' ' || url[i] > '~' || url[i] == '?' || url[i] == '#')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The base URL without a trailing slash, so paths can be appended.</summary>
        public static string TrimTrailingSlash(string url)
        {
            int length = url.Length;
            while (length > 0 && url[length - 1] == '/')
            {
                length--;
            }

            return length == url.Length ? url : url.Substring(0, length);
        }

        private static bool StartsWith(string s, string prefix)
        {
            if (s.Length < prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                char c = s[i];
                if (c >= 'A' && c <= 'Z')
                {
                    c = (char)(c + ('a' - 'A'));
                }

                if (c != prefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsHostChar(char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
        }
    }
}
