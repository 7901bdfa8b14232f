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
            0x60DE362A, // snapshot-calm.json
            0x54E71822, // snapshot-building.json
            0x39001933, // snapshot-cascade.json
            0x0CDE97CF, // snapshot-partial.json
            0xE9951C31, // snapshot-young.json
        };

        /// <summary>The fingerprint of an empty snapshot: what a failed decode must leave behind.</summary>
        public const uint EmptyFingerprint = 0x125F6C3C;

        /// <summary>The drawing fingerprint of <see cref="AppScenario.Play"/> on the t-display (240x135).</summary>
        public const uint AppScenarioDisplay = 0x0509F33D;

        /// <summary>The drawing fingerprint (<see cref="ScreenRun.Hash"/>) of every board and screen.</summary>
        public static readonly ScreenHash[] ScreenHashes =
        {
            new ScreenHash("t-display", ScreenId.Gauge, 0x99C25784),
            new ScreenHash("t-display", ScreenId.Liquidations, 0xA4C130F2),
            new ScreenHash("t-display", ScreenId.Spot, 0xDBE6767F),
            new ScreenHash("t-display", ScreenId.Market, 0xC2BD1ED4),
            new ScreenHash("t-display", ScreenId.Status, 0x65D88938),
            new ScreenHash("wrover-kit", ScreenId.Gauge, 0x0DF81480),
            new ScreenHash("wrover-kit", ScreenId.Liquidations, 0x7C1FCAF6),
            new ScreenHash("wrover-kit", ScreenId.Spot, 0x02432ED0),
            new ScreenHash("wrover-kit", ScreenId.Market, 0xE3D9A842),
            new ScreenHash("wrover-kit", ScreenId.Status, 0xEAB4B399),
            new ScreenHash("m5stack-core", ScreenId.Gauge, 0x0DF81480),
            new ScreenHash("m5stack-core", ScreenId.Liquidations, 0x7C1FCAF6),
            new ScreenHash("m5stack-core", ScreenId.Spot, 0x02432ED0),
            new ScreenHash("m5stack-core", ScreenId.Market, 0xE3D9A842),
            new ScreenHash("m5stack-core", ScreenId.Status, 0xD0ED68BB),
            new ScreenHash("diy-ili9341", ScreenId.Gauge, 0x0DF81480),
            new ScreenHash("diy-ili9341", ScreenId.Liquidations, 0x7C1FCAF6),
            new ScreenHash("diy-ili9341", ScreenId.Spot, 0x02432ED0),
            new ScreenHash("diy-ili9341", ScreenId.Market, 0xE3D9A842),
            new ScreenHash("diy-ili9341", ScreenId.Status, 0xF8110436),
        };

        /// <summary>The drawing fingerprint (<see cref="SelfTestRun.Hash"/>) of every board's self-test.</summary>
        public static readonly BoardHash[] SelfTestHashes =
        {
            new BoardHash("t-display", 0x5C42BBEB),
            new BoardHash("wrover-kit", 0xFDCCD640),
            new BoardHash("m5stack-core", 0xA974BD0C),
            new BoardHash("diy-ili9341", 0x5819D44B),
        };
    }
}
