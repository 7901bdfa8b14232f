using Ticker.Json;
using Ticker.Text;

namespace Ticker.Data
{
    /// <summary>
    /// Decodes the feed's snapshot JSON (docs/metrics-endpoint.md) into a reused <see cref="Snapshot"/> in one pass
    /// over the UTF-8 bytes: no token tree, no key strings, numbers converted straight to the device's fixed-point
    /// units. The only allocations are strings the snapshot keeps, and known ones (exchange ids, "BTC", a
    /// headline repeated from an earlier poll) are not allocated again.
    /// </summary>
    /// <remarks>
    /// Never throws, whatever the bytes: a bad body makes <see cref="Decode"/> return false and sets
    /// <see cref="Error"/> and <see cref="ErrorPosition"/>. One instance serves one thread.
    /// </remarks>
    public sealed class SnapshotDecoder
    {
        /// <summary>Longest body accepted; the contract promises at most 1,024 bytes, this leaves room to grow.</summary>
        public const int MaxInputBytes = 4096;

        /// <summary>Deepest nesting of objects and arrays accepted, the root object being depth 1.</summary>
        public const int MaxDepth = JsonCursor.MaxDepth;

        // Which object a member belongs to: one member loop serves them all without delegates (none on nano).
        private const int KindRoot = 0;
        private const int KindPrice = 1;
        private const int KindRisk = 2;
        private const int KindInputs = 3;
        private const int KindParts = 4;
        private const int KindLiq = 5;
        private const int KindWindow = 6;
        private const int KindSpot = 7;
        private const int KindAlert = 8;
        private const int KindSource = 9;

        // Bounds of fields without a natural one; the cursor already keeps magnitudes below 10^18.
        private const long Huge = long.MaxValue;
        private const long PercentFloorE2 = -10000;

        // The longest window (h24) in seconds: a covered part can be no longer.
        private const long MaxCoveredS = 86400;

        private readonly JsonCursor _json = new JsonCursor();
        private readonly StringPool _strings = new StringPool(JsonCursor.CharCapacity);
        private Snapshot _target;
        private LiqWindow _window;
        private SourceEntry _source;
        private int _hourlyLongCount;
        private int _hourlyShortCount;
        private int _hourlyPosition;
        private DecodeError _error;
        private int _errorPosition;
        private int _bytesRead;

        /// <summary>Why the last <see cref="Decode"/> failed; <see cref="DecodeError.None"/> after a success.</summary>
        public DecodeError Error
        {
            get { return _error; }
        }

        /// <summary>Byte offset of the last error from the start of the body (from <c>offset</c>, not from the array's start).</summary>
        public int ErrorPosition
        {
            get { return _errorPosition; }
        }

        /// <summary>How many times the last <see cref="Decode"/> read a byte of the input: at most its length, as it reads each byte once.</summary>
        public int BytesRead
        {
            get { return _bytesRead; }
        }

        /// <summary>
        /// Clears <paramref name="target"/> and fills it from <paramref name="length"/> bytes of
        /// <paramref name="data"/> starting at <paramref name="offset"/>. Returns false on error, with
        /// <paramref name="target"/> left cleared, so decode into a spare snapshot to keep the last good one.
        /// </summary>
        public bool Decode(byte[] data, int offset, int length, Snapshot target)
        {
            _bytesRead = 0;
            _error = DecodeError.None;
            _errorPosition = 0;
            if (target == null || data == null || offset < 0 || length < 0 || offset > data.Length - length)
            {
                if (target != null)
                {
                    target.Clear();
                }

                return Reject(DecodeError.InvalidArgument, 0);
            }

            target.Clear();
            if (length > MaxInputBytes)
            {
                return Reject(DecodeError.TooLarge, MaxInputBytes);
            }

            _target = target;
            _json.Reset(data, offset, length);
            bool ok = ReadDocument();
            _bytesRead = _json.Reads;
            _error = _json.Error;
            _errorPosition = _json.ErrorPosition;
            _json.Release();
            _target = null;
            _window = null;
            _source = null;
            if (!ok)
            {
                target.Clear();
            }

            return ok;
        }

        private bool Reject(DecodeError error, int position)
        {
            _error = error;
            _errorPosition = position;
            return false;
        }

