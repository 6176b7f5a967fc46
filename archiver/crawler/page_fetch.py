"""Read one page for ``archiver extract``: a saved file, or a URL fetched once, inside the crawl's limits.

A URL given to ``extract`` gets the crawl's site boundary and size limit: its redirects
may not leave the given site (``archiver.urls.is_allowed``: same host and port, http and
https on default ports being one site), may only be http(s) (no ``ftp://``, ``file://``),
and at most ``REDIRECT_MAX_TIMES`` of them; the body is read in chunks and refused past
``DOWNLOAD_MAXSIZE``, so a 40 MB page costs 16 MB of reading, not gigabytes of memory.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from http.client import HTTPMessage
from pathlib import Path
from typing import IO, Any
from urllib.parse import urljoin

from archiver import __version__
from archiver import settings as defaults
from archiver.errors import ArchiverError, UsageError
from archiver.urls import canonicalize_url, is_allowed, netloc_of

_CHUNK = 64 * 1024


class _SiteBoundRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to an http(s) URL of the given site; anything else ends the fetch."""

    max_redirections = defaults.REDIRECT_MAX_TIMES

    def __init__(self, allowed_netlocs: frozenset[str]) -> None:
        super().__init__()
        self.allowed_netlocs = allowed_netlocs

    def http_error_302(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage
    ) -> Any:
        # Checked before urllib looks at the Location itself (it would follow ftp:// and word a
        # refused file:// as an HTTP error).
        location = headers.get("Location") or headers.get("URI")
        if location:
            newurl = urljoin(req.full_url, location.strip())
            target = canonicalize_url(newurl)
            if target is None:
                raise ArchiverError(
                    f"{req.full_url} redirects to {newurl!r}, which is not an http(s) URL: not followed"
                )
            if not is_allowed(target, self.allowed_netlocs):
                raise ArchiverError(
                    f"{req.full_url} redirects to {newurl!r}, outside "
                    f"{', '.join(sorted(self.allowed_netlocs))}: not followed"
                )
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def allowed_netlocs(url: str) -> frozenset[str]:
    """The site a URL given to ``extract`` may redirect within: its host[:port] (and its profile's hosts)."""
    from archiver.profiles import profile_for_target

    canonical = canonicalize_url(url)
    if canonical is None:
        raise UsageError(f"not an http(s) URL: {url!r}")
    return frozenset(profile_for_target(canonical).hosts | {netloc_of(canonical)})


def read_limited(stream: Any, limit: int, url: str) -> bytes:
    """The body of ``stream``, read in chunks; ArchiverError as soon as it passes ``limit`` bytes."""
    declared = stream.headers.get("Content-Length")
    if declared and declared.strip().isdigit() and int(declared) > limit:
        raise ArchiverError(f"{url} is {int(declared):,} bytes, over the {limit:,}-byte limit (DOWNLOAD_MAXSIZE)")
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise ArchiverError(f"{url} is over the {limit:,}-byte limit (DOWNLOAD_MAXSIZE): not read further")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch_url(
    url: str, limit: int = defaults.DOWNLOAD_MAXSIZE, timeout: float = defaults.DOWNLOAD_TIMEOUT
) -> tuple[bytes, str | None, str]:
    """(body, header charset, final URL) of one http(s) URL, inside the site boundary and the size limit."""
    opener = urllib.request.build_opener(_SiteBoundRedirects(allowed_netlocs(url)))
    request = urllib.request.Request(url, headers={"User-Agent": f"archiver/{__version__}"})
    try:
        with opener.open(request, timeout=timeout) as response:
            return read_limited(response, limit, url), response.headers.get_content_charset(), response.url
    except (urllib.error.URLError, TimeoutError, ValueError, OSError) as exc:
        raise ArchiverError(f"cannot fetch {url}: {exc}; save the page and pass the file") from exc


def read_page(file_or_url: str, url: str | None) -> tuple[bytes, str | None, str]:
    """(body, header charset, page URL)."""
    if file_or_url.startswith(("http://", "https://")):
        body, charset, final_url = fetch_url(file_or_url)
        return body, charset, url or final_url
    path = Path(file_or_url)
    if not path.is_file():
        raise UsageError(f"no such file: {path} (give a saved HTML page or an http(s) URL)")
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise ArchiverError(f"cannot read {path}: {exc.strerror}") from exc
    return body, None, url or path.resolve().as_uri()
