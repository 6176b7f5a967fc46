"""Write the golden pages (page.html + meta.json). Run once; the files are reviewed and committed.

    python -m tests.golden.build_pages

``expected.json`` files are written by ``pytest tests/test_golden.py --update-golden``.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from archiver.demo.replica import Edition, build_replica
from tests.portal.site import build_portal

HERE = Path(__file__).parent
CAPTURED_AT = "2026-11-23T00:00:00+00:00"


def _write(profile: str, case: str, body: bytes, url: str, charset: str | None) -> None:
    folder = HERE / profile / case
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "page.html").write_bytes(body)
    meta = {"url": url, "charset": charset, "profile": profile, "captured_at": CAPTURED_AT}
    (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n")


def _reference_page() -> bytes:
    """The real seed article's text (shared/reference) in the replica's markup."""
    lines = (HERE / "reference-seed.txt").read_text(encoding="utf-8").splitlines()
    title, source, author, date = lines[9], lines[10], lines[11], lines[12]
    end = lines.index("Keywords:")
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in lines[13:end])
    edition = Edition("en", [], "https://www.kmabxh.com")
    main = f"""<div class="newsdes"><h1 class="news-title">{escape(title)}</h1>
<div class="news-info"><span>{escape(source)}</span><span>{escape(author)}</span><span>{escape(date)}</span></div>
<div class="news-content">{paragraphs}</div>
<div class="news-keywords">Keywords:</div><div class="related"><h3>Related Content</h3></div></div>"""
    return edition._frame(title, main).encode("utf-8")


def main() -> None:
    en, zh, articles = build_replica("https://en.kmabxh.com", "https://www.kmabxh.com")
    en_article = next(a for a in articles if a.language == "en" and a.reprinted and a.author)
    zh_article = next(a for a in articles if a.language == "zh" and a.reprinted)
    for routes, article, case, host in (
        (en, en_article, "en-reprinted", "en.kmabxh.com"),
        (zh, zh_article, "zh-reprinted", "www.kmabxh.com"),
    ):
        path = f"/NewsDes/{article.article_id}.html"
        _write("kmabxh", case, routes[path].body, f"https://{host}{path}", "utf-8")
    _write(
        "kmabxh", "reference-seed", _reference_page(), "https://en.kmabxh.com/NewsDes/1859774453443571712.html", "utf-8"
    )
    for theme in ("gov", "modern"):
        portal = build_portal(theme)
        try:
            cases = {"article": portal.theme.article_path(portal.articles[1])}
            if theme == "gov":
                cases["malformed"] = portal.special["malformed"]
                cases["charset-mismatch"] = portal.special["charset_mismatch"]
            for case, path in cases.items():
                page = portal.server.routes[path]
                charset = page.headers["Content-Type"].partition("charset=")[2] or None
                _write("generic", f"{theme}-{case}", page.body, f"http://portal.example{path}", charset)
        finally:
            portal.close()


if __name__ == "__main__":
    main()
