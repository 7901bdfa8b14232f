using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ticker.Data;
using Ticker.Feed.Aggregation;
using Ticker.Feed.Sources;
using Ticker.Feed.State;

namespace Ticker.Feed.Snapshots
{
    /// <summary>
    /// Writes a <see cref="SnapshotContent"/> as the contract's compact JSON, leaving out what a
    /// <see cref="ShedStep"/> sheds. Members are written in the documented order (<c>v</c> first, so a receiver can
    /// stop before a body it does not understand), numbers rounded to the unit the device keeps.
    /// </summary>
    /// <remarks>
    /// The device rejects a whole snapshot for one value outside the contract's range, so a value that breaks it
    /// (a bug upstream, never expected) is left out here, listed in <c>dropped</c>, and the rest is still served.
    /// A section with nothing left in it is omitted rather than written as <c>{}</c>.
    /// </remarks>
    internal sealed class SnapshotJsonWriter
    {
        private static readonly JsonWriterOptions Options = new()
        {
            // Relaxed: "$3.9B+" stays readable and short instead of becoming "$3.9B\u002B"; the body is never put in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = false,
        };

        // The device keeps numbers as scaled longs and rejects scaled magnitudes of 10^18 or more.
        private const decimal DeviceMagnitude = 1_000_000_000_000_000_000m;
        private const long DeviceMagnitudeLong = 1_000_000_000_000_000_000;
        private static readonly decimal[] Pow10 = { 1m, 10m, 100m, 1_000m, 10_000m };

        private readonly ArrayBufferWriter<byte> _buffer = new(1024);
        private readonly Utf8JsonWriter _json;
        private readonly ShedStep _shed;
        private readonly List<string>? _dropped;
        private readonly List<string> _open = new();
        private int _written;

        private SnapshotJsonWriter(ShedStep shed, List<string>? dropped)
        {
            _json = new Utf8JsonWriter(_buffer, Options);
            _shed = shed;
            _dropped = dropped;
        }

        /// <summary>The body for <paramref name="content"/>, shed through <paramref name="shed"/>.</summary>
        /// <param name="dropped">Receives the paths of values left out for breaking the contract; may be null.</param>
        public static byte[] Write(SnapshotContent content, SnapshotHeader header, ShedStep shed, List<string>? dropped)
        {
            var writer = new SnapshotJsonWriter(shed, dropped);
            return writer.WriteAll(content, header);
        }

        private byte[] WriteAll(SnapshotContent content, SnapshotHeader header)
        {
            _json.WriteStartObject();
            _json.WriteNumber("v", 1);
            _json.WriteNumber("seq", header.Seq);
            _json.WriteNumber("asOf", header.AsOf);
            _json.WriteString("asset", header.Asset);
            if (header.WaitMax is int waitMax)
            {
                _json.WriteNumber("waitMax", waitMax);
            }

            WritePrice(content.Price);
            WriteRisk(content.Risk);
            WriteLiq(content.Liq);
            WriteSpot(content.Spot);
            WriteAlert(content.Alert);
            WriteSources(content.Sources);
            _json.WriteEndObject();
            _json.Flush();
            return _buffer.WrittenSpan.ToArray();
        }

        private void WritePrice(PriceReading? price)
        {
            if (price is null)
            {
                return;
            }

            Open("price");
            Decimal("usd", price.Usd, 2, 0m, decimal.MaxValue);
            Decimal("chg24hPct", price.Chg24hPct, 2, -100m, decimal.MaxValue);
            Close();
        }

        private void WriteRisk(RiskReading? risk)
        {
            if (risk is null)
            {
                return;
            }

            Open("risk");
            Decimal("score", risk.Score, 0, 0m, 100m);
            if (risk.Inputs is RiskInputs inputs && _shed < ShedStep.RiskInputs)
            {
                Open("inputs");
                Decimal("fundingPct8h", inputs.FundingPct8h, 4, decimal.MinValue, decimal.MaxValue);
                Integer("oiUsd", inputs.OiUsd, 0, long.MaxValue);
                Decimal("oiChg24hPct", inputs.OiChg24hPct, 2, -100m, decimal.MaxValue);
                Decimal("takerBuySell", inputs.TakerBuySell, 3, 0m, decimal.MaxValue);
                Decimal("takerBuySellBybit", inputs.TakerBuySellBybit, 3, 0m, decimal.MaxValue);
                Integer("takerBucketMin", inputs.TakerBucketMin, 1, 1440);
                Decimal("longShortRatio", inputs.LongShortRatio, 3, 0m, decimal.MaxValue);
                Close();
            }

            if (risk.Parts is RiskParts parts)
            {
                Open("parts");
                Decimal("funding", parts.Funding, 0, 0m, 100m);
                Decimal("oi", parts.Oi, 0, 0m, 100m);
                Decimal("taker", parts.Taker, 0, 0m, 100m);
                Decimal("longShort", parts.LongShort, 0, 0m, 100m);
                Decimal("liq", parts.Liq, 0, 0m, 100m);
                Close();
            }

            Close();
        }

