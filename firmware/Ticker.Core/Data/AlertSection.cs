namespace Ticker.Data
{
    /// <summary>
    /// The snapshot's <c>alert</c> section. An absent section, or one without <c>level</c>, means
    /// <see cref="AlertLevel.None"/>. Plain fields, refilled in place by the decoder.
    /// </summary>
    public sealed class AlertSection
    {
        /// <summary>The longest headline kept, in characters (Unicode code points); longer ones are cut.</summary>
        public const int HeadlineMaxChars = 24;

        /// <summary>True when the snapshot had an <c>alert</c> object.</summary>
        public bool Present;

        /// <summary><c>alert.level</c>.</summary>
        public AlertLevel Level;

        /// <summary><c>alert.side</c>: which positions are being liquidated; <see cref="AlertSide.None"/> when null or absent.</summary>
        public AlertSide Side;

        /// <summary><c>alert.startedAt</c>: when the alert began, unix seconds.</summary>
        public long StartedAt;

        /// <summary><c>alert.m5Usd</c>: USD liquidated on the alert's side over the last 5 minutes.</summary>
        public long M5Usd;

        /// <summary><c>alert.eventUsd</c>: USD liquidated on the alert's side since the 5-minute window that raised it (the event's running total).</summary>
        public long EventUsd;

        /// <summary><c>alert.priceChgPct</c>: price change since <see cref="StartedAt"/>, hundredths of a percent.</summary>
        public long PriceChgPctE2;

        /// <summary><c>alert.headline</c> for the banner, at most <see cref="HeadlineMaxChars"/> characters; null when absent.</summary>
        public string Headline;

        public AlertSection()
        {
            Clear();
        }

        /// <summary>Marks the section absent, the level None and every field unknown.</summary>
        public void Clear()
        {
            Present = false;
            Level = AlertLevel.None;
            Side = AlertSide.None;
            StartedAt = Value.Missing;
            M5Usd = Value.Missing;
            EventUsd = Value.Missing;
            PriceChgPctE2 = Value.Missing;
            Headline = null;
        }
    }
}
