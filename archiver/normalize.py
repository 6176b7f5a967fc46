"""Pure normalizers: whitespace, dates (always timezone-aware), language.

No naive datetime leaves this module. dateparser is the slow fallback (about 2 ms a call
when cold), so the common portal formats go through a regex fast path first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from typing import cast
from zoneinfo import ZoneInfo

from archiver.compat import rebase_relative_dates
from archiver.solar_hijri import DIGITS_AND_MARKS, parse_solar_hijri

_BLANKS = r"\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff"
_SPACE_CHARS = re.compile(rf"[{_BLANKS}]+")
# The word joiner and the soft hyphen: invisible, and no word's spelling holds one.
_ZERO_WIDTH = re.compile(r"[\u2060\u00ad]")
# The zero-width non-joiner and joiner are spelling inside a word (Persian ``می‌شود``, Indic conjuncts,
# emoji sequences) but mean nothing beside a blank or at either end of the text.
_LOOSE_JOINERS = re.compile(rf"(?:\A|(?<=[{_BLANKS}]))[\u200c\u200d]+|[\u200c\u200d]+(?=[{_BLANKS}]|\Z)")
# Between two characters of a script written without spaces between words (Han, kana, their punctuation and
# full-width forms) a zero-width character marks no word break: a CMS or an editor's paste leaves one in
# "习近平\u200b主席", which reads "习近平主席", not two words. Thai and Khmer, written without spaces too, mark
# their word breaks so: there it stays a break (a space), as everywhere else.
_UNSPACED = r"\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# The punctuation such text shares with others (the dash "——", curly quotes, the ellipsis, the middle dot): beside
# a Han or kana character a zero-width character marks no break either ("谋融合\u200b——本届…", a headline).
_SHARED_PUNCTUATION = r"\u00b7\u2014\u2015\u2018\u2019\u201c\u201d\u2026"
_ZERO_WIDTH_IN_UNSPACED = re.compile(
    rf"(?<=[{_UNSPACED}])[\u200b\u200c\u200d\ufeff]+(?=[{_UNSPACED}{_SHARED_PUNCTUATION}])"
    rf"|(?<=[{_SHARED_PUNCTUATION}])[\u200b\u200c\u200d\ufeff]+(?=[{_UNSPACED}])"
)


def normalize_space(text: str | None) -> str:
    """Collapse every kind of blank (``&nbsp;``, full-width space, zero-width space) into one space.

    The word joiner and the soft hyphen go; the zero-width (non-)joiner stays inside a word; any zero-width
    character between two Han or kana characters, or between one and a dash, quote or ellipsis, goes (no word
    break there, ``_ZERO_WIDTH_IN_UNSPACED``).
    """
    if not text:
        return ""
    if text.isascii():  # no zero-width or exotic blank to look for (isascii is a flag, not a scan)
        return " ".join(text.split())
    # Substring scans are a hundred times faster than the character class's scan on a page's whole
    # text, and as fast on a short one (spelled out: a generator over the characters costs a microsecond).
    if "\u2060" in text or "\u00ad" in text:
        text = _ZERO_WIDTH.sub("", text)
    # Each pair scanned once for most text: removing characters never adds one, so a pair absent here stays
    # absent (present, it is looked for again below, where the first removal may have taken it).
    joiners = "\u200c" in text or "\u200d" in text
    zero_width_spaces = "\u200b" in text or "\ufeff" in text
    if joiners or zero_width_spaces:
        text = _ZERO_WIDTH_IN_UNSPACED.sub("", text)
    if joiners:
        text = _LOOSE_JOINERS.sub("", text)
    if zero_width_spaces and ("\u200b" in text or "\ufeff" in text):
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
# ``10.12.2017``: day, month, year, as every language writing dates with dots does (German, Russian, Polish,
# Czech, Finnish, Turkish ...); English writes the month first with slashes, never with dots. The library,
# asked in English, read the dotted day as the month (2017-10-12).
_DOTTED_DAY_FIRST = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2})(?![\d.])"
    r"(?:,?\s+(?:[^\W\d_]{1,4}\.?\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2}))?(?!\d))?"
)
# The time of day after a date, a short word between them: ``um 15:44``, ``à 14h30``, ``, 09:05``
_TIME_AFTER = re.compile(r",?\s+(?:[^\W\d_]{1,4}\.?\s+)?(?P<H>\d{1,2})[:h.](?P<M>\d{2})(?!\d)")
# A day, a month's name and a year, in either order: ``22 Septembre 2018``, ``14. März 2019``, ``1 Agustus
# 2025``, ``5 de mayo de 2021``, ``Juli 24, 2020``. The name is a month's in some language (see _month_names);
# a short word may link the parts (``de``).
_WORD_MONTH_DATE = re.compile(
    r"(?<![\w.])(?P<d>\d{1,2})\.?\s+(?:[^\W\d_]{1,3}\s+)?(?P<word>[^\W\d_]{3,12})\.?,?\s+(?:[^\W\d_]{1,3}\s+)?"
    r"(?P<y>(?:19|20)\d{2})(?!\d)"
    r"|(?<![\w.])(?P<word2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(?P<y2>(?:19|20)\d{2})(?!\d)"
)
_HAS_YEAR = re.compile(r"(?:19|20)\d{2}")
_RELATIVE_HINT = re.compile(r"ago|yesterday|today|前|昨天|今天|前天|刚刚|hour|minute|day|week|month", re.IGNORECASE)
_EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
# A generator's "no date": Go's zero time (Hugo writes ``0001-01-01T00:00:00Z`` in a page's JSON-LD and
# ``Mon, 01 Jan 0001 00:00:00 +0000`` in its feed for a page whose front matter has none), .NET's
# ``DateTime.MinValue`` (the same day) and MySQL's zero date (``0000-00-00 00:00:00``).
_ZERO_DATE_IN_TEXT = re.compile(
    r"(?<![\d-])000[01]-0?[01]-0?[01](?!\d)|(?<!\d)0?[01]\s+[A-Za-z]{3,9}\.?,?\s+000[01](?!\d)"
)
_ZERO_DATE = re.compile(r"^\s*000[01]-0?[01]-0?[01](?![\d])|(?<!\d)0?[01]\s+[A-Za-z]{3,9}\.?\s+000[01](?!\d)")


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
    match = _FULL_DATE.search(text) or _COMPACT_DATE.search(text) or _DOTTED_DAY_FIRST.search(text)
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


# A month word two languages give two months names the one this many times as many locales give it as any other
MONTH_WORD_MAJORITY = 5


@lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    """Month names and their abbreviations in every language dateparser knows (``septembre`` 9, ``märz`` 3,
    ``agustus`` 8, ``января`` 1), lower-cased: the library's own vocabulary, read once (about a second and a
    half) and only when a date names its month in a word the English reading did not know. A word that names
    two months in two languages (``listopad``: November in Polish, Czech and Slovak, October in Croatian) names
    none, unless MONTH_WORD_MAJORITY times as many of the library's locales give it one month as give it any other:
    ``mar`` is March in fifty locales and May in one (Teso), ``mac`` March in eleven (Malay) and February in one."""
    from dateparser.data import languages_info
    from dateparser.languages.loader import default_loader

    months: dict[str, Counter[int]] = {}
    names = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december")  # fmt: skip
    for locale in default_loader.get_locales(languages=languages_info.language_order, allow_conflicting_locales=True):
        for number, name in enumerate(names, start=1):
            for word in locale.info.get(name, ()):
                word = word.strip(".").lower()
                if len(word) >= 3 and word.isalpha():
                    months.setdefault(word, Counter())[number] += 1
    named: dict[str, int] = {}
    for word, counts in months.items():
        (month, most), *others = counts.most_common()
        if not others or most >= MONTH_WORD_MAJORITY * others[0][1]:
            named[word] = month
    return named


@lru_cache(maxsize=1)
def _weekday_names() -> frozenset[str]:
    """Weekday names and their abbreviations in every language dateparser knows (``miércoles``, ``mittwoch``,
    ``mercredi``, ``среда``), lower-cased: the library's own vocabulary, read once as the month names are."""
    from dateparser.data import languages_info
    from dateparser.languages.loader import default_loader

    names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    words: set[str] = set()
    for locale in default_loader.get_locales(languages=languages_info.language_order, allow_conflicting_locales=True):
        for name in names:
            for word in locale.info.get(name, ()):
                word = word.strip(".").lower()
                if len(word) >= 2 and word.isalpha():
                    words.add(word)
    return frozenset(words)


