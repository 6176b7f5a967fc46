"""Raw captures as a WARC 1.1 file (warcio), its CDXJ index (cdxj-indexer), or a WACZ package (py-wacz).

Every capture is a request and a response record: articles, and every other page a crawl
fetched (robots.txt, home, listings, redirects with their Location). Pages that could not be
archived are ``metadata`` records (JSON: kind, reason, status) at their URL. The archive keeps
each page body as the server meant it (transfer and content encodings undone), so the
response record carries those bytes with the original headers, minus the encodings that no
longer apply and with the true Content-Length. pywb, ReplayWeb.page and ``warcio check``
read the files as they are.
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


def write_warc(captures: Iterable[dict[str, Any]], path: Path, failures: Iterable[dict[str, Any]] = ()) -> int:
    """Write ``captures`` (dicts from the store) to a WARC at ``path`` (gzipped per record when it
    ends in .gz), then ``failures`` (fetch_errors rows) as metadata records; returns how many captures."""
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
        for failure in failures:
            _write_failure(writer, failure)
    return count


def _write_failure(writer: WARCWriter, failure: dict[str, Any]) -> None:
    payload = json.dumps(
        {k: failure.get(k) for k in ("kind", "reason", "status", "referer", "crawl_id")}, ensure_ascii=False
    ).encode()
    record = writer.create_warc_record(
        failure["url"],
        "metadata",
        payload=BytesIO(payload),
        length=len(payload),
        warc_content_type="application/json",
        warc_headers_dict={"WARC-Date": failure["at"].replace("+00:00", "Z")},
    )
    writer.write_record(record)


def index_path(warc: Path) -> Path:
    """Where the CDXJ index of ``warc`` goes: beside it, ``.cdxj`` for ``.warc.gz``/``.warc``."""
    name = warc.name
    for suffix in (".warc.gz", ".warc"):
        if name.endswith(suffix):
            return warc.with_name(name[: -len(suffix)] + ".cdxj")
    return warc.with_name(name + ".cdxj")


def write_cdxj(warc: Path, index: Path) -> int:
    """The sorted CDXJ index of ``warc`` (webrecorder's cdxj-indexer, as pywb reads it); returns its lines."""
    from cdxj_indexer.main import CDXJIndexer

    with index.open("w", encoding="utf-8") as out:
        CDXJIndexer(out, [str(warc)], sort=True, post_append=True).process_all()
    with index.open(encoding="utf-8") as lines:
        return sum(1 for _ in lines)


def write_wacz(
    captures: Iterable[dict[str, Any]],
    failures: Iterable[dict[str, Any]],
    pages: Iterable[dict[str, Any]],
    path: Path,
    title: str,
) -> int:
    """A WACZ package (webrecorder's py-wacz): the WARC, its index, and ``pages`` (url, ts, title)
    as the list ReplayWeb.page and pywb open it at; returns how many captures."""
    import contextlib
    import io
    import tempfile

    try:
        from wacz.main import main as wacz_main
    except ImportError as exc:
        from archiver.errors import ArchiverError

        raise ArchiverError("--format wacz needs py-wacz: pip install 'archiver[wacz]'") from exc
    with tempfile.TemporaryDirectory(prefix="archiver-wacz-") as scratch:
        warc = Path(scratch) / "data.warc.gz"
        count = write_warc(captures, warc, failures)
        listed = Path(scratch) / "pages.jsonl"
        with listed.open("w", encoding="utf-8") as out:
            out.write(json.dumps({"format": "json-pages-1.0", "id": "pages", "title": title}) + "\n")
            for page in pages:
                out.write(json.dumps(page, ensure_ascii=False) + "\n")
        chatter = io.StringIO()  # py-wacz prints its progress: archiver's output stays its own
        with contextlib.redirect_stdout(chatter):
            code = wacz_main(["create", "-o", str(path), "-p", str(listed), "--title", title, str(warc)])
        if code:
            from archiver.errors import ArchiverError

            raise ArchiverError(f"py-wacz could not write {path}: {chatter.getvalue().strip()[-500:]}")
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
