"""Read one page for ``archiver extract``: a saved file, or a URL fetched once."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from archiver import __version__
from archiver.errors import ArchiverError, UsageError


def read_page(file_or_url: str, url: str | None) -> tuple[bytes, str | None, str]:
    """(body, header charset, page URL)."""
    if file_or_url.startswith(("http://", "https://")):
        request = urllib.request.Request(file_or_url, headers={"User-Agent": f"archiver/{__version__}"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.read(), response.headers.get_content_charset(), url or response.url
        except (urllib.error.URLError, TimeoutError, ValueError) as exc:
            raise ArchiverError(f"cannot fetch {file_or_url}: {exc}; save the page and pass the file") from exc
    path = Path(file_or_url)
    if not path.is_file():
        raise UsageError(f"no such file: {path} (give a saved HTML page or an http(s) URL)")
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise ArchiverError(f"cannot read {path}: {exc.strerror}") from exc
    return body, None, url or path.resolve().as_uri()
