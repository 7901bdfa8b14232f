using System;
using System.Collections.Generic;

namespace Ticker.Core.Tests.Nano
{
    /// <summary>
    /// Constructs that compile against nano mscorlib but crash or misbehave on nanoCLR, kept here (in a desktop
    /// test assembly, never in the core) as the negative control for <see cref="NanoAssemblyInspector"/>.
    /// </summary>
    public static class NanoHazards
    {
        public static List<int> Numbers = new();

        public static Action<string>? Callback;

        public interface IDescribed
        {
            string Describe() => "default interface method";
        }

        public sealed class GenericBox<T>
        {
            public T? Item;
        }

        public static T Identity<T>(T value) => value;

        // Defined here, as the core's enums are: the inspector recognises enums of the assembly it reads.
        public enum Level
        {
            Calm,
            Cascade,
        }

        public static string FormatLevel(Level level) => level.ToString();

        public static string FormatRatio(double ratio) => ratio.ToString();

        public static string ConcatLevel(Level level) => "level " + level;

        public static object BoxLevel(Level level) => level;
    }
}
