using System.Collections.Generic;
using Ticker.Feed.Replay;

namespace Ticker.Feed.Scenarios
{
    /// <summary>What the generator makes of a description.</summary>
    /// <param name="Recording">The recording, one record per line, sorted by receive time.</param>
    /// <param name="MarkersJson">The markers sidecar: <c>{"markers":[{"atMs":..,"label":..}],...}</c>.</param>
    /// <param name="Markers">The phases' starts, simulated ms since the scenario's start.</param>
    /// <param name="Liquidations">Every liquidation written, as the feed should count it (the tests' ground truth).</param>
    /// <param name="Records">Lines in the recording.</param>
    public sealed record GeneratedScenario(byte[] Recording, byte[] MarkersJson, IReadOnlyList<ReplayMarker> Markers, IReadOnlyList<GeneratedLiquidation> Liquidations, int Records);
}