_WEEKDAY_BEFORE = re.compile(r"(?P<weekday>[^\W\d_]{2,12})\.?,?\s+")


def word_month_date_alone(text: str) -> re.Match[str] | None:
    """The ``day month-name year`` date (a month's name in some language) that is the whole of ``text``, or follows
    the day's weekday alone: "12 de diciembre de 2018", "Miércoles 12 de Diciembre de 2018", "Mittwoch, 12. Dezember
    2018". None where ``text`` says anything more (a headline's "Top 10 films 2020" names no month)."""
    text = text.strip(" \t\r\n.,;:|")
    found = word_month_date(text)
    if found is None or found.end() != len(text.rstrip(".")):
        return None
    if found.start() == 0:
        return found
    weekday = _WEEKDAY_BEFORE.fullmatch(text, 0, found.start())
    return found if weekday is not None and weekday["weekday"].lower() in _weekday_names() else None


def day_first_date(text: str) -> re.Match[str] | None:
    """The first ``10.12.2017`` (day, month, year with dots) in ``text``."""
    return _DOTTED_DAY_FIRST.search(text)


# ``07/02/2020``, ``7-2-2020``: the day and the month as numbers, the year last. Which comes first differs by country
# (the US writes the month first, most of the world the day), and a date whose two numbers are both 12 or less says
# nothing of it: the other dates the site prints in the same form do (``20/06/2022`` can only be day first).
_NUMERIC_DAY_MONTH_YEAR = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/.-]|:\d)"
)


