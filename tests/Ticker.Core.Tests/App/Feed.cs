using System.Text;
using Ticker.Platform;

namespace Ticker.Core.Tests.App
{
    /// <summary>Builds the feed's answers for scenario tests: minimal snapshots in the contract's format.</summary>
    public static class Feed
    {
        public static string Snapshot(long seq, int level = 0, string? side = null, long startedAt = 0, int waitMax = 30, long asOf = 1_763_990_000)
        {
            string alert = level == 0
                ? "\"alert\":{\"level\":0}"
                : $"\"alert\":{{\"level\":{level},\"side\":\"{side}\",\"startedAt\":{startedAt},\"m5Usd\":412000000,\"priceChgPct\":-5.8,\"headline\":\"LONGS LIQUIDATED\"}}";
            string wait = waitMax > 0 ? $"\"waitMax\":{waitMax}," : "";
            return $"{{\"v\":1,\"seq\":{seq},\"asOf\":{asOf},\"asset\":\"BTC\",{wait}\"price\":{{\"usd\":109842.5,\"chg24hPct\":-6.12}},{alert}}}";
        }

        public static HttpResult Ok(string json, string etag = "\"e1\"")
        {
            byte[] body = Encoding.UTF8.GetBytes(json);
            return new HttpResult { Status = 200, Body = body, BodyLength = body.Length, ETag = etag };
        }

        public static HttpResult NotModified() => new() { Status = 304 };

        public static HttpResult Status(int status, int retryAfterS = 0) => new() { Status = status, RetryAfterS = retryAfterS };

        public static HttpResult NetworkError(string error) => new() { Status = 0, Error = error };
    }
}
