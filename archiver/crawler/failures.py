"""Name why a request failed, in words a person can act on."""

from __future__ import annotations

import scrapy.exceptions as scrapy_errors
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import defer, error
from twisted.python.failure import Failure

from archiver.compat import response_errors


def _scrapy(*names: str) -> tuple[type[BaseException], ...]:
    """Scrapy >= 2.14 wraps Twisted's errors in its own classes; older releases raise Twisted's."""
    return tuple(getattr(scrapy_errors, name) for name in names if hasattr(scrapy_errors, name))


_TIMEOUT: tuple[type[BaseException], ...] = (
    error.TimeoutError,
    error.TCPTimedOutError,
    defer.TimeoutError,
    *_scrapy("DownloadTimeoutError"),
)
_DNS: tuple[type[BaseException], ...] = (error.DNSLookupError, *_scrapy("CannotResolveHostError"))
_CANCELLED: tuple[type[BaseException], ...] = (defer.CancelledError, *_scrapy("DownloadCancelledError"))
_CONNECTION: tuple[type[BaseException], ...] = (
    error.ConnectionRefusedError,
    error.ConnectionLost,
    error.ConnectionDone,
    error.ConnectError,
    *response_errors(),
    *_scrapy("DownloadConnectionRefusedError", "DownloadFailedError", "ResponseDataLossError"),
)

# Nothing answered at that host: no address, or nothing listening (a connection that opened and then
# broke, or a timeout, means a server that is there and did not answer)
_NO_HOST: tuple[type[BaseException], ...] = (
    error.DNSLookupError,
    error.ConnectionRefusedError,
    error.NoRouteError,
    *_scrapy("CannotResolveHostError", "DownloadConnectionRefusedError"),
)


def host_not_there(exc: BaseException) -> bool:
    """The request failed because the host has no address or refuses connections."""
    return isinstance(exc, _NO_HOST)


def classify_failure(failure: Failure) -> tuple[str, int | None, str]:
    """(kind, HTTP status or None, reason) for a failed request."""
    exc = failure.value
    message = failure.getErrorMessage()
    if isinstance(exc, HttpError):
        status = exc.response.status
        return "http", status, f"HTTP {status} (after retries)" if status >= 500 else f"HTTP {status}"
    if isinstance(exc, _TIMEOUT):
        return "timeout", None, f"timed out: {message}"
    if isinstance(exc, _DNS):
        return "dns", None, f"DNS lookup failed: {message}"
    if isinstance(exc, _CANCELLED) or "maxsize" in message.lower() or "max size" in message.lower():
        return "oversized", None, f"download cancelled (larger than DOWNLOAD_MAXSIZE?): {message}"
    if isinstance(exc, IgnoreRequest):
        lowered = message.lower()
        kind = (
            "robots"
            if "robots" in lowered
            else "redirect-loop"
            if "redirect loop" in lowered
            else "offsite"
            if "offsite" in lowered
            else "url-too-long"
            if "url too long" in lowered
            else "ignored"
        )
        return kind, None, message or "request dropped by a downloader middleware"
    if isinstance(exc, _CONNECTION):
        return "connection", None, f"connection failed: {message}"
    return "error", None, f"{type(exc).__name__}: {message}"
