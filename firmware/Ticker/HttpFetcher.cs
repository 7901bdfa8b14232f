using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Ticker.Platform;

namespace Ticker
{
    /// <summary>
    /// IHttpFetcher on the device: one GET per call with HttpWebRequest, the response always disposed. Not
    /// HttpClient: in nanoFramework.System.Net.Http 1.5.210 an HttpResponseMessage's headers cannot be read (the
    /// header store is internal), and the feed's ETag and Retry-After are needed. HttpWebRequest also takes the
    /// timeout per request, which the long-poll needs (HttpClient.Timeout is fixed after the first request).
    /// </summary>
    public sealed class HttpFetcher : IHttpFetcher
    {
        /// <summary>Twice the contract's largest snapshot (1,024 bytes), reused for every response.</summary>
        private const int MaxBodyBytes = 2048;

        private readonly byte[] _body = new byte[MaxBodyBytes];
        private readonly X509Certificate _caCertificate;

        /// <param name="caCertificate">The CA of an https feed (settings' caCertFile), or null: then the CA
        /// certificates stored with <c>nanoff --networkdeployment</c> are used.</param>
        public HttpFetcher(X509Certificate caCertificate)
        {
            _caCertificate = caCertificate;
        }

        public void Fetch(HttpRequest request, HttpResult result)
        {
            try
            {
                var web = (HttpWebRequest)WebRequest.Create(request.Url);
                web.Method = "GET";
                web.Timeout = request.TimeoutMs;
                web.ReadWriteTimeout = request.TimeoutMs;
                web.KeepAlive = false;
                web.SslProtocols = SslProtocols.Tls12;

                // HttpWebRequest leaves its SslVerification at 0, which the native TLS layer treats as "verify nothing";
                // only CertificateRequired makes it check the feed's chain (against caCertFile or the stored CAs) and name.
                web.SslVerification = SslVerification.CertificateRequired;

                if (_caCertificate != null)
                {
                    web.HttpsAuthentCert = _caCertificate;
                }

                if (request.IfNoneMatch != null)
                {
                    web.Headers.Add("If-None-Match", request.IfNoneMatch);
                }

                if (request.BearerToken != null)
                {
                    web.Headers.Add("Authorization", "Bearer " + request.BearerToken);
                }

                using (var response = (HttpWebResponse)web.GetResponse())
                {
                    string etag = response.GetResponseHeader("ETag");
                    result.ETag = etag.Length == 0 ? null : etag;
                    result.RetryAfterS = RetryAfter.ParseSeconds(response.GetResponseHeader("Retry-After"));
                    result.Status = (int)response.StatusCode;
                    result.Body = _body;
                    result.BodyLength = 0;
                    if (result.Status == 200)
                    {
                        // Only a 200 carries a snapshot; other bodies (problem details) are left unread.
                        result.BodyLength = ReadBody(response);
                        if (result.BodyLength < 0)
                        {
                            result.Status = 0;
                            result.BodyLength = 0;
                            result.Error = "snapshot larger than 2048 bytes";
                        }
                    }
                }
            }
            catch (Exception e)
            {
                result.Status = 0;
                result.Error = e.InnerException != null ? e.InnerException.Message : e.Message;
            }
        }

        // The body into the reused buffer; -1 when it does not fit.
        private int ReadBody(HttpWebResponse response)
        {
            using (Stream stream = response.GetResponseStream())
            {
                int length = 0;
                while (true)
                {
                    int read = stream.Read(_body, length, _body.Length - length);
                    if (read <= 0)
                    {
                        return length;
                    }

                    length += read;
                    if (length == _body.Length)
                    {
                        return stream.Read(new byte[1], 0, 1) > 0 ? -1 : length;
                    }
                }
            }
        }
    }
}