def numeric_day_month_year(text: str) -> re.Match[str] | None:
    """The first ``07/02/2020`` (two numbers and the year, with slashes or dashes) in ``text``."""
    return _NUMERIC_DAY_MONTH_YEAR.search(text)


def numeric_order_of(match: re.Match[str]) -> str | None:
    """``"dmy"`` or ``"mdy"`` where the date's own numbers tell (``20/06/2022``, ``06/20/2022``), else None."""
    first, second = int(match["a"]), int(match["b"])
    if 12 < first <= 31 and 1 <= second <= 12:
        return "dmy"
    if 12 < second <= 31 and 1 <= first <= 12:
        return "mdy"
    return None


def numeric_date_order(texts: Iterable[str]) -> str | None:
    """The order the numeric dates in ``texts`` settle: ``"dmy"`` where some can only be day first and none only
    month first, ``"mdy"`` the other way round, None where none tells or they disagree."""
    seen = {order for text in texts for m in _NUMERIC_DAY_MONTH_YEAR.finditer(text) if (order := numeric_order_of(m))}
    return next(iter(seen)) if len(seen) == 1 else None


def numeric_day(match: re.Match[str], order: str) -> str | None:
    """The ``YYYY-MM-DD`` a numeric date names when read in ``order`` (None: no such day)."""
    first, second = int(match["a"]), int(match["b"])
    day, month = (first, second) if order == "dmy" else (second, first)
    try:
        return date(int(match["y"]), month, day).isoformat()
    except ValueError:
        return None