        private bool ReadDocument()
        {
            if (!_json.SkipByteOrderMark())
            {
                return false;
            }

            _json.SkipWhitespace();
            if (_json.AtEnd)
            {
                return _json.Fail(DecodeError.Empty, 0);
            }

            JsonValueKind kind = _json.Kind;
            if (kind != JsonValueKind.Object)
            {
                return Mismatch(kind);
            }

            if (!ReadObject(KindRoot, 1))
            {
                return false;
            }

            int close = _json.ClosePosition;
            _json.SkipWhitespace();
            if (!_json.AtEnd)
            {
                return _json.Fail(DecodeError.Syntax, _json.Position);
            }

            Snapshot s = _target;
            if (Value.IsMissing(s.Version) || Value.IsMissing(s.Seq) || Value.IsMissing(s.AsOf))
            {
                return _json.Fail(DecodeError.MissingField, close);
            }

            return true;
        }

        // On the '{' of an object of the given kind sitting at depth; its members sit one deeper.
        private bool ReadObject(int kind, int depth)
        {
            if (!_json.EnterObject(depth))
            {
                return false;
            }

            bool first = true;
            while (_json.NextMember(first))
            {
                first = false;
                if (!ReadMember(kind, depth + 1))
                {
                    return false;
                }
            }

            return !_json.Failed;
        }

        // On a member's value, its name in the cursor's buffer.
        private bool ReadMember(int kind, int depth)
        {
            switch (kind)
            {
                case KindRoot:
                    return RootMember(depth);
                case KindPrice:
                    return PriceMember(depth);
                case KindRisk:
                    return RiskMember(depth);
                case KindInputs:
                    return InputsMember(depth);
                case KindParts:
                    return PartsMember(depth);
                case KindLiq:
                    return LiqMember(depth);
                case KindWindow:
                    return WindowMember(depth);
                case KindSpot:
                    return SpotMember(depth);
                case KindAlert:
                    return AlertMember(depth);
                case KindSource:
                    return SourceMember(depth);
                default:
                    return _json.SkipValue(depth);
            }
        }

        private bool Key(char[] name)
        {
            return _json.CharsEqual(name);
        }

        // A repeated member replaces the earlier one ("last wins"), so each section is cleared before it is read.
        private bool RootMember(int depth)
        {
            Snapshot s = _target;
            if (Key(SnapshotKeys.V))
            {
                return ReadVersion();
            }

            if (Key(SnapshotKeys.Seq))
            {
                return ReadInteger(0, Huge, ref s.Seq);
            }

            if (Key(SnapshotKeys.AsOf))
            {
                return ReadInteger(0, Huge, ref s.AsOf);
            }

            if (Key(SnapshotKeys.Asset))
            {
                return ReadText(ref s.Asset);
            }

            if (Key(SnapshotKeys.WaitMax))
            {
                return ReadInteger(1, 30, ref s.WaitMax);
            }

            if (Key(SnapshotKeys.Price))
            {
                s.Price.Clear();
                return ReadSection(KindPrice, depth, ref s.Price.Present);
            }

            if (Key(SnapshotKeys.Risk))
            {
                s.Risk.Clear();
                return ReadSection(KindRisk, depth, ref s.Risk.Present);
            }

            if (Key(SnapshotKeys.Liq))
            {
                s.Liq.Clear();
                _hourlyLongCount = -1;
                _hourlyShortCount = -1;
                return ReadSection(KindLiq, depth, ref s.Liq.Present) && FinishHourly();
            }

            if (Key(SnapshotKeys.Spot))
            {
                s.Spot.Clear();
                return ReadSection(KindSpot, depth, ref s.Spot.Present);
            }

            if (Key(SnapshotKeys.Alert))
            {
                s.Alert.Clear();
                return ReadSection(KindAlert, depth, ref s.Alert.Present);
            }

            if (Key(SnapshotKeys.Sources))
            {
                return ReadSources(depth);
            }

            return _json.SkipValue(depth);
        }

        private bool PriceMember(int depth)
        {
            PriceSection p = _target.Price;
            if (Key(SnapshotKeys.Usd))
            {
                return ReadScaled(2, 0, Huge, ref p.UsdCents);
            }

            if (Key(SnapshotKeys.Chg24hPct))
            {
                return ReadScaled(2, PercentFloorE2, Huge, ref p.Chg24hPctE2);
            }

            return _json.SkipValue(depth);
        }

