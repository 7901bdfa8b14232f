namespace Ticker.Data
{
    /// <summary>Words for <see cref="DecodeError"/> on the status screen (nanoCLR prints enums as numbers).</summary>
    public static class SnapshotErrors
    {
        public static string Describe(DecodeError error)
        {
            switch (error)
            {
                case DecodeError.None:
                    return "no error";
                case DecodeError.Empty:
                    return "empty body";
                case DecodeError.TooLarge:
                    return "too large";
                case DecodeError.Truncated:
                    return "cut short";
                case DecodeError.Syntax:
                    return "not JSON";
                case DecodeError.TooDeep:
                    return "nested too deep";
                case DecodeError.BadNumber:
                    return "bad number";
                case DecodeError.BadString:
                    return "bad text";
                case DecodeError.WrongType:
                    return "wrong type";
                case DecodeError.OutOfRange:
                    return "value out of range";
                case DecodeError.MissingField:
                    return "v, seq or asOf missing";
                case DecodeError.UnsupportedVersion:
                    return "unsupported version";
                case DecodeError.InvalidArgument:
                    return "nothing to decode";
                default:
                    return "error " + ((int)error).ToString();
            }
        }
    }
}
