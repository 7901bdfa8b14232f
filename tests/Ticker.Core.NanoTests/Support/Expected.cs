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
        public const uint AppScenarioDisplay = 0xBF285FB5;

        /// <summary>The drawing fingerprint (<see cref="ScreenRun.Hash"/>) of every board and screen.</summary>
        public static readonly ScreenHash[] ScreenHashes =
        {
            new ScreenHash("t-display", ScreenId.Gauge, 0xA13C25D6),
            new ScreenHash("t-display", ScreenId.Liquidations, 0x3637A725),
            new ScreenHash("t-display", ScreenId.Spot, 0x1DCC7282),
            new ScreenHash("t-display", ScreenId.Market, 0xB14015E8),
            new ScreenHash("t-display", ScreenId.Status, 0xB4E12336),
            new ScreenHash("wrover-kit", ScreenId.Gauge, 0x9A627C0B),
            new ScreenHash("wrover-kit", ScreenId.Liquidations, 0xF882D305),
            new ScreenHash("wrover-kit", ScreenId.Spot, 0x571AD912),
            new ScreenHash("wrover-kit", ScreenId.Market, 0x0D97ADA8),
            new ScreenHash("wrover-kit", ScreenId.Status, 0x316F5B6E),
            new ScreenHash("m5stack-core", ScreenId.Gauge, 0x9A627C0B),
            new ScreenHash("m5stack-core", ScreenId.Liquidations, 0xF882D305),
            new ScreenHash("m5stack-core", ScreenId.Spot, 0x571AD912),
            new ScreenHash("m5stack-core", ScreenId.Market, 0x0D97ADA8),
            new ScreenHash("m5stack-core", ScreenId.Status, 0xCCCAC108),
            new ScreenHash("diy-ili9341", ScreenId.Gauge, 0x9A627C0B),
            new ScreenHash("diy-ili9341", ScreenId.Liquidations, 0xF882D305),
            new ScreenHash("diy-ili9341", ScreenId.Spot, 0x571AD912),
            new ScreenHash("diy-ili9341", ScreenId.Market, 0x0D97ADA8),
            new ScreenHash("diy-ili9341", ScreenId.Status, 0x719A297D),
        };
    }
}
