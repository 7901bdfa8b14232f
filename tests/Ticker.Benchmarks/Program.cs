using System;

namespace Ticker.Benchmarks
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            string name = args.Length > 0 ? args[0] : "";
            switch (name)
            {
                default:
                    Console.Error.WriteLine(name.Length == 0 ? "usage: Ticker.Benchmarks <name>" : $"unknown benchmark '{name}'");
                    Console.Error.WriteLine("benchmarks: (none yet)");
                    return name.Length == 0 ? 0 : 2;
            }
        }
    }
}
