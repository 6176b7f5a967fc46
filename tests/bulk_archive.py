"""A large archive made fast: generated records written straight through the store, no crawl.

For tests of what reads an archive at scale (the report at 20,000 articles): three sites,
categories in English and Chinese, publication dates over two years, then a second run with
edits, removals, failures and a few republished copies, as a crawl would leave them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from archiver import statkeys
from archiver.items import ArticleItem, FailureItem, GoneItem, ListingItem, PageCapture
from archiver.store import Archive

SITES = ("news.example.org", "union.example.net", "assoc.example.com")
CATEGORIES = {
    "en": ["Policy", "Industry", "Training", "Events", "Notices"],
    "zh": ["政策法规", "行业动态", "教育培训", "协会活动", "通知公告", "安全知识"],
}
_WORDS = "security guard union training policy council member report annual safety industry service".split()
_HANZI = "保安服务行业协会培训工作会议安全管理政策法规通知公告发展建设企业"


@dataclass
class BulkArchive:
    path: Path
    first_run: int
    second_run: int
    urls: list[str]
    edited: list[str]
    removed: list[str]


def _text(rng: random.Random, language: str, words: int) -> str:
    if language == "zh":
        return "".join(rng.choice(_HANZI) for _ in range(words * 2)) + "。"
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def _record(
    rng: random.Random, url: str, site: str, number: int, language: str, published: datetime, category: str
) -> dict[str, Any]:
    body = "\n\n".join(_text(rng, language, 30) for _ in range(4))
    return {
        "url": url,
        "site": site,
        "article_id": str(number),
        "title": f"{_text(rng, language, 6)} {number}",
        "source": rng.choice([None, "Xinhua", "新华社", "Ministry"]),
        "source_raw": None,
        "reprinted": rng.random() < 0.2,
        "author": None,
        "published_at": published.isoformat(timespec="seconds"),
        "keywords": [],
        "categories": [category],
        "body": body,
        "body_html": "",
        "language": language,
        "images": [],
        "rules": {},
        "published_at_flags": [],
        "extractor_version": "1.0.0",
    }


def _item(record: dict[str, Any], at: str) -> ArticleItem:
    page = f"<html><head><title>{record['title']}</title></head><body><p>{record['body']}</p></body></html>"
    capture = PageCapture(
        url=record["url"],
        final_url=record["url"],
        status=200,
        headers={"Content-Type": "text/html; charset=utf-8"},
        body=page.encode(),
        fetched_at=at,
    )
    return ArticleItem(capture=capture, record=record)


def build(path: Path, articles: int, seed: int = 17, batch: int = 2000) -> BulkArchive:
    rng = random.Random(seed)
    archive = Archive(path)
    first = archive.start_run("bulk", "generated", {})
    at = datetime(2026, 11, 1, tzinfo=UTC)
    newest = datetime(2026, 10, 30, 9, tzinfo=UTC)
    records, listings = [], {}
    for number in range(articles):
        site = SITES[number % len(SITES)]
        language = "zh" if rng.random() < 0.6 else "en"
        category = rng.choice(CATEGORIES[language])
        url = f"http://{site}/{language}/{number}.html"
        published = newest - timedelta(minutes=rng.randrange(0, 2 * 365 * 24 * 60))
        records.append(_record(rng, url, site, number, language, published, category))
        listings.setdefault((site, category), []).append(url)
    stamp = at.isoformat()
    for start in range(0, len(records), batch):
        archive.write_batch([_item(r, stamp) for r in records[start : start + batch]], first)
    archive.write_batch(
        [
            ListingItem(
                url=f"http://{site}/list/{category}",
                category_name=category,
                category_url=f"http://{site}/list/{category}",
                article_urls=urls,
                fetched_at=stamp,
            )
            for (site, category), urls in listings.items()
        ],
        first,
    )
    archive.finish_run(first, "finished", {"response_received_count": articles, statkeys.NEW: articles})
    second = archive.start_run("bulk", "generated", {}, mode="incremental")
    later = (at + timedelta(days=3)).isoformat()
    edited = rng.sample(records, min(120, len(records) // 3))
    for record in edited:
        paragraphs = record["body"].split("\n\n")
        paragraphs[1] += " 据悉，" if record["language"] == "zh" else " A correction was added."
        record["body"] = "\n\n".join(paragraphs)
        record["title"] += " (updated)"
    archive.write_batch([_item(r, later) for r in edited], second)
    removed = [r["url"] for r in rng.sample(records, min(40, len(records) // 3)) if r not in edited]
    archive.write_batch([GoneItem(url=u, fetched_at=later, reason="HTTP 404", status=404) for u in removed], second)
    failures = [
        FailureItem(url=f"http://{SITES[i % 3]}/broken/{i}.html", kind=kind, reason=reason, at=later, status=status)
        for i, (kind, reason, status) in enumerate(
            [("http", "HTTP 500", 500)] * 30
            + [("timeout", "no answer in 30 s", None)] * 12
            + [("unparsable", "no title found", 200)] * 5
        )
    ]
    archive.write_batch(failures, second)
    fetched = len(edited) + len(removed) + len(failures)
    counts = {statkeys.CHANGED: len(edited), statkeys.GONE: len(removed), statkeys.FAILURES: len(failures)}
    archive.finish_run(second, "finished", {"response_received_count": fetched, **counts})
    archive.close()
    return BulkArchive(path, first, second, [r["url"] for r in records], [r["url"] for r in edited], removed)
