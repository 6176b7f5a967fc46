"""Scoring of extracted fields against ground truth (pure: strings in, numbers out).

Shared by ``bench/extraction_quality.py`` (public benchmark sets) and the regression gate
in ``tests/test_extraction_gate.py`` (our own fixtures), so both measure the same way:

- body: bag-of-tokens F1; Latin, Cyrillic ... script by words, CJK by characters;
- title: equal after Unicode (NFKC) and whitespace normalisation;
- date: the same day, and the same minute when the truth gives a time. A truth with an
  offset is compared with the prediction converted to that offset; a truth without one
  (page-local wall time) with the prediction's wall time in its own offset;
- author: the same set of names (case and spacing aside), order ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MINUTE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})")


def tokens(text: str | None) -> list[str]:
    """Lower-case words of alphabetic scripts, single characters of CJK script."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", str(text or "")).lower())


def token_f1(predicted: str | None, truth: str | None) -> float:
    """Bag-of-tokens F1 (1.0 when both are empty)."""
    got, want = Counter(tokens(predicted)), Counter(tokens(truth))
    if not got and not want:
        return 1.0
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def _norm(value: object) -> str:
    """Whitespace and Unicode normalised text; a tool's list or number becomes text too."""
    if isinstance(value, list | tuple):
        value = " ".join(map(str, value))
    return " ".join(unicodedata.normalize("NFKC", str(value or "")).split())


def same_title(predicted: str | None, truth: str | None) -> bool:
    return bool(_norm(truth)) and _norm(predicted) == _norm(truth)


def _names(values: Iterable[str]) -> set[str]:
    return {_norm(v).lower() for v in values if _norm(v)}


def same_authors(predicted: Iterable[str], truth: Iterable[str]) -> bool:
    want = _names(truth)
    return bool(want) and _names(predicted) == want


def _parse(value: str | None) -> datetime | None:
    """An ISO-like date or datetime, with or without offset (None when there is no day)."""
    if not value:
        return None
    text = str(value).strip().replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    match = _MINUTE.match(text) or _DAY.match(text)
    if not match:
        return None
    parts = [int(p) for p in match.groups()]
    try:
        return datetime(*parts)
    except ValueError:
        return None


def truth_has_time(truth: str | None) -> bool:
    return bool(truth) and bool(re.search(r"\d{1,2}:\d{2}", truth or ""))


def _aligned(predicted: str | None, truth: str | None) -> tuple[datetime, datetime] | None:
    got, want = _parse(predicted), _parse(truth)
    if got is None or want is None:
        return None
    if want.tzinfo is not None and got.tzinfo is not None:
        got = got.astimezone(want.tzinfo)
    return got.replace(tzinfo=None), want.replace(tzinfo=None)


def same_day(predicted: str | None, truth: str | None) -> bool:
    pair = _aligned(predicted, truth)
    return pair is not None and pair[0].date() == pair[1].date()


def same_minute(predicted: str | None, truth: str | None) -> bool:
    pair = _aligned(predicted, truth)
    return pair is not None and pair[0].replace(second=0, microsecond=0) == pair[1].replace(second=0, microsecond=0)


@dataclass
class Truth:
    """What a benchmark set says about one page (None: the set does not say)."""

    body: str | None = None
    title: str | None = None
    date: str | None = None
    authors: list[str] | None = None


@dataclass
class Prediction:
    body: str = ""
    title: str | None = None
    date: str | None = None
    authors: list[str] = field(default_factory=list)


@dataclass
class FieldScores:
    """Running totals for one tool on one set."""

    pages: int = 0
    body_pages: int = 0
    body_f1: float = 0.0
    empty_bodies: int = 0
    title_pages: int = 0
    title_exact: int = 0
    date_pages: int = 0
    date_day: int = 0
    minute_pages: int = 0
    date_minute: int = 0
    author_pages: int = 0
    author_exact: int = 0
    millis: list[float] = field(default_factory=list)

    def add(self, got: Prediction | None, truth: Truth, fields: frozenset[str]) -> None:
        """Count one page; ``fields``: what this tool extracts (others are not scored for it)."""
        got = got or Prediction()
        self.pages += 1
        if "body" in fields and truth.body:
            self.body_pages += 1
            self.body_f1 += token_f1(got.body, truth.body)
            self.empty_bodies += not (got.body or "").strip()
        if "title" in fields and truth.title:
            self.title_pages += 1
            self.title_exact += same_title(got.title, truth.title)
        if "date" in fields and truth.date:
            self.date_pages += 1
            self.date_day += same_day(got.date, truth.date)
            if truth_has_time(truth.date):
                self.minute_pages += 1
                self.date_minute += same_minute(got.date, truth.date)
        if "author" in fields and truth.authors:
            self.author_pages += 1
            self.author_exact += same_authors(got.authors, truth.authors)

    def rates(self) -> dict[str, float | int | None]:
        def rate(hits: float, total: int) -> float | None:
            return round(hits / total, 3) if total else None

        ordered = sorted(self.millis)
        return {
            "pages": self.pages,
            "body_f1": rate(self.body_f1, self.body_pages),
            "empty_bodies": self.empty_bodies if self.body_pages else None,
            "title": rate(self.title_exact, self.title_pages),
            "date_day": rate(self.date_day, self.date_pages),
            "date_minute": rate(self.date_minute, self.minute_pages),
            "author": rate(self.author_exact, self.author_pages),
            "median_ms": round(ordered[len(ordered) // 2], 1) if ordered else None,
        }