        private bool RiskMember(int depth)
        {
            RiskSection r = _target.Risk;
            if (Key(SnapshotKeys.Score))
            {
                return ReadScaled(0, 0, 100, ref r.Score);
            }

            if (Key(SnapshotKeys.Inputs))
            {
                r.ClearInputs();
                return ReadNested(KindInputs, depth);
            }

            if (Key(SnapshotKeys.Parts))
            {
                r.ClearParts();
                return ReadNested(KindParts, depth);
            }

            return _json.SkipValue(depth);
        }

        private bool InputsMember(int depth)
        {
            RiskSection r = _target.Risk;
            if (Key(SnapshotKeys.FundingPct8h))
            {
                return ReadScaled(4, -Huge, Huge, ref r.FundingPct8hE4);
            }

            if (Key(SnapshotKeys.OiUsd))
            {
                return ReadInteger(0, Huge, ref r.OiUsd);
            }

            if (Key(SnapshotKeys.OiChg24hPct))
            {
                return ReadScaled(2, PercentFloorE2, Huge, ref r.OiChg24hPctE2);
            }

            if (Key(SnapshotKeys.TakerBuySell))
            {
                return ReadScaled(3, 0, Huge, ref r.TakerBuySellE3);
            }

            if (Key(SnapshotKeys.TakerBuySellBybit))
            {
                return ReadScaled(3, 0, Huge, ref r.TakerBuySellBybitE3);
            }

            if (Key(SnapshotKeys.TakerBucketMin))
            {
                return ReadInteger(1, 1440, ref r.TakerBucketMin);
            }

            if (Key(SnapshotKeys.LongShortRatio))
            {
                return ReadScaled(3, 0, Huge, ref r.LongShortRatioE3);
            }

            return _json.SkipValue(depth);
        }

        private bool PartsMember(int depth)
        {
            RiskSection r = _target.Risk;
            if (Key(SnapshotKeys.Funding))
            {
                return ReadScaled(0, 0, 100, ref r.PartFunding);
            }

            if (Key(SnapshotKeys.Oi))
            {
                return ReadScaled(0, 0, 100, ref r.PartOpenInterest);
            }

            if (Key(SnapshotKeys.Taker))
            {
                return ReadScaled(0, 0, 100, ref r.PartTaker);
            }

            if (Key(SnapshotKeys.LongShort))
            {
                return ReadScaled(0, 0, 100, ref r.PartLongShort);
            }

            if (Key(SnapshotKeys.Liq))
            {
                return ReadScaled(0, 0, 100, ref r.PartLiquidations);
            }

            return _json.SkipValue(depth);
        }

        private bool LiqMember(int depth)
        {
            LiqSection l = _target.Liq;
            if (Key(SnapshotKeys.LowerBound))
            {
                return ReadBool(ref l.LowerBound, true);
            }

            if (Key(SnapshotKeys.M5))
            {
                return ReadWindow(l.M5, depth);
            }

            if (Key(SnapshotKeys.H1))
            {
                return ReadWindow(l.H1, depth);
            }

            if (Key(SnapshotKeys.H4))
            {
                return ReadWindow(l.H4, depth);
            }

            if (Key(SnapshotKeys.H24))
            {
                return ReadWindow(l.H24, depth);
            }

            if (Key(SnapshotKeys.HourlyLongM))
            {
                return ReadHourly(l.HourlyLongM, true, depth);
            }

            if (Key(SnapshotKeys.HourlyShortM))
            {
                return ReadHourly(l.HourlyShortM, false, depth);
            }

            if (Key(SnapshotKeys.Venues))
            {
                _target.Liq.VenueCount = ReadIds(depth, _target.Liq.Venues);
                return !_json.Failed;
            }

            return _json.SkipValue(depth);
        }

