using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Ticker.Data;

namespace Ticker.Core.Tests.Data
{
    /// <summary>Shared helpers of the snapshot tests: the docs examples, decoding from text, and a readable dump of a snapshot.</summary>
    internal static class SnapshotTestKit
    {
        public const string Header = "{\"v\":1,\"seq\":7,\"asOf\":1795000000";

        /// <summary>The docs/examples copied next to the tests by the test project.</summary>
        public static string ExamplesDir => Path.Combine(AppContext.BaseDirectory, "examples");

        public static string[] ExampleFiles() =>
            Directory.GetFiles(ExamplesDir, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();

        public static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(ExamplesDir, name));

        public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

        /// <summary>Decodes text with a fresh decoder; the snapshot comes back even when decoding failed.</summary>
        public static (bool Ok, SnapshotDecoder Decoder, Snapshot Snapshot) Decode(string json) => Decode(Utf8(json));

        public static (bool Ok, SnapshotDecoder Decoder, Snapshot Snapshot) Decode(byte[] bytes)
        {
            var decoder = new SnapshotDecoder();
            var snapshot = new Snapshot();
            bool ok = decoder.Decode(bytes, 0, bytes.Length, snapshot);
            return (ok, decoder, snapshot);
        }

        /// <summary>Decodes a document made of the required header plus <paramref name="members"/> (",\"price\":{...}").</summary>
        public static Snapshot DecodeValid(string members)
        {
            var (ok, decoder, snapshot) = Decode(Header + members + "}");
            if (!ok)
            {
                throw new InvalidOperationException($"decode failed: {decoder.Error} at {decoder.ErrorPosition} in {Header + members + "}"}");
            }

            return snapshot;
        }

        /// <summary>Every public field of the snapshot, recursively, one "path=value" per line (Missing spelled out).</summary>
        public static string Dump(Snapshot snapshot)
        {
            var text = new StringBuilder();
            DumpObject(snapshot, "", text);
            return text.ToString();
        }

        private static void DumpObject(object? value, string path, StringBuilder text)
        {
            switch (value)
            {
                case null:
                    text.Append(path).Append("=null\n");
                    return;
                case long number:
                    text.Append(path).Append('=').Append(number == Value.Missing ? "Missing" : number.ToString(CultureInfo.InvariantCulture)).Append('\n');
                    return;
                case string or bool or int or Enum:
                    text.Append(path).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
                    return;
                case IList list:
                    for (int i = 0; i < list.Count; i++)
                    {
                        DumpObject(list[i], path + "[" + i + "]", text);
                    }

                    return;
            }

            foreach (var field in value.GetType().GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                DumpObject(field.GetValue(value), path.Length == 0 ? field.Name : path + "." + field.Name, text);
            }
        }
    }
}
