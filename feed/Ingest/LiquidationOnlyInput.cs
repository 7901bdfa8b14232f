using System;
using Ticker.Data;
using Ticker.Feed.Liquidations;

namespace Ticker.Feed.Ingest
{
    /// <summary>
    /// Stand-in <see cref="IFeedInput"/> until the full FeedInput (websocket routing by stream, REST parsers) is
    /// wired: venue frames go to the liquidation ingest, REST bodies are ignored. FeedServices registers it only
    /// when nothing else implements IFeedInput.
    /// </summary>
    public sealed class LiquidationOnlyInput : IFeedInput
    {
        private readonly LiquidationIngest _ingest;

        public LiquidationOnlyInput(LiquidationIngest ingest)
        {
            _ingest = ingest ?? throw new ArgumentNullException(nameof(ingest));
        }

        public FrameKind AcceptFrame(string source, ReadOnlySpan<byte> frame) => source switch
        {
            InputSources.BinanceUsdmWs => _ingest.Accept(ExchangeIds.Binance, frame),
            InputSources.BybitLinearWs => _ingest.Accept(ExchangeIds.Bybit, frame),
            InputSources.OkxPublicWs => _ingest.Accept(ExchangeIds.Okx, frame),
            _ => throw new ArgumentException($"'{source}' is not a websocket source.", nameof(source)),
        };

        public void AcceptRest(string url, int status, ReadOnlySpan<byte> body)
        {
        }
    }
}