        private bool WindowMember(int depth)
        {
            if (Key(SnapshotKeys.Long))
            {
                return ReadInteger(0, Huge, ref _window.Long);
            }

            if (Key(SnapshotKeys.Short))
            {
                return ReadInteger(0, Huge, ref _window.Short);
            }

            if (Key(SnapshotKeys.BtcLong))
            {
                return ReadInteger(0, Huge, ref _window.BtcLong);
            }

            if (Key(SnapshotKeys.BtcShort))
            {
                return ReadInteger(0, Huge, ref _window.BtcShort);
            }

            if (Key(SnapshotKeys.CoveredS))
            {
                return ReadInteger(0, MaxCoveredS, ref _window.CoveredS);
            }

            return _json.SkipValue(depth);
        }

        private bool SpotMember(int depth)
        {
            SpotSection p = _target.Spot;
            if (Key(SnapshotKeys.BinanceSharePct))
            {
                return ReadScaled(2, 0, 10000, ref p.BinanceSharePctE2);
            }

            if (Key(SnapshotKeys.Venues))
            {
                return ReadInteger(1, 1000, ref p.Venues);
            }

            if (Key(SnapshotKeys.BinanceUsd24h))
            {
                return ReadInteger(0, Huge, ref p.BinanceUsd24h);
            }

            if (Key(SnapshotKeys.OthersUsd24h))
            {
                return ReadInteger(0, Huge, ref p.OthersUsd24h);
            }

            if (Key(SnapshotKeys.DeltaUsd24h))
            {
                return ReadInteger(-Huge, Huge, ref p.DeltaUsd24h);
            }

            if (Key(SnapshotKeys.DeltaUsd1h))
            {
                return ReadInteger(-Huge, Huge, ref p.DeltaUsd1h);
            }

            if (Key(SnapshotKeys.DeltaVenues))
            {
                p.DeltaVenueCount = ReadIds(depth, p.DeltaVenues);
                return !_json.Failed;
            }

            return _json.SkipValue(depth);
        }

        private bool AlertMember(int depth)
        {
            AlertSection a = _target.Alert;
            if (Key(SnapshotKeys.Level))
            {
                long level = Value.Missing;
                if (!ReadInteger(0, 3, ref level))
                {
                    return false;
                }

                a.Level = Value.IsMissing(level) ? AlertLevel.None : (AlertLevel)(int)level;
                return true;
            }

            if (Key(SnapshotKeys.Side))
            {
                return ReadSide(a);
            }

            if (Key(SnapshotKeys.StartedAt))
            {
                return ReadInteger(0, Huge, ref a.StartedAt);
            }

            if (Key(SnapshotKeys.M5Usd))
            {
                return ReadInteger(0, Huge, ref a.M5Usd);
            }

            if (Key(SnapshotKeys.EventUsd))
            {
                return ReadInteger(0, Huge, ref a.EventUsd);
            }

            if (Key(SnapshotKeys.PriceChgPct))
            {
                return ReadScaled(2, PercentFloorE2, Huge, ref a.PriceChgPctE2);
            }

            if (Key(SnapshotKeys.Headline))
            {
                return ReadText(ref a.Headline);
            }

            return _json.SkipValue(depth);
        }

        private bool SourceMember(int depth)
        {
            if (Key(SnapshotKeys.Ok))
            {
                return ReadBool(ref _source.Ok, false);
            }

            if (Key(SnapshotKeys.AgeS))
            {
                return ReadInteger(0, Huge, ref _source.AgeS);
            }

            return _json.SkipValue(depth);
        }

        // A known member of the wrong JSON type; a byte that starts no value at all is a syntax error instead.
        private bool Mismatch(JsonValueKind kind)
        {
            return kind == JsonValueKind.None ? _json.Unexpected() : _json.Fail(DecodeError.WrongType, _json.Position);
        }

        private bool ReadSection(int kind, int depth, ref bool present)
        {
            JsonValueKind k = _json.Kind;
            if (k == JsonValueKind.Null)
            {
                return _json.ReadNull();
            }

            if (k != JsonValueKind.Object)
            {
                return Mismatch(k);
            }

            present = true;
            return ReadObject(kind, depth);
        }

        private bool ReadNested(int kind, int depth)
        {
            JsonValueKind k = _json.Kind;
            if (k == JsonValueKind.Null)
            {
                return _json.ReadNull();
            }

            return k == JsonValueKind.Object ? ReadObject(kind, depth) : Mismatch(k);
        }

        private bool ReadWindow(LiqWindow window, int depth)
        {
            window.Clear();
            _window = window;
            return ReadNested(KindWindow, depth);
        }