def with_numeric_days_in_order(text: str, order: str | None) -> str:
    """``text`` with each numeric date written ``YYYY-MM-DD`` as read in ``order`` (unchanged without one)."""
    if order is None:
        return text
    return _NUMERIC_DAY_MONTH_YEAR.sub(lambda m: numeric_day(m, order) or m.group(0), text)


def word_month_date(text: str) -> re.Match[str] | None:
    """The first ``day month-name year`` (or ``month-name day year``) in ``text`` whose word is a month's name in
    some language."""
    for match in _WORD_MONTH_DATE.finditer(text):
        word = (match["word"] or match["word2"]).lower()
        if word in _month_names():
            return match
    return None


def _word_month_path(text: str, tz_name: str) -> datetime | None:
    match = word_month_date(text)
    if match is None:
        return None
    month = _month_names()[(match["word"] or match["word2"]).lower()]
    clock = _TIME_AFTER.match(text, match.end())
    hour, minute = (int(clock["H"]), int(clock["M"])) if clock else (0, 0)
    try:
        value = datetime(int(match["y"] or match["y2"]), month, int(match["d"] or match["d2"]), hour, minute)
    except ValueError:
        return None
    return _aware(value, tz_name)


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


def is_zero_date_in(text: str) -> bool:
    """Whether ``text`` prints a generator's zero date somewhere (``01 January 0001`` in a card's meta line)."""
    return _ZERO_DATE_IN_TEXT.search(text) is not None


def is_zero_date(text: str | None) -> bool:
    """Whether ``text`` is a generator's zero date (year 1 or 0): the page has no date, and says so."""
    return bool(text) and _ZERO_DATE.search(text or "") is not None


def parse_date(text: str | None, tz_name: str, captured_at: datetime, *, solar_hijri: bool = False) -> ParsedDate:
    """Parse a portal date (label already stripped) into an aware datetime.

    A date without its own offset is in the portal's zone ``tz_name``. A year-less or
    relative date is resolved against ``captured_at`` and flagged, never silently
    given the current year. A date before 1990 or after the capture is rejected.
    Persian and Arabic-Indic digits read as digits. ``solar_hijri`` (a Persian page): a
    year from 1300 to 1499 is a Solar Hijri one (``1392/10/17`` is 2014-01-07).
    """
    text = normalize_space(text)[:200]
    if not text:
        return ParsedDate(None, "none")
    if not text.isascii():
        text = text.translate(DIGITS_AND_MARKS)
    value, rule, flags = None, "solar-hijri", cast(tuple[str, ...], ())
    if solar_hijri:
        shown = parse_solar_hijri(text)
        value = _aware(shown, tz_name) if shown else None
    if value is None:
        value, rule = _fast_path(text, tz_name), "fast"
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
            if value is None:
                value, rule = _word_month_path(text, tz_name), "month-name"
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
    # What is left once every run of other characters is cut out is the CJK characters: one substitution,
    # 1.04-2.7x faster than collecting the CJK runs (the text of a whole page, Chinese or English).
    return len(text) + 2 * len(_NOT_CJK_RUN.sub("", text))


_NOT_CJK_RUN = re.compile(rf"[^{CJK_CHARS}]+")


_CJK_RUN = CJK_RUN
_LATIN_RUN = re.compile(r"[A-Za-z]+")
# Hiragana and katakana (full and half width): Japanese's own. Not the middle dot ・ nor the long-vowel
# mark ー, which Chinese text borrows.
_KANA_RUN = re.compile(r"[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff\uff66-\uff9d]+")
_HANGUL_RUN = re.compile(r"[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]+")
_ARABIC_SCRIPT_RUN = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f]+")
# Letters Persian writes and Arabic does not: پ چ ژ گ, and the Persian forms of kaf and yeh (ک ی).
_PERSIAN_LETTERS = re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc]")
# Arabic-script letters outside Persian's alphabet: Urdu's ٹ ڈ ڑ ں ے, Kurdish's ڕ ڵ ۆ ێ ە, Pashto's
# ټ ډ ښ, Sindhi's, Uyghur's ... (Persian's own six and ۀ left out of the ranges).
_OTHER_ARABIC_SCRIPT_LETTERS = re.compile(
    r"[\u0671-\u067d\u067f-\u0685\u0687-\u0697\u0699-\u06a8\u06aa-\u06ae\u06b0-\u06bf"
    r"\u06c1-\u06cb\u06cd-\u06d3\u06d5\u0750-\u077f]"
)


