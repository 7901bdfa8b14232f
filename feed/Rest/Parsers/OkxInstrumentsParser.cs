using System.Collections.Generic;
using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Liquidations;
using Ticker.Feed.Liquidations.Parsers;
using Ticker.Feed.Market;

namespace Ticker.Feed.Rest.Parsers
{
    /// <summary>
    /// OKX <c>/api/v5/public/instruments?instType=SWAP</c>: every swap's <c>ctVal</c> and <c>ctValCcy</c>, so the
    /// liquidation parser can price every swap's contracts. The new table replaces the book's whole, over the
    /// shipped fallback (an instrument the list leaves out keeps its shipped value).
    /// </summary>
    public sealed class OkxInstrumentsParser : IRestParser
    {
        private readonly OkxContractBook _book;

        public OkxInstrumentsParser(OkxContractBook book)
        {
            _book = book ?? throw new System.ArgumentNullException(nameof(book));
        }

        public string Venue => ExchangeIds.Okx;

        public bool Handles(RestRequest request) => request.Path == RestPaths.OkxInstruments;

        public FrameKind Parse(RestRequest request, JsonElement body, MarketReadings readings, long receivedMs, ParseCounters counters)
        {
            if (!RestJson.TryOkxData(body, counters, "instruments", out JsonElement data))
            {
                return FrameKind.Malformed;
            }

            var contracts = new Dictionary<string, OkxContract>(System.StringComparer.Ordinal);
            int bad = 0;
            foreach (JsonElement instrument in data.EnumerateArray())
            {
                if (VenueJson.TryGetString(instrument, "instId", out string instId)
                    && VenueJson.TryGetDecimal(instrument, "ctVal", out decimal ctVal) && ctVal > 0m
                    && VenueJson.TryGetString(instrument, "ctValCcy", out string ctValCcy))
                {
                    contracts[instId] = new OkxContract(ctVal, ctValCcy);
                }
                else
                {
                    bad++;
                }
            }

            if (contracts.Count == 0)
            {
                return RestJson.Malformed(counters, "okx: instruments list holds no instrument with instId, ctVal and ctValCcy");
            }

            if (bad > 0)
            {
                counters.CountSkipped($"okx: {bad} instrument(s) without instId, ctVal or ctValCcy skipped");
            }

            _book.Current = _book.Fallback.MergedWith(contracts);
            return FrameKind.Data;
        }
    }
}