        private bool ReadVersion()
        {
            int at = _json.Position;
            JsonValueKind k = _json.Kind;
            if (k == JsonValueKind.Null)
            {
                _target.Version = Value.Missing;
                return _json.ReadNull();
            }

            if (k != JsonValueKind.Number)
            {
                return Mismatch(k);
            }

            long v;
            bool exact;
            if (!_json.ReadNumber(0, out v, out exact))
            {
                return false;
            }

            // Stop at once: a later version may reshape what follows, and its errors would only mislead.
            if (!exact || v != 1)
            {
                return _json.Fail(DecodeError.UnsupportedVersion, at);
            }

            _target.Version = 1;
            return true;
        }

        // A number that must be a whole one (a fraction is WrongType), or null for Missing.
        private bool ReadInteger(long min, long max, ref long field)
        {
            return ReadNumber(0, true, min, max, ref field);
        }

        // A number scaled by 10^scale and rounded half away from zero, or null for Missing.
        private bool ReadScaled(int scale, long min, long max, ref long field)
        {
            return ReadNumber(scale, false, min, max, ref field);
        }

        private bool ReadNumber(int scale, bool whole, long min, long max, ref long field)
        {
            int at = _json.Position;
            JsonValueKind k = _json.Kind;
            if (k == JsonValueKind.Null)
            {
                field = Value.Missing;
                return _json.ReadNull();
            }

            if (k != JsonValueKind.Number)
            {
                return Mismatch(k);
            }

            long v;
            bool exact;
            if (!_json.ReadNumber(scale, out v, out exact))
            {
                return false;
            }

            if (whole && !exact)
            {
                return _json.Fail(DecodeError.WrongType, at);
            }

            if (v < min || v > max)
            {
                return _json.Fail(DecodeError.OutOfRange, at);
            }

            field = v;
            return true;
        }

        private bool ReadBool(ref bool field, bool whenNull)
        {
            switch (_json.Kind)
            {
                case JsonValueKind.True:
                    field = true;
                    return _json.ReadTrue();
                case JsonValueKind.False:
                    field = false;
                    return _json.ReadFalse();
                case JsonValueKind.Null:
                    field = whenNull;
                    return _json.ReadNull();
                default:
                    return Mismatch(_json.Kind);
            }
        }

        // A string kept by the snapshot (cut to JsonCursor.KeepChars characters), or null.
        private bool ReadText(ref string field)
        {
            JsonValueKind k = _json.Kind;
            if (k == JsonValueKind.Null)
            {
                field = null;
                return _json.ReadNull();
            }

            if (k != JsonValueKind.String)
            {
                return Mismatch(k);
            }

            if (!_json.ReadString())
            {
                return false;
            }

            field = _strings.Get(_json.Chars, _json.CharCount);
            return true;
        }

        private bool ReadSide(AlertSection alert)
        {
            int at = _json.Position;
            JsonValueKind k = _json.Kind;
            if (k == JsonValueKind.Null)
            {
                alert.Side = AlertSide.None;
                return _json.ReadNull();
            }

            if (k != JsonValueKind.String)
            {
                return Mismatch(k);
            }

            if (!_json.ReadString())
            {
                return false;
            }

            if (_json.CharsEqual(SnapshotKeys.Long))
            {
                alert.Side = AlertSide.Long;
                return true;
            }

            if (_json.CharsEqual(SnapshotKeys.Short))
            {
                alert.Side = AlertSide.Short;
                return true;
            }

            return _json.Fail(DecodeError.OutOfRange, at);
        }

        // Entries past an array's own length stay Missing; the count is settled when the liq object ends.
        private bool ReadHourly(long[] hourly, bool longs, int depth)
        {
            int at = _json.Position;
            LiqSection.ClearHourly(hourly);
            SetHourlyCount(longs, -1);
            JsonValueKind k = _json.Kind;
            if (k == JsonValueKind.Null)
            {
                return _json.ReadNull();
            }

            if (k != JsonValueKind.Array)
            {
                return Mismatch(k);
            }

            if (!_json.EnterArray(depth))
            {
                return false;
            }

            int count = 0;
            bool first = true;
            while (_json.NextElement(first))
            {
                first = false;
                if (count == hourly.Length)
                {
                    return _json.Fail(DecodeError.OutOfRange, _json.Position);
                }

                long v = Value.Missing;
                if (!ReadInteger(0, Huge, ref v))
                {
                    return false;
                }

                hourly[count++] = v;
            }

            if (_json.Failed)
            {
                return false;
            }

            SetHourlyCount(longs, count);
            _hourlyPosition = at;
            return true;
        }

