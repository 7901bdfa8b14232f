using System.Threading;
using Ticker.Platform;

namespace Ticker
{
    /// <summary>
    /// IBackgroundFetcher on the device: the blocking <see cref="HttpFetcher"/> on a thread of its own. A long-poll
    /// holds its request for up to 25 s; on the loop thread that would freeze the buttons, the screen and the data
    /// age for as long. The runner starts one request at a time and asks on each turn whether it is done.
    /// </summary>
    public sealed class BackgroundFetcher : IBackgroundFetcher
    {
        private readonly HttpFetcher _http;
        private readonly AutoResetEvent _started = new AutoResetEvent(false);
        private readonly object _gate = new object();
        private readonly HttpRequest _request = new HttpRequest();
        private readonly HttpResult _result = new HttpResult();
        private readonly Thread _worker;
        private bool _done;

        public BackgroundFetcher(HttpFetcher http)
        {
            _http = http;
            _worker = new Thread(Work);
            _worker.Start();
        }

        public void Start(HttpRequest request)
        {
            lock (_gate)
            {
                // A copy: the app reuses its request object for the next poll.
                _request.Url = request.Url;
                _request.IfNoneMatch = request.IfNoneMatch;
                _request.BearerToken = request.BearerToken;
                _request.TimeoutMs = request.TimeoutMs;
                _done = false;
            }

            _started.Set();
        }

        public bool TryComplete(HttpResult result)
        {
            lock (_gate)
            {
                if (!_done)
                {
                    return false;
                }

                // The body stays in the fetcher's buffer: the next request starts only after the app has read it.
                result.Status = _result.Status;
                result.Body = _result.Body;
                result.BodyLength = _result.BodyLength;
                result.ETag = _result.ETag;
                result.RetryAfterS = _result.RetryAfterS;
                result.Error = _result.Error;
                _done = false;
                return true;
            }
        }

        private void Work()
        {
            while (true)
            {
                _started.WaitOne();
                _result.Reset();
                _http.Fetch(_request, _result);
                lock (_gate)
                {
                    _done = true;
                }
            }
        }
    }
}
