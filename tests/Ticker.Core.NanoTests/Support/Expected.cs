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
            0x44AA81C6, // snapshot-calm.json
            0x5E1B2EA4, // snapshot-building.json
            0x5B05A2E9, // snapshot-cascade.json
            0xBB829BEF, // snapshot-partial.json
            0xA0C690B1, // snapshot-young.json
        };

        /// <summary>The fingerprint of an empty snapshot: what a failed decode must leave behind.</summary>
        public const uint EmptyFingerprint = 0xB63EF5BC;

        /// <summary>The drawing fingerprint of <see cref="AppScenario.Play"/> on the t-display (240x135).</summary>
        public const uint AppScenarioDisplay = 0xA5CF7C2D;

        /// <summary>The drawing fingerprint (<see cref="ScreenRun.Hash"/>) of every board and screen.</summary>
        public static readonly ScreenHash[] ScreenHashes =
        {
            new ScreenHash("t-display", ScreenId.Gauge, 0x96AD4068),
            new ScreenHash("t-display", ScreenId.Liquidations, 0x7DB45BC0),
            new ScreenHash("t-display", ScreenId.Spot, 0x9EAF382E),
            new ScreenHash("t-display", ScreenId.Market, 0x2FBF93A5),
            new ScreenHash("t-display", ScreenId.Status, 0xA8AB1314),
            new ScreenHash("wrover-kit", ScreenId.Gauge, 0x0AE99272),
            new ScreenHash("wrover-kit", ScreenId.Liquidations, 0xED4D9514),
            new ScreenHash("wrover-kit", ScreenId.Spot, 0x574C65C7),
            new ScreenHash("wrover-kit", ScreenId.Market, 0xAB0AD667),
            new ScreenHash("wrover-kit", ScreenId.Status, 0xC4B3634B),
            new ScreenHash("m5stack-core", ScreenId.Gauge, 0x0AE99272),
            new ScreenHash("m5stack-core", ScreenId.Liquidations, 0xED4D9514),
            new ScreenHash("m5stack-core", ScreenId.Spot, 0x574C65C7),
            new ScreenHash("m5stack-core", ScreenId.Market, 0xAB0AD667),
            new ScreenHash("m5stack-core", ScreenId.Status, 0xB13B0D79),
            new ScreenHash("diy-ili9341", ScreenId.Gauge, 0x0AE99272),
            new ScreenHash("diy-ili9341", ScreenId.Liquidations, 0xED4D9514),
            new ScreenHash("diy-ili9341", ScreenId.Spot, 0x574C65C7),
            new ScreenHash("diy-ili9341", ScreenId.Market, 0xAB0AD667),
            new ScreenHash("diy-ili9341", ScreenId.Status, 0x37F082EC),
        };
    }
}
