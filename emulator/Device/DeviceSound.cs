namespace Ticker.Emulator.Device
{
    /// <summary>A sound the core started or stopped: the pattern's name and its tones as [Hz, ms] pairs, or a stop.</summary>
    /// <param name="Pattern">The core's pattern name (SoundPatterns: Warning, Cascade), or null for a stop.</param>
    /// <param name="Tones">Frequency (0 = rest) and length of each tone, in order; empty for a stop.</param>
    /// <param name="Seq">Counts the sound events of this power cycle, so a page can tell two plays of one pattern apart.</param>
    public sealed record DeviceSound(string? Pattern, int[][] Tones, int Seq);
}
