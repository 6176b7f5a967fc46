"""Accuracy measures for a crawl against the portal's ground truth."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

_TOKEN = re.compile(r"[\u4e00-\u9fff]|[A-Za-z0-9]+")
FIELDS = (
    "title",
    "source",
    "source_raw",
    "reprinted",
    "author",
    "published_at",
    "keywords",
    "categories",
    "body",
    "language",
)


def tokens(text: str) -> list[str]:
    """Words for English, characters for Chinese."""
    return _TOKEN.findall(text or "")


def token_f1(predicted: str, expected: str) -> float:
    got, want = Counter(tokens(predicted)), Counter(tokens(expected))
    overlap = sum((got & want).values())
    if not got and not want:
        return 1.0
    if overlap == 0:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def score(records: dict[str, dict[str, Any]], truth: dict[str, dict[str, Any]]) -> dict[str, Any]:
    found = [url for url in truth if url in records]
    checked = right = 0
    wrong: list[tuple[str, str, Any, Any]] = []
    f1s = []
    for url in found:
        record, expected = records[url], truth[url]
        for name in FIELDS:
            checked += 1
            if record[name] == expected[name]:
                right += 1
            else:
                wrong.append((url, name, record[name], expected[name]))
        f1s.append(token_f1(record["body"], expected["body"]))
    return {
        "coverage": len(found) / len(truth),
        "field_accuracy": right / max(checked, 1),
        "body_f1_mean": sum(f1s) / max(len(f1s), 1),
        "body_f1_min": min(f1s, default=0.0),
        "unexpected": sorted(set(records) - set(truth)),
        "wrong": wrong,
    }


def _bogus_id(url: str, article_id: Any) -> bool:
    """An id that is the server's port or a year: what issue 12 saw generic mode invent."""
    if article_id is None:
        return False
    port = urlsplit(url).port
    text = str(article_id)
    return text == str(port) or bool(re.fullmatch(r"(19|20)\d\d", text))


def score_site(records: dict[str, dict[str, Any]], truth: dict[str, Any], non_articles: set[str]) -> dict[str, Any]:
    """Generic-mode measures for a gallery portal (issue 12's thresholds).

    ``truth`` maps canonical URL -> tests.portal.gallery.model.Truth; ``non_articles`` holds the
    canonical URLs of every page that is not an article. A record at any URL outside ``truth``
    counts as a non-article archived. Title and date are exact matches (date to the day, and to
    the minute where the page shows one); author is checked where the page shows one or carries
    an in-body credit that must not become one; body is token F1 over the found articles.
    ``article_id`` is checked where the URL carries the CMS's id; ``article_id_bogus`` counts
    ids that are the port or a year.
    """
    found = [url for url in truth if url in records]
    title = day = minute = minute_checked = author = author_checked = categories = 0
    f1s: list[float] = []
    wrong: list[tuple[str, str, Any, Any]] = []
    ids = ids_checked = 0
    for url in found:
        record, expected = records[url], truth[url]
        got_date = record.get("published_at") or ""
        checks = {
            "title": record.get("title") == expected.title,
            "date": got_date[:10] == expected.published.date().isoformat(),
            "categories": sorted(record.get("categories") or []) == sorted(expected.categories),
        }
        if expected.shows_time:
            minute_checked += 1
            checks["minute"] = got_date[:16] == expected.published.strftime("%Y-%m-%dT%H:%M")
            minute += checks["minute"]
        if expected.article_id is not None:
            ids_checked += 1
            ids += str(record.get("article_id")) == expected.article_id
        if expected.author_checked:
            author_checked += 1
            checks["author"] = (record.get("author") or None) == expected.author
            author += checks["author"]
        title, day, categories = title + checks["title"], day + checks["date"], categories + checks["categories"]
        moment = expected.published.isoformat()
        wanted = {
            "title": expected.title,
            "date": moment,
            "minute": moment,
            "author": expected.author,
            "categories": list(expected.categories),
        }
        got = {
            "title": record.get("title"),
            "date": got_date,
            "minute": got_date,
            "author": record.get("author"),
            "categories": record.get("categories"),
        }
        wrong += [(url, name, got[name], wanted[name]) for name, ok in checks.items() if not ok]
        f1s.append(token_f1(record.get("body") or "", expected.body))
    count = max(len(found), 1)
    unexpected = sorted(set(records) - set(truth))
    return {
        "coverage": len(found) / max(len(truth), 1),
        "missing": sorted(set(truth) - set(records)),
        "non_articles_archived": len(unexpected),
        "unexpected": unexpected,
        "unexpected_known_pages": sorted(set(unexpected) & non_articles),
        "title_exact": title / count,
        "date_day_exact": day / count,
        "date_minute_exact": minute / max(minute_checked, 1),
        "minute_checked": minute_checked,
        "author_exact": author / max(author_checked, 1),
        "author_checked": author_checked,
        "categories_exact": categories / count,
        "article_id_exact": ids / max(ids_checked, 1),
        "article_id_checked": ids_checked,
        "article_id_bogus": sum(_bogus_id(url, records[url].get("article_id")) for url in found),
        "body_f1_mean": sum(f1s) / count,
        "body_f1_min": min(f1s, default=0.0),
        "wrong": wrong,
    }
