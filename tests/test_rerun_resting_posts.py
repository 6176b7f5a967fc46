"""A re-run whose posts all rest (not due) places the site's other pages as the first run did.

An association's portal (written here, the shape of cms-cdjzz): a news listing of seven posts that print their
day under the headline, and a listing of recommended colleges, each entry labelled with the day the CMS entered
it, whose pages share the posts' layout but print no date. The first run tells them apart (the posts of that
layout date themselves, only the listing dates the colleges: pages). A second run soon after fetches no post (not
due): the site model learns them from the archive's stored copies, and the colleges stay pages. Without that, the
second run archived the three colleges as new articles (cms-cdjzz: seven, and the coverage alarm, exit 1).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from archiver.demo.server import Page, PortalServer
from tests.conftest import LOCAL, run_archiver
from tests.test_discovery_portal_columns import COLLEGES, NEWS, PROSE

pytestmark = pytest.mark.e2e


def _frame(title: str, main: str) -> bytes:
    nav = (
        '<div class="nav"><a href="/">协会首页</a><a href="/info/news/">新闻动态</a>'
        '<a href="/colleges/">优秀院校</a></div>'
    )
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{nav}<div class='main'>{main}</div>"
        "<div class='foot'>地址：成都市 电话：028-0000000</div></body></html>"
    ).encode()


def _post(title: str, day: str | None) -> bytes:
    when = f"<p class='time'>{day} 10:42</p>" if day else ""
    return _frame(
        f"协会网-{title[:4]}",
        f"<div class='content-top'><h1>{title}</h1>{when}</div><div class='content-bottom'>{PROSE}</div>",
    )


def portal_routes() -> dict[str, Page]:
    news = "".join(f'<li><a href="{url}">{title}</a><span>{day}</span></li>' for url, title, day in NEWS)
    colleges = "".join(
        f'<li><a href="{url}">{name}</a><ul><li><b>[ 发布时间 ]</b><span>2017-04-13</span></li></ul></li>'
        for url, name in COLLEGES
    )
    routes = {
        "/": Page(_frame("协会网", "<p>欢迎访问协会网站。</p>")),
        "/info/news/": Page(_frame("协会网-新闻", f"<ul class='list'>{news}</ul>")),
        "/colleges/": Page(_frame("协会网-优秀院校", f"<ul class='colleges'>{colleges}</ul>")),
    }
    routes.update({url: Page(_post(title, day)) for url, title, day in NEWS})
    routes.update({url: Page(_post(name, None)) for url, name in COLLEGES})
    return routes


@contextmanager
def serve_portal() -> Iterator[str]:
    server = PortalServer()
    server.routes = portal_routes()
    server.conditional = True
    server.start()
    try:
        yield server.base_url
    finally:
        server.stop()


def archived_paths(db: str, base: str) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(url.removeprefix(base) for (url,) in conn.execute("SELECT url FROM articles"))


def test_a_rerun_that_fetches_no_post_keeps_the_colleges_pages(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    posts = sorted(url for url, _, _ in NEWS)
    with serve_portal() as base:
        first = run_archiver("crawl", base + "/", "--db", db, "--format", "json", *LOCAL)
        assert first.returncode == 0, first.stderr[-2000:]
        assert archived_paths(db, base) == posts
        # Every post at rest: none re-verified either.
        again = run_archiver(
            "crawl", base + "/", "--db", db, "--format", "json", *LOCAL, "-s", "ARCHIVER_REVERIFY_DAYS=0"
        )
        assert again.returncode == 0, again.stderr[-2000:]
        summary = json.loads(again.stdout)
        assert summary["not_due"] == len(NEWS) and summary["articles_new"] == 0
        assert archived_paths(db, base) == posts
