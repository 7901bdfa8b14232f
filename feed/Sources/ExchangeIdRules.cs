namespace Ticker.Feed.Sources
{
    /// <summary>The contract's rule for exchange ids: lowercase ASCII letters and digits, '_' and '-', 1 to 24 characters, not starting with '_' or '-'.</summary>
    public static class ExchangeIdRules
    {
        public const int MaxLength = 24;

        public static bool IsValid(string? id)
        {
            if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
            {
                return false;
            }

            for (int i = 0; i < id.Length; i++)
            {
                char c = id[i];
                bool letterOrDigit = c is >= 'a' and <= 'z' or >= '0' and <= '9';
                if (!letterOrDigit && (i == 0 || (c != '_' && c != '-')))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
