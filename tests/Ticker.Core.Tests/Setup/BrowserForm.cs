using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;

namespace Ticker.Core.Tests.Setup
{
    /// <summary>
    /// What a browser sends when the setup page's form is submitted unchanged (or with some fields edited): each
    /// text input's value, each select's selected option, ticked checkboxes only, URL-encoded as
    /// application/x-www-form-urlencoded (WebUtility.UrlEncode: spaces as '+', UTF-8 percent-encoded).
    /// </summary>
    internal static class BrowserForm
    {
        private static readonly Regex Input = new("<input (?<attrs>[^>]*)>");
        private static readonly Regex Select = new("<select (?<attrs>[^>]*)>(?<options>.*?)</select>");
        private static readonly Regex Attr = new("(?<name>[a-z]+)(=\"(?<value>[^\"]*)\")?");

        public static List<KeyValuePair<string, string>> Fields(string html)
        {
            var fields = new List<KeyValuePair<string, string>>();
            foreach (Match input in Input.Matches(html))
            {
                var attrs = Attributes(input.Groups["attrs"].Value);
                if (attrs.GetValueOrDefault("type") == "checkbox" && !attrs.ContainsKey("checked"))
                {
                    continue;
                }

                fields.Add(new(attrs["name"]!, attrs.GetValueOrDefault("value") ?? (attrs.GetValueOrDefault("type") == "checkbox" ? "on" : "")));
            }

            foreach (Match select in Select.Matches(html))
            {
                var attrs = Attributes(select.Groups["attrs"].Value);
                var selected = Regex.Match(select.Groups["options"].Value, "<option value=\"(?<v>[^\"]*)\" selected>");
                var first = Regex.Match(select.Groups["options"].Value, "<option value=\"(?<v>[^\"]*)\"");
                fields.Add(new(attrs["name"]!, WebUtility.HtmlDecode((selected.Success ? selected : first).Groups["v"].Value)));
            }

            return fields;
        }

        public static string Encode(IEnumerable<KeyValuePair<string, string>> fields) =>
            string.Join("&", fields.Select(f => WebUtility.UrlEncode(f.Key) + "=" + WebUtility.UrlEncode(f.Value)));

        public static string Submit(string html, params (string Name, string Value)[] edits)
        {
            var fields = Fields(html);
            foreach (var (name, value) in edits)
            {
                fields.RemoveAll(f => f.Key == name);
                fields.Add(new(name, value));
            }

            return Encode(fields);
        }

        private static Dictionary<string, string?> Attributes(string text)
        {
            var attrs = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (Match a in Attr.Matches(text))
            {
                attrs[a.Groups["name"].Value] = a.Groups["value"].Success ? WebUtility.HtmlDecode(a.Groups["value"].Value) : null;
            }

            return attrs;
        }
    }
}
