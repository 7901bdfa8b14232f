using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.Networking;
using Ticker.Platform;

namespace Ticker
{
    /// <summary>
    /// INetwork on the device: joins the network named in the settings (or the one stored in the device's
    /// configuration block by <c>nanoff --networkdeployment</c>), then follows availability events. The signal
    /// strength comes from the scan made while joining (nanoFramework has no call for the current link's RSSI).
    /// </summary>
    public sealed class WifiLink : INetwork
    {
        private bool _up;
        private int _signalDbm;

        public WifiLink()
        {
            NetworkChange.NetworkAvailabilityChanged += OnAvailabilityChanged;
        }

        public bool IsConnected
        {
            get { return _up; }
        }

        public int SignalDbm
        {
            get { return _up ? _signalDbm : 0; }
        }

        /// <summary>Why the last attempt failed, in a few words, or null.</summary>
        public string LastError { get; private set; }

        /// <summary>The network stored in the device's Wi-Fi configuration, or null.</summary>
        public static string StoredSsid()
        {
            Wireless80211Configuration[] configs = Wireless80211Configuration.GetAllWireless80211Configurations();
            return configs.Length > 0 && configs[0].Ssid != null && configs[0].Ssid.Length > 0 ? configs[0].Ssid : null;
        }

        /// <summary>One attempt to join; with an empty <paramref name="ssid"/> the stored network is used. Reconnects automatically afterwards.</summary>
        public bool Connect(string ssid, string password, int timeoutMs)
        {
            var timeout = new CancellationTokenSource(timeoutMs);
            bool joined = ssid.Length > 0
                ? WifiNetworkHelper.ScanAndConnectDhcp(ssid, password, WifiReconnectionKind.Automatic, false, 0, timeout.Token)
                : WifiNetworkHelper.Reconnect(false, 0, timeout.Token);
            Exception problem = WifiNetworkHelper.HelperException;
            LastError = joined ? null : problem != null ? problem.Message : "no answer from the network";
            _up = joined;
            ReadSignal(ssid.Length > 0 ? ssid : StoredSsid());
            return joined;
        }

        /// <summary>The Wi-Fi interface's MAC address (six bytes), for the access point's name and the retry seed.</summary>
        public static byte[] MacAddress()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    return interfaces[i].PhysicalAddress;
                }
            }

            return new byte[6];
        }

        private void ReadSignal(string ssid)
        {
            WifiAdapter adapter = WifiNetworkHelper.WifiAdapter;
            if (adapter == null || ssid == null)
            {
                return;
            }

            try
            {
                WifiAvailableNetwork[] networks = adapter.NetworkReport.AvailableNetworks;
                for (int i = 0; i < networks.Length; i++)
                {
                    if (networks[i].Ssid == ssid)
                    {
                        _signalDbm = (int)networks[i].NetworkRssiInDecibelMilliwatts;
                    }
                }
            }
            catch (Exception)
            {
                // No scan report (the stored-network path does not scan): the signal stays unknown.
            }
        }

        private void OnAvailabilityChanged(object sender, NetworkAvailabilityEventArgs e)
        {
            _up = e.IsAvailable;
        }
    }
}
