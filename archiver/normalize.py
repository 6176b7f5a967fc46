"""Pure normalizers: whitespace, dates (always timezone-aware), language.

No naive datetime leaves this module. dateparser is the slow fallback (about 2 ms a call
when cold), so the common portal formats go through a regex fast path first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from typing import cast
from zoneinfo import ZoneInfo

from archiver.compat import rebase_relative_dates

_SPACE_CHARS = re.compile(r"[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+")
_ZERO_WIDTH = re.compile(r"[\u200c\u200d\u2060\u00ad]")  # the four normalize_space looks for one by one


def normalize_space(text: str | None) -> str:
    """Collapse every kind of blank (``&nbsp;``, full-width space, zero-width) into one space."""
    if not text:
        return ""
    if text.isascii():  # no zero-width or exotic blank to look for (isascii is a flag, not a scan)
        return " ".join(text.split())
    # Four substring scans are a hundred times faster than the character class's scan on a page's whole
    # text, and as fast on a short one (spelled out: a generator over the characters costs a microsecond).
    if "\u200c" in text or "\u200d" in text or "\u2060" in text or "\u00ad" in text:
        text = _ZERO_WIDTH.sub("", text)
    if "\u200b" in text or "\ufeff" in text:
        return _SPACE_CHARS.sub(" ", text).strip()
    # str.split() splits on exactly what \s matches; it is 3-5x faster than the regex.
    return " ".join(text.split())


# C0 controls but \t \n \r, DEL and the C1 block: ESC/OSC/BEL sequences would reach terminals.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# One substring test per control character is 1.5-3x faster than the regex's scan over a whole page
# (every page goes through it before parsing): the regex runs only on the rare text holding one.
_CONTROL_LIST = tuple(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)))
# Below this many characters (a record's fields, even most bodies) the loop over the 63 tests costs
# more than the scans: one regex search is about ten times faster there.
_LONG_TEXT = 10_000


def strip_controls(text: str) -> str:
    """``text`` without control characters; tab, newline and carriage return stay."""
    if len(text) < _LONG_TEXT:
        holds_one = _CONTROL_CHARS.search(text) is not None
    else:
        holds_one = any(c in text for c in _CONTROL_LIST)
    return _CONTROL_CHARS.sub("", text) if holds_one else text


def normalize_paragraphs(paragraphs: list[str]) -> str:
    """Join non-empty paragraphs with one blank line, each paragraph whitespace-normalized."""
    cleaned = (normalize_space(p) for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


# --- dates -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedDate:
    value: datetime | None
    rule: str  # which path produced it: "fast", "iso", "dateparser", or "none"
    flags: tuple[str, ...] = ()  # "year-inferred", "relative", "out-of-range"

    @property
    def iso(self) -> str | None:
        return self.value.isoformat() if self.value else None


_FULL_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*T?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{1,2})(?:\s*[:：分]\s*(?P<S>\d{1,2}))?"
    r"(?:\.\d+)?\s*秒?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|UTC|GMT)?"
)
_COMPACT_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
_YEARLESS_DATE = re.compile(
    r"(?<![\d/.-])(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s+(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2}))?(?![\d/.-])"
)
_HAS_YEAR = re.compile(r"(?:19|20)\d{2}")
_RELATIVE_HINT = re.compile(r"ago|yesterday|today|前|昨天|今天|前天|刚刚|hour|minute|day|week|month", re.IGNORECASE)
_EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)


@lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _aware(value: datetime, tz_name: str) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=_zone(tz_name))


def _tz_from_text(tz: str | None) -> timezone | None:
    if not tz:
        return None
    if tz in {"Z", "UTC", "GMT"}:
        return UTC
    sign = 1 if tz[0] == "+" else -1
    digits = tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _fast_path(text: str, tz_name: str) -> datetime | None:
    match = _FULL_DATE.search(text) or _COMPACT_DATE.search(text)
    if not match:
        return None
    groups = match.groupdict()
    try:
        value = datetime(
            int(groups["y"]),
            int(groups["m"]),
            int(groups["d"]),
            int(groups.get("H") or 0),
            int(groups.get("M") or 0),
            int(groups.get("S") or 0),
        )
    except ValueError:
        return None
    explicit = _tz_from_text(groups.get("tz"))
    return value.replace(tzinfo=explicit) if explicit else _aware(value, tz_name)


@lru_cache(maxsize=1)
def _date_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en", "zh"], settings={"PREFER_DATES_FROM": "past"})


def _dateparser_path(text: str, tz_name: str, captured_at: datetime) -> datetime | None:
    parser = _date_parser()
    base = captured_at.astimezone(_zone(tz_name)).replace(tzinfo=None)
    rebase_relative_dates(parser, base)  # one configured parser, re-based per call
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    return _aware(data.date_obj, tz_name) if data and data.date_obj else None


def _yearless(text: str, tz_name: str, captured_at: datetime) -> datetime | None:
    """``11月22日`` / ``11-22 09:14``: the latest such moment not after the capture."""
    match = _YEARLESS_DATE.search(text)
    if not match:
        return None
    local_capture = captured_at.astimezone(_zone(tz_name))
    g = match.groupdict()
    for year in (local_capture.year, local_capture.year - 1):
        try:
            value = datetime(year, int(g["m"]), int(g["d"]), int(g["H"] or 0), int(g["M"] or 0), tzinfo=_zone(tz_name))
        except ValueError:
            return None
        if value <= local_capture + timedelta(days=1):
            return value
    return None


def parse_date(text: str | None, tz_name: str, captured_at: datetime) -> ParsedDate:
    """Parse a portal date (label already stripped) into an aware datetime.

    A date without its own offset is in the portal's zone ``tz_name``. A year-less or
    relative date is resolved against ``captured_at`` and flagged, never silently
    given the current year. A date before 1990 or after the capture is rejected.
    """
    text = normalize_space(text)[:200]
    if not text:
        return ParsedDate(None, "none")
    value = _fast_path(text, tz_name)
    rule, flags = "fast", cast(tuple[str, ...], ())
    if value is None and not _HAS_YEAR.search(text):
        value = _yearless(text, tz_name, captured_at)
        rule, flags = "fast", ("year-inferred",)
    if value is None:
        rule, flags = "iso", ()
        try:
            value = _aware(datetime.fromisoformat(text), tz_name)
        except ValueError:
            value = _dateparser_path(text, tz_name, captured_at)
            rule = "dateparser"
            if value is not None and not _HAS_YEAR.search(text):
                flags = ("relative",) if _RELATIVE_HINT.search(text) else ("year-inferred",)
    if value is None:
        return ParsedDate(None, "none")
    if not (_EARLIEST <= value <= captured_at + timedelta(days=1)):
        return ParsedDate(None, rule, ("out-of-range",))
    return ParsedDate(value, rule, flags)


# --- language ------------------------------------------------------------------------------

# What counts as a Chinese character, for every module that asks (text length, language,
# shingles, the search index, author names): the CJK Unified Ideographs, Extension A and the
# Compatibility Ideographs. CJK_CHARS is a character-class body: rf"[{CJK_CHARS}]".
CJK_CHARS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_CHAR = re.compile(rf"[{CJK_CHARS}]")
CJK_RUN = re.compile(rf"[{CJK_CHARS}]+")


def weighted_length(text: str) -> int:
    """Characters, a CJK character counted like a short English word (three characters): what a
    length threshold means in both languages."""
    if text.isascii():
        return len(text)
    return len(text) + 2 * sum(map(len, CJK_RUN.findall(text)))  # runs: one match per run, not per character


_CJK_RUN = CJK_RUN
_LATIN_RUN = re.compile(r"[A-Za-z]+")


def detect_language(text: str) -> str | None:
    """``zh`` when CJK characters dominate, ``en`` when Latin letters do, else None.

    One CJK character carries about as much as a short English word, hence the weight.
    """
    sample = text[:4000]
    if sample.isascii():  # no CJK character: English as soon as it holds a Latin letter (the counts need not be read)
        return "en" if _LATIN_RUN.search(sample) else None
    cjk = sum(map(len, _CJK_RUN.findall(sample)))
    latin = sum(map(len, _LATIN_RUN.findall(sample)))
    if cjk == 0 and latin == 0:
        return None
    return "zh" if cjk * 4 >= latin else "en"
