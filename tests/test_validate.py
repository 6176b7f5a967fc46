"""What validation lets into the archive (archiver/validation.py): pure checks of one record, shared by every writer."""

from __future__ import annotations

import json
from pathlib import Path

from archiver.items import ArticleItem, PageCapture
from archiver.reextract import reextract
from archiver.store import Archive
from archiver.validation import Rejection, problems, rejection, soft_error


def test_an_image_only_post_is_an_article() -> None:
    assert problems({"title": "Photo report", "body": "", "images": ["http://x.test/1.jpg"]}) == []


def test_no_title_or_no_body_is_not() -> None:
    assert problems({"title": "", "body": "text " * 10}) == ["no title found"]
    assert problems({"title": "T", "body": "short", "images": []}) == ["no body found (under 20 characters, no images)"]


def test_a_soft_error_page() -> None:
    assert soft_error({"title": "提示", "body": "系统繁忙，请稍后再试"}) is not None
    assert soft_error({"title": "T", "body": "x" * 500 + " captcha"}) is None


def test_rejection_names_the_failure_kind() -> None:
    assert rejection({"title": "提示", "body": "系统繁忙，请稍后再试"}).kind == "soft-error"  # type: ignore[union-attr]
    assert rejection({"title": "", "body": "text " * 10}) == Rejection("invalid", "no title found")
    assert rejection({"title": "T", "body": "text " * 10}) is None


BODY = "The association held its annual training on fire safety for member companies. " * 3


def test_reextract_never_stores_a_record_the_crawl_would_reject(tmp_path: Path) -> None:
    """The stored page has a title and no text: the crawl would refuse its record, so reextract must too."""
    db = tmp_path / "a.db"
    page = b"<html><head><title>Annual training</title></head><body><h1>Annual training</h1></body></html>"
    url = "http://p.test/news/1.html"
    record = {
        "url": url,
        "site": "p.test",
        "title": "Annual training",
        "body": BODY,
        "keywords": [],
        "published_at": "2024-11-01T09:00:00+08:00",
    }
    archive = Archive(db)
    run = archive.start_run("http://p.test/", "generic", {})
    archive.write_batch(
        [
            ArticleItem(
                capture=PageCapture(
                    url=url, final_url=url, status=200, headers={}, body=page, fetched_at="2026-11-23T00:00:00+00:00"
                ),
                record=record,
            )
        ],
        run,
    )
    archive.finish_run(run, "finished", {})
    archive.close()

    result = reextract(db)

    assert (result.examined, result.rederived, result.failed) == (1, 0, 1)
    archive = Archive(db)
    versions = archive.db.execute("SELECT version, body FROM versions").fetchall()
    stats = archive.db.execute("SELECT stats FROM crawl_runs WHERE id = ?", [result.run_id]).fetchone()[0]
    archive.close()
    assert versions == [(1, BODY)]  # the version the crawl stored is still the current one
    assert json.loads(stats)["archiver/invalid"] == 1


def test_a_library_fallback_must_be_prose() -> None:
    """An empty article page: what a fallback extractor keeps of it is its menus and labels."""
    from archiver.extract.fallback import is_prose

    chrome = [
        "网站首页",
        "通知公告",
        "工作动态",
        "您现在的位置：",
        "首页",
        "来源： 作者： 发布时间：2024年09月26日 14:55",
        "打印本页",
        "关闭窗口",
        "版权所有：某某市安全生产协会 地址：某某市某某路1号",
    ]
    assert not is_prose(chrome)
    assert is_prose(["A short post of a single sentence that says what happened at the meeting."])
