using System;
using System.IO;
using System.Net;
using System.Net.NetworkInformation;
using System.Threading;
using Iot.Device.DhcpServer;
using nanoFramework.Runtime.Native;
using Ticker.Config;
using Ticker.Platform;
using Ticker.Setup;

namespace Ticker
{
    /// <summary>
    /// Setup mode: an open access point named Ticker-XXXX at 192.168.4.1 with a DHCP server and a tiny HTTP server
    /// that moves bytes to and from the core's SetupSite (the page, the form, the checks and the settings file are
    /// all the core's). Saving writes the settings file, turns the access point off and restarts. Follows the
    /// nanoFramework WiFiAP sample: the access point configuration only takes effect after a restart.
    /// </summary>
    public static class SetupMode
    {
        public const string Address = "192.168.4.1";
        private const string Mask = "255.255.255.0";
        private const string RequestMarker = "I:\\setup.req";
        private const string SelfTestMarker = "I:\\selftest.req";
        private const int RestartDelayMs = 1000;

        /// <summary>Leaves a note for the next boot to start in setup mode (the button gesture asked for it).</summary>
        public static void RequestOnNextBoot()
        {
            File.WriteAllBytes(RequestMarker, new byte[0]);
        }

        /// <summary>True (once) when the previous run asked for setup mode.</summary>
        public static bool TakeRequest()
        {
            return TakeMarker(RequestMarker);
        }

        /// <summary>True (once) when the setup page asked for the self-test before the restart.</summary>
        public static bool TakeSelfTestRequest()
        {
            return TakeMarker(SelfTestMarker);
        }

        private static bool TakeMarker(string path)
        {
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }

        /// <summary>
        /// Back to station mode for the next boot (on every normal boot, and after saving): the access point off, the
        /// Wi-Fi station on again. Writes the configuration only when something changes.
        /// </summary>
        public static void LeaveAccessPointMode()
        {
            EnableStation();
            DisableAccessPoint();
        }

        private static void DisableAccessPoint()
        {
            NetworkInterface apInterface = ApInterface();
            if (apInterface == null)
            {
                return;
            }

            WirelessAPConfiguration ap = WirelessAPConfiguration.GetAllWirelessAPConfigurations()[apInterface.SpecificConfigId];
            if (ap.Options != WirelessAPConfiguration.ConfigurationOptions.None)
            {
                ap.Options = WirelessAPConfiguration.ConfigurationOptions.None;
                ap.SaveConfiguration();
            }
        }

        /// <summary>Serves the setup page until the user saves; never returns (the device restarts).</summary>
        public static void Run(SetupSite site, SettingsFile store, string apName, ILog log)
        {
            if (!AccessPointReady(apName))
            {
                log.Write(LogLevel.Info, "access point " + apName + " configured: restarting to start it");
                Power.RebootDevice();
            }

            var dhcp = new DhcpServer { CaptivePortalUrl = "http://" + Address };
            if (!dhcp.Start(IPAddress.Parse(Address), IPAddress.Parse(Mask)))
            {
                log.Write(LogLevel.Error, "DHCP server did not start: restarting");
                Power.RebootDevice();
            }

            var listener = new HttpListener("http");
            listener.Start();
            while (true)
            {
                HttpListenerContext context = listener.GetContext();
                if (context != null && Serve(context, site, store, log))
                {
                    LeaveAccessPointMode();
                    Thread.Sleep(RestartDelayMs); // lets the "saved" page leave before the radio goes down
                    Power.RebootDevice();
                }
            }
        }

        // One request; true when the device should restart: the settings were saved, or the self-test was asked for.
        private static bool Serve(HttpListenerContext context, SetupSite site, SettingsFile store, ILog log)
        {
            HttpListenerRequest request = context.Request;
            int declared = (int)request.ContentLength64;
            byte[] body = ReadBody(request.InputStream, declared);
            SetupResponse answer = site.Handle(request.HttpMethod, request.RawUrl, body, declared);

            bool saved = false;
            if (answer.SaveAndReboot)
            {
                string error;
                saved = store.SaveJson(answer.SettingsJson, out error);
                if (!saved)
                {
                    log.Write(LogLevel.Error, error);
                }
            }

            HttpListenerResponse response = context.Response;
            response.StatusCode = saved || !answer.SaveAndReboot ? answer.Status : 500;
            response.ContentType = "text/html; charset=utf-8";
            byte[] page = Utf8.Encode(saved || !answer.SaveAndReboot ? answer.Html : "<p>Could not write the settings file.</p>");
            response.ContentLength64 = page.Length;
            response.OutputStream.Write(page, 0, page.Length);
            context.Close();
            if (answer.SelfTestRequested)
            {
                File.WriteAllBytes(SelfTestMarker, new byte[0]);
                return true;
            }

            return saved;
        }

        // At most the form's limit: a larger body is refused by the core from its declared length, unread.
        private static byte[] ReadBody(Stream input, int declared)
        {
            if (declared <= 0 || declared > FormDecoder.MaxBodyBytes)
            {
                return new byte[0];
            }

            var body = new byte[declared];
            int length = 0;
            while (length < declared)
            {
                int read = input.Read(body, length, declared - length);
                if (read <= 0)
                {
                    break;
                }

                length += read;
            }

            return body;
        }

        // True when the access point is already on with this name and address; otherwise configures it (and turns the
        // station off, so its reconnect attempts do not pull the radio off the access point's channel) for the next boot.
        private static bool AccessPointReady(string apName)
        {
            NetworkInterface apInterface = ApInterface();
            if (apInterface == null)
            {
                throw new InvalidOperationException("this firmware image has no Wi-Fi access point interface");
            }

            WirelessAPConfiguration ap = WirelessAPConfiguration.GetAllWirelessAPConfigurations()[apInterface.SpecificConfigId];
            var wanted = WirelessAPConfiguration.ConfigurationOptions.AutoStart | WirelessAPConfiguration.ConfigurationOptions.Enable;
            if (ap.Options == wanted && ap.Ssid == apName && apInterface.IPv4Address == Address)
            {
                return true;
            }

            apInterface.EnableStaticIPv4(Address, Mask, Address);
            ap.Options = wanted;
            ap.Ssid = apName;
            ap.MaxConnections = 1;
            ap.Authentication = System.Net.NetworkInformation.AuthenticationType.Open;
            ap.Password = "";
            ap.SaveConfiguration();
            DisableStation();
            return false;
        }

        private static void EnableStation()
        {
            SetStationOptions(Wireless80211Configuration.ConfigurationOptions.AutoConnect | Wireless80211Configuration.ConfigurationOptions.Enable);
        }

        private static void DisableStation()
        {
            SetStationOptions(Wireless80211Configuration.ConfigurationOptions.Disable);
        }

        private static void SetStationOptions(Wireless80211Configuration.ConfigurationOptions options)
        {
            Wireless80211Configuration[] configs = Wireless80211Configuration.GetAllWireless80211Configurations();
            if (configs.Length > 0 && configs[0].Options != options)
            {
                configs[0].Options = options;
                configs[0].SaveConfiguration();
            }
        }

        private static NetworkInterface ApInterface()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.WirelessAP)
                {
                    return interfaces[i];
                }
            }

            return null;
        }
    }
}