        private void SetHourlyCount(bool longs, int count)
        {
            if (longs)
            {
                _hourlyLongCount = count;
            }
            else
            {
                _hourlyShortCount = count;
            }
        }

        // Both arrays count hours back from asOf, so two present arrays of different lengths cannot be lined up.
        private bool FinishHourly()
        {
            if (_hourlyLongCount >= 0 && _hourlyShortCount >= 0 && _hourlyLongCount != _hourlyShortCount)
            {
                return _json.Fail(DecodeError.OutOfRange, _hourlyPosition);
            }

            int count = _hourlyLongCount > _hourlyShortCount ? _hourlyLongCount : _hourlyShortCount;
            _target.Liq.HourlyCount = count > 0 ? count : 0;
            return true;
        }

        // An array of exchange ids into target (cleared first); returns how many were set. On failure the
        // decoder's error is set (callers check _json.Failed) and the count is 0.
        private int ReadIds(int depth, string[] target)
        {
            for (int i = 0; i < target.Length; i++)
            {
                target[i] = null;
            }

            JsonValueKind k = _json.Kind;
            if (k == JsonValueKind.Null)
            {
                _json.ReadNull();
                return 0;
            }

            if (k != JsonValueKind.Array)
            {
                Mismatch(k);
                return 0;
            }

            if (!_json.EnterArray(depth))
            {
                return 0;
            }

            int count = 0;
            bool first = true;
            while (_json.NextElement(first))
            {
                first = false;
                if (count == target.Length)
                {
                    _json.Fail(DecodeError.OutOfRange, _json.Position);
                    return 0;
                }

                k = _json.Kind;
                if (k != JsonValueKind.String)
                {
                    Mismatch(k);
                    return 0;
                }

                if (!_json.ReadString())
                {
                    return 0;
                }

                target[count++] = _strings.Get(_json.Chars, _json.CharCount);
            }

            return _json.Failed ? 0 : count;
        }

        // Member names are exchange ids, so this object is read here rather than through ReadObject.
        private bool ReadSources(int depth)
        {
            Snapshot s = _target;
            s.ClearSources();
            JsonValueKind k = _json.Kind;
            if (k == JsonValueKind.Null)
            {
                return _json.ReadNull();
            }

            if (k != JsonValueKind.Object)
            {
                return Mismatch(k);
            }

            if (!_json.EnterObject(depth))
            {
                return false;
            }

            bool first = true;
            while (_json.NextMember(first))
            {
                first = false;
                // Pooled first: a known id costs nothing, and comparing strings is one native call on nano.
                string name = _strings.Get(_json.Chars, _json.CharCount);
                SourceEntry entry = FindSource(name);
                if (entry == null)
                {
                    if (s.SourceCount == s.Sources.Length)
                    {
                        return _json.Fail(DecodeError.OutOfRange, _json.KeyPosition);
                    }

                    entry = s.Sources[s.SourceCount++];
                    entry.Name = name;
                }

                entry.Ok = false;
                entry.AgeS = Value.Missing;
                k = _json.Kind;
                if (k == JsonValueKind.Null)
                {
                    if (!_json.ReadNull())
                    {
                        return false;
                    }
                }
                else if (k == JsonValueKind.Object)
                {
                    _source = entry;
                    if (!ReadObject(KindSource, depth + 1))
                    {
                        return false;
                    }
                }
                else
                {
                    return Mismatch(k);
                }
            }

            return !_json.Failed;
        }

        // A repeated exchange id overwrites its first entry ("last wins") and keeps its place.
        private SourceEntry FindSource(string name)
        {
            Snapshot s = _target;
            for (int i = 0; i < s.SourceCount; i++)
            {
                if (s.Sources[i].Name == name)
                {
                    return s.Sources[i];
                }
            }

            return null;
        }
    }
}
