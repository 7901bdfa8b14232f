using Ticker.App;
using Ticker.Boards;
using Ticker.Config;
using Ticker.Input;
using Ticker.Platform;
using Ticker.Setup;
using Ticker.Views;

namespace Ticker.Core.NanoTests.Support
{
    /// <summary>
    /// The app as the device runs it, minus the hardware: <see cref="TickerApp"/> driven by a scripted feed, button
    /// presses and uptime, with its screen drawn by <see cref="StripedDisplay"/> into a <see cref="DrawCallHasher"/>
    /// after every step. <see cref="Play"/> is the scenario the tests assert step by step on the device and whose
    /// drawing fingerprint (<see cref="Expected.AppScenarioDisplay"/>) the .NET tests compute.
    /// </summary>
    public sealed class AppScenario
    {
        private readonly StripedDisplay _display;
        private readonly DrawCallHasher _surface;
        private readonly HttpResult _result = new HttpResult();

        /// <summary>A device of the board <paramref name="boardId"/>, switched on at uptime 0.</summary>
        public AppScenario(string boardId)
        {
            DeviceSettings settings = new DeviceSettings();
            settings.WifiSsid = "desk-wifi";
            settings.BoardId = boardId;
            BoardProfile board = BoardCatalog.Find(boardId);
            App = new TickerApp(settings, 0, 1);
            int rows = Stripes.RowsPer(board.Width, BoardProfile.MaxStripeBytes);
            _surface = new DrawCallHasher(board.Width, rows < board.Height ? rows : board.Height);
            _display = new StripedDisplay(board.Width, board.Height, _surface, _surface, "0.1.0");
            _display.Update(App, 0);
            LastRequest = new HttpRequest();
        }

        /// <summary>The app under test.</summary>
        public TickerApp App { get; }

        /// <summary>The fingerprint of everything drawn and flushed so far.</summary>
        public uint DisplayHash
        {
            get { return _surface.Hash; }
        }

        /// <summary>How many drawing calls and flushes were made so far.</summary>
        public int DrawCalls
        {
            get { return _surface.Calls; }
        }

        /// <summary>A response cut off in the middle of a number (the connection dropped).</summary>
        public const string CutOffBody = "{\"v\":1,\"seq\":48400,\"asOf\":17950";

        /// <summary>How many scripted answers found no request due (a script that drifted from the poll policy).</summary>
        public int AnswersNotDue { get; private set; }

        /// <summary>The last request the app made.</summary>
        public HttpRequest LastRequest { get; private set; }

        /// <summary>Plays the whole scenario on a device of <paramref name="boardId"/>; returns it for inspection.</summary>
        public static AppScenario Play(string boardId)
        {
            AppScenario s = new AppScenario(boardId);
            s.NetworkUp(1000);
            s.Answer(2000, 200, DocExamples.Calm, "\"e1\"");
            s.Answer(4000, 200, DocExamples.Building, "\"e2\"");
            s.Answer(6000, 200, DocExamples.Cascade, "\"e3\"");
            s.Press(6500, UserAction.Acknowledge);
            s.Answer(8000, 200, CutOffBody, "\"e4\"");
            s.Press(8500, UserAction.NextScreen);
            s.Press(11500, UserAction.NextScreen);
            s.NotModified(20000);
            s.Answer(22000, 200, DocExamples.Partial, "\"e5\"");
            return s;
        }

        /// <summary>Wi-Fi joins at <paramref name="nowMs"/>.</summary>
        public void NetworkUp(long nowMs)
        {
            App.OnNetwork(nowMs, true, -58);
            Step(nowMs);
        }

        /// <summary>
        /// The app's next request is answered at <paramref name="nowMs"/> with <paramref name="status"/>,
        /// <paramref name="body"/> and <paramref name="etag"/>. Returns false when no request was due then.
        /// </summary>
        public bool Answer(long nowMs, int status, string body, string etag)
        {
            if (!App.IsRequestDue(nowMs))
            {
                AnswersNotDue++;
                return false;
            }

            LastRequest = App.BeginRequest(nowMs);
            _result.Reset();
            _result.Status = status;
            _result.ETag = etag;
            _result.Body = Utf8.Encode(body);
            _result.BodyLength = _result.Body.Length;

            App.OnResponse(nowMs, _result);
            Step(nowMs);
            return true;
        }

        /// <summary>The app's next request is answered at <paramref name="nowMs"/> with 304 Not Modified.</summary>
        public bool NotModified(long nowMs)
        {
            return Answer(nowMs, 304, string.Empty, string.Empty);
        }

        /// <summary>The user makes the gesture for <paramref name="action"/> at <paramref name="nowMs"/>.</summary>
        public void Press(long nowMs, UserAction action)
        {
            App.OnUserAction(nowMs, action);
            Step(nowMs);
        }

        private void Step(long nowMs)
        {
            App.Tick(nowMs, 1795043600 + (nowMs / 1000));
            _display.Update(App, nowMs);
        }
    }
}
