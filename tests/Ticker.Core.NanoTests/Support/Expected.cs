using Ticker.App;

namespace Ticker.Core.NanoTests.Support
{
    /// <summary>
    /// Figures the .NET build of the core produces, which the device must reproduce. Computed and checked on every
    /// `dotnet test` by tests/Ticker.Core.Tests/Nano/NanoTestFiguresTests: when the core, the examples or the screens change
    /// on purpose, that test fails and its message is the new text of this file's tables.
    /// </summary>
    public static class Expected
    {
        /// <summary>The fingerprint (<see cref="SnapshotFingerprint"/>) of each example decoded, in <see cref="DocExamples.Names"/> order.</summary>
        public static readonly uint[] ExampleFingerprints =
        {
            0x83113396, // snapshot-calm.json
            0x7DD44BF4, // snapshot-building.json
            0xCAE7AE59, // snapshot-cascade.json
            0x1905033F, // snapshot-partial.json
        };

        /// <summary>The fingerprint of an empty snapshot: what a failed decode must leave behind.</summary>
        public const uint EmptyFingerprint = 0xB8ADF03C;

        /// <summary>The drawing fingerprint of <see cref="AppScenario.Play"/> on the t-display (240x135).</summary>
        public const uint AppScenarioDisplay = 0x86218CD7;

        /// <summary>The drawing fingerprint (<see cref="ScreenRun.Hash"/>) of every board and screen.</summary>
        public static readonly ScreenHash[] ScreenHashes =
        {
            new ScreenHash("t-display", ScreenId.Gauge, 0x17311E86),
            new ScreenHash("t-display", ScreenId.Liquidations, 0x7DB45BC0),
            new ScreenHash("t-display", ScreenId.Spot, 0x9EAF382E),
            new ScreenHash("t-display", ScreenId.Market, 0x882A33AC),
            new ScreenHash("t-display", ScreenId.Status, 0xA8AB1314),
            new ScreenHash("wrover-kit", ScreenId.Gauge, 0x267E98EE),
            new ScreenHash("wrover-kit", ScreenId.Liquidations, 0xED4D9514),
            new ScreenHash("wrover-kit", ScreenId.Spot, 0x574C65C7),
            new ScreenHash("wrover-kit", ScreenId.Market, 0x80850A25),
            new ScreenHash("wrover-kit", ScreenId.Status, 0xC4B3634B),
            new ScreenHash("m5stack-core", ScreenId.Gauge, 0x267E98EE),
            new ScreenHash("m5stack-core", ScreenId.Liquidations, 0xED4D9514),
            new ScreenHash("m5stack-core", ScreenId.Spot, 0x574C65C7),
            new ScreenHash("m5stack-core", ScreenId.Market, 0x80850A25),
            new ScreenHash("m5stack-core", ScreenId.Status, 0xB13B0D79),
            new ScreenHash("diy-ili9341", ScreenId.Gauge, 0x267E98EE),
            new ScreenHash("diy-ili9341", ScreenId.Liquidations, 0xED4D9514),
            new ScreenHash("diy-ili9341", ScreenId.Spot, 0x574C65C7),
            new ScreenHash("diy-ili9341", ScreenId.Market, 0x80850A25),
            new ScreenHash("diy-ili9341", ScreenId.Status, 0x37F082EC),
        };
    }
}