        private void WriteLiq(LiquidationTotals? liq)
        {
            if (liq is null)
            {
                return;
            }

            Open("liq");
            if (!liq.LowerBound || _shed < ShedStep.LowerBoundWhenTrue)
            {
                // false is always written: absent reads as true.
                EnsureOpen();
                _json.WriteBoolean("lowerBound", liq.LowerBound);
            }

            // A window's coveredS goes with it: a partial sum read as a whole window would understate it.
            Window("m5", liq.M5, null, liq.M5CoveredS);
            Window("h1", liq.H1, _shed < ShedStep.AlertPriceAndH1Split ? liq.H1Btc : null, liq.H1CoveredS);
            if (_shed < ShedStep.LiqVenuesAndH4)
            {
                Window("h4", liq.H4, null, liq.H4CoveredS);
            }

            Window("h24", liq.H24, liq.H24Btc, liq.H24CoveredS);
            bool hourlyFits = HourlyFits(liq.HourlyLongM) && HourlyFits(liq.HourlyShortM)
                && (liq.HourlyLongM is null || liq.HourlyShortM is null || liq.HourlyLongM.Count == liq.HourlyShortM.Count);
            if (!hourlyFits)
            {
                Drop("hourlyLongM/hourlyShortM (not 1-" + LiqSection.HourlyCapacity + " items each, of one length)");
            }
            else
            {
                if (_shed < ShedStep.HourlyLongs)
                {
                    Hourly("hourlyLongM", liq.HourlyLongM);
                }

                if (_shed < ShedStep.HourlyShorts)
                {
                    Hourly("hourlyShortM", liq.HourlyShortM);
                }
            }

            if (_shed < ShedStep.LiqVenuesAndH4)
            {
                WriteVenues(liq.Venues);
            }

            Close();
        }

        private static bool HourlyFits(IReadOnlyList<long?>? hourly) => hourly is null || hourly.Count is >= 1 and <= LiqSection.HourlyCapacity;

        /// <summary>A window: its sides, their BTC parts when known (each at most its side: else a bug, dropped), and its covered seconds when partial.</summary>
        private void Window(string name, SideTotals? window, SideTotals? btc, long? coveredS)
        {
            if (window is not SideTotals totals)
            {
                return;
            }

            Open(name);
            Integer("long", totals.LongUsd, 0, long.MaxValue);
            Integer("short", totals.ShortUsd, 0, long.MaxValue);
            if (btc is SideTotals part)
            {
                Integer("btcLong", part.LongUsd, 0, totals.LongUsd);
                Integer("btcShort", part.ShortUsd, 0, totals.ShortUsd);
            }

            Integer("coveredS", coveredS, 0, 86_400);
            Close();
        }

        private void Hourly(string name, IReadOnlyList<long?>? hourly)
        {
            if (hourly is null)
            {
                return;
            }

            EnsureOpen();
            _json.WriteStartArray(name);
            foreach (long? millions in hourly)
            {
                if (millions is long value && value >= 0 && value < DeviceMagnitudeLong)
                {
                    _json.WriteNumberValue(value);
                }
                else
                {
                    if (millions is not null)
                    {
                        Drop(name + " item");
                    }

                    _json.WriteNullValue();
                }
            }

            _json.WriteEndArray();
        }

        private void WriteVenues(IReadOnlyList<string> venues) => WriteIds("venues", venues);

        private void WriteIds(string name, IReadOnlyList<string> venues)
        {
            bool started = false;
            int count = 0;
            foreach (string venue in venues)
            {
                if (!ExchangeIdRules.IsValid(venue) || count == LiqSection.VenueCapacity)
                {
                    Drop(name + " item " + (count == LiqSection.VenueCapacity ? "(over " + LiqSection.VenueCapacity + ")" : "(bad id)"));
                    continue;
                }

                if (!started)
                {
                    EnsureOpen();
                    _json.WriteStartArray(name);
                    started = true;
                }

                _json.WriteStringValue(venue);
                count++;
            }

            if (started)
            {
                _json.WriteEndArray();
            }
        }

        private void WriteSpot(SpotReading? spot)
        {
            if (spot is null)
            {
                return;
            }

            Open("spot");
            Decimal("binanceSharePct", spot.BinanceSharePct, 2, 0m, 100m);
            Integer("venues", spot.Venues, 1, 1000);
            if (_shed < ShedStep.SpotVolumes)
            {
                Integer("binanceUsd24h", spot.BinanceUsd24h, 0, long.MaxValue);
                Integer("othersUsd24h", spot.OthersUsd24h, 0, long.MaxValue);
            }

            if (_shed < ShedStep.SpotDeltas)
            {
                Integer("deltaUsd24h", spot.DeltaUsd24h, long.MinValue, long.MaxValue);
                Integer("deltaUsd1h", spot.DeltaUsd1h, long.MinValue, long.MaxValue);
                if (spot.DeltaVenues is not null)
                {
                    WriteIds("deltaVenues", spot.DeltaVenues);
                }
            }

            Close();
        }

