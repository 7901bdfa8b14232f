using System.Threading;

namespace Ticker
{
    /// <summary>
    /// The device app's entry point. It will hold only the adapters from the core's platform interfaces to the
    /// nanoFramework libraries (display, Wi-Fi, HTTP, LED, buttons); all behaviour lives in Ticker.Core.
    /// </summary>
    public static class Program
    {
        public static void Main()
        {
            // The adapters and the run loop arrive with the firmware work (docs/firmware.md); until then the
            // app only proves that the core links into a nanoFramework assembly.
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
