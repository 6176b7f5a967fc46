"""Raw captures as a WARC 1.1 file: a request and a response record per capture (warcio).

The archive keeps each page body as the server meant it (transfer and content
encodings undone), so the response record carries those bytes with the original
headers, minus the encodings that no longer apply and with the true Content-Length.
Replay tools (pywb) and ``warcio index``/``warcio check`` read the file as is.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver import __version__

_DROPPED = frozenset({"content-encoding", "transfer-encoding", "content-length"})


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _request_headers(capture: dict[str, Any]) -> list[tuple[str, str]]:
    stored = json.loads(capture.get("request_headers") or "{}")
    if stored:
        return list(stored.items())
    # Captures made before request headers were stored: what archiver sends, rebuilt.
    settings = json.loads(capture.get("settings") or "{}")
    return [
        ("Host", urlsplit(capture["final_url"]).netloc),
        ("User-Agent", settings.get("USER_AGENT") or f"archiver/{__version__}"),
        ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
    ]


def write_warc(captures: Iterable[dict[str, Any]], path: Path) -> int:
    """Write ``captures`` (dicts from the store) to a gzipped WARC at ``path``; returns how many."""
    count = 0
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz", warc_version="WARC/1.1")
        writer.write_record(
            writer.create_warcinfo_record(
                path.name,
                {
                    "software": f"archiver/{__version__}",
                    "format": "WARC File Format 1.1",
                    "description": "Raw captures exported from an archiver SQLite archive",
                },
            )
        )
        for capture in captures:
            _write_pair(writer, capture)
            count += 1
    return count


def _write_pair(writer: WARCWriter, capture: dict[str, Any]) -> None:
    uri, date = capture["final_url"], capture["fetched_at"].replace("+00:00", "Z")
    body: bytes = capture["body"]
    headers = [(k, v) for k, v in json.loads(capture["headers"]).items() if k.lower() not in _DROPPED]
    headers.append(("Content-Length", str(len(body))))
    status = capture["status"]
    response = writer.create_warc_record(
        uri,
        "response",
        payload=BytesIO(body),
        length=len(body),
        http_headers=StatusAndHeaders(f"{status} {_reason(status)}", headers, protocol="HTTP/1.1"),
        warc_headers_dict={"WARC-Date": date},
    )
    parts = urlsplit(uri)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    request = writer.create_warc_record(
        uri,
        "request",
        payload=BytesIO(b""),
        length=0,
        http_headers=StatusAndHeaders(f"GET {target} HTTP/1.1", _request_headers(capture), is_http_request=True),
        warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")},
    )
    writer.write_record(response)
    writer.write_record(request)