        private void WriteAlert(AlertReading? alert)
        {
            if (alert is null)
            {
                return;
            }

            Open("alert");
            if (Enum.IsDefined(alert.Level))
            {
                Integer("level", (int)alert.Level, 0, 3);
            }
            else
            {
                Drop("level");
            }

            switch (alert.Side)
            {
                case AlertSide.Long:
                    EnsureOpen();
                    _json.WriteString("side", "long");
                    break;
                case AlertSide.Short:
                    EnsureOpen();
                    _json.WriteString("side", "short");
                    break;
            }

            Integer("startedAt", alert.StartedAt, 0, long.MaxValue);
            if (_shed < ShedStep.AlertAmounts)
            {
                Integer("m5Usd", alert.M5Usd, 0, long.MaxValue);
                Integer("eventUsd", alert.EventUsd, 0, long.MaxValue);
            }

            if (_shed < ShedStep.AlertPriceAndH1Split)
            {
                Decimal("priceChgPct", alert.PriceChgPct, 2, -100m, decimal.MaxValue);
            }
            if (alert.Headline is string headline && _shed < ShedStep.AlertHeadline)
            {
                EnsureOpen();
                _json.WriteString("headline", Headline(headline));
            }

            Close();
        }

        private void WriteSources(IReadOnlyList<SourceStatus>? sources)
        {
            if (sources is null || _shed >= ShedStep.AllSources)
            {
                return;
            }

            Open("sources");
            int count = 0;
            foreach (SourceStatus source in sources)
            {
                if (!ExchangeIdRules.IsValid(source.Id) || count == Snapshot.SourceCapacity)
                {
                    Drop(source.Id + (count == Snapshot.SourceCapacity ? " (over " + Snapshot.SourceCapacity + ")" : " (bad id)"));
                    continue;
                }

                count++;
                if (source.Ok && _shed >= ShedStep.OkSources)
                {
                    continue;
                }

                Open(source.Id);
                EnsureOpen();
                _json.WriteBoolean("ok", source.Ok);
                if (!(source.Ok && _shed >= ShedStep.AgesOfOkSources) && _shed < ShedStep.AgesOfAllSources)
                {
                    Integer("ageS", source.AgeS, 0, long.MaxValue);
                }

                Close();
            }

            Close();
        }

        /// <summary>A headline cut to the device's 24 characters (Unicode code points, never half a pair); broken UTF-16 becomes U+FFFD.</summary>
        internal static string Headline(string text)
        {
            var cut = new StringBuilder(text.Length);
            int count = 0;
            foreach (Rune rune in text.EnumerateRunes())
            {
                if (count++ == AlertSection.HeadlineMaxChars)
                {
                    break;
                }

                cut.Append(rune.ToString());
            }

            return cut.ToString();
        }

        private void Decimal(string name, decimal? value, int digits, decimal min, decimal max)
        {
            if (value is not decimal raw)
            {
                return;
            }

            decimal rounded = decimal.Round(raw, digits, MidpointRounding.AwayFromZero);
            if (rounded < min || rounded > max || Math.Abs(rounded) >= DeviceMagnitude / Pow10[digits])
            {
                Drop(name);
                return;
            }

            EnsureOpen();
            _json.WriteNumber(name, Normalize(rounded));
        }

        private void Integer(string name, long? value, long min, long max)
        {
            if (value is not long number)
            {
                return;
            }

            if (number < min || number > max || number <= -DeviceMagnitudeLong || number >= DeviceMagnitudeLong)
            {
                Drop(name);
                return;
            }

            EnsureOpen();
            _json.WriteNumber(name, number);
        }

        /// <summary>Drops trailing zeros (87312.50 → 87312.5) and the sign of zero: fewer bytes, the same number.</summary>
        private static decimal Normalize(decimal value) =>
            value == 0m ? 0m : value / 1.0000000000000000000000000000m;

        private void Drop(string name) => _dropped?.Add(string.Join('.', _open) + (_open.Count > 0 ? "." : "") + name);

        // Objects are opened lazily: the name and '{' are written with the first member, so an object left empty
        // (its members unknown or shed) is not written at all.
        private void Open(string name) => _open.Add(name);

        private void EnsureOpen()
        {
            for (; _written < _open.Count; _written++)
            {
                _json.WriteStartObject(_open[_written]);
            }
        }

        private void Close()
        {
            if (_written == _open.Count)
            {
                _json.WriteEndObject();
                _written--;
            }

            _open.RemoveAt(_open.Count - 1);
        }
    }
}
