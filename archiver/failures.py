"""Name why a request failed, in words a person can act on."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import defer, error
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived


def classify_failure(failure: Failure) -> tuple[str, int | None, str]:
    """(kind, HTTP status or None, reason) for a failed request."""
    exc = failure.value
    if isinstance(exc, HttpError):
        status = exc.response.status
        return "http", status, f"HTTP {status} (after retries)" if status >= 500 else f"HTTP {status}"
    if failure.check(error.TimeoutError, error.TCPTimedOutError, defer.TimeoutError):
        return "timeout", None, f"timed out: {exc}"
    if failure.check(error.DNSLookupError):
        return "dns", None, f"DNS lookup failed: {exc}"
    if isinstance(exc, defer.CancelledError) or "maxsize" in str(exc).lower() or \
            "max size" in str(exc).lower():
        return "oversized", None, f"download cancelled (over DOWNLOAD_MAXSIZE or aborted): {exc}"
    if isinstance(exc, IgnoreRequest):
        text = str(exc)
        kind = "robots" if "robots" in text.lower() else "offsite" if "offsite" in text.lower() else "ignored"
        return kind, None, text or "request dropped by a downloader middleware"
    if failure.check(error.ConnectionRefusedError, error.ConnectionLost, error.ConnectionDone,
                     ResponseFailed, ResponseNeverReceived, error.ConnectError):
        return "connection", None, f"connection failed: {failure.getErrorMessage()}"
    return "error", None, f"{type(exc).__name__}: {failure.getErrorMessage()}"