def _run_length(pattern: re.Pattern[str], text: str) -> int:
    return sum(map(len, pattern.findall(text)))  # runs: one match per run, not per character


@dataclass(frozen=True)
class _ScriptCounts:
    """Letters of each script a language is told by, in a sample of text."""

    han: int
    kana: int
    hangul: int
    arabic: int

    @classmethod
    def of(cls, sample: str) -> _ScriptCounts:
        if sample.isascii():
            return cls(0, 0, 0, 0)
        return cls(
            _run_length(_CJK_RUN, sample),
            _run_length(_KANA_RUN, sample),
            _run_length(_HANGUL_RUN, sample),
            _run_length(_ARABIC_SCRIPT_RUN, sample),
        )

    @property
    def east_asian(self) -> int:
        return self.han + self.kana + self.hangul


def _east_asian_language(counts: _ScriptCounts) -> str:
    """Kana at least a ninth of the ideographs is Japanese (a Chinese text quoting a Japanese name has a
    few kana among hundreds of characters; Japanese prose is a third kana or more); Hangul that outnumbers
    them is Korean; the rest Chinese."""
    if counts.hangul > counts.han + counts.kana:
        return "ko"
    return "ja" if counts.kana and counts.kana * 8 >= counts.han else "zh"


def _is_persian(sample: str) -> bool:
    """Arabic script with Persian's own letters and hardly a letter of another language's alphabet."""
    persian = len(_PERSIAN_LETTERS.findall(sample))
    return persian > 0 and len(_OTHER_ARABIC_SCRIPT_LETTERS.findall(sample)) * 10 < persian


def script_language(text: str) -> str | None:
    """The language a text's own script tells, Latin letters aside: ``zh``, ``ja``, ``ko``, ``fa`` or None.

    For short texts that name a site or a date label (a title: ``IGGG 群馬大学`` is East Asian, not English).
    """
    sample = text[:4000]
    counts = _ScriptCounts.of(sample)
    if counts.east_asian:
        return _east_asian_language(counts)
    return "fa" if counts.arabic and _is_persian(sample) else None


def reads_japanese(text: str) -> bool:
    """``script_language(text) == "ja"``, in one scan where the text holds no kana (a Chinese page's): Japanese
    is told by its kana, so a text without any is not Japanese, whatever its other scripts."""
    sample = text[:4000]
    if sample.isascii() or not _KANA_RUN.search(sample):
        return False
    return script_language(text) == "ja"


def detect_language(text: str) -> str | None:
    """The dominant script's language: ``zh``, ``ja``, ``ko``, ``fa``, ``en`` for Latin letters, else None.

    One CJK character carries about as much as a short English word, hence the weight. Arabic script
    that is not Persian gives None (Arabic, Urdu ...: the page's declared language tells).
    """
    sample = text[:4000]
    if sample.isascii():  # no CJK, kana or Arabic letter: English as soon as it holds a Latin letter
        return "en" if _LATIN_RUN.search(sample) else None
    counts = _ScriptCounts.of(sample)
    latin = _run_length(_LATIN_RUN, sample)
    if counts.east_asian == 0 and latin == 0 and counts.arabic == 0:
        return None
    if counts.east_asian * 4 >= max(latin, counts.arabic):
        return _east_asian_language(counts)
    if counts.arabic >= latin:
        return "fa" if _is_persian(sample) else None
    return "en"
