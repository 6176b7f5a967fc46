"""Solar Hijri (Jalali, Persian) dates as Iranian and Afghan pages print them: ``1392/10/17``,
``۱۳۹۲/۱۰/۱۷``, ``۱۷ دی ۱۳۹۲``.

Pure text in, a Gregorian wall-clock time out; the calendar arithmetic is jdatetime's. A year is
read in this calendar only from 1300 to 1499 (1921 to 2121): such a year is never a plausible
Gregorian one on the web, so the reading cannot shadow a Gregorian date.
"""

from __future__ import annotations

import re
from datetime import datetime

# Persian (۰-۹) and Arabic-Indic (٠-٩) digits as ASCII; the bidirectional marks that right-to-left
# text puts around numbers dropped.
_TRANSLATION: dict[int, str | None] = {
    **{0x06F0 + n: str(n) for n in range(10)},
    **{0x0660 + n: str(n) for n in range(10)},
    **dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")),
}
DIGITS_AND_MARKS = str.maketrans(_TRANSLATION)
# The months in order, as Iran names them (فروردین ... اسفند), with the Arabic-keyboard spellings of
# ی and ک beside the Persian ones.
_MONTHS = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)
_ARABIC_FORMS = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0649": "\u06cc"})
_MONTH_NUMBER = {name: number for number, name in enumerate(_MONTHS, start=1)}
_YEAR = r"(?P<y>1[34]\d{2})"
_TIME = r"(?:\s*(?:-|،|,|ساعت)?\s*(?P<H>\d{1,2})\s*:\s*(?P<M>\d{2})(?:\s*:\s*(?P<S>\d{2}))?)?"
# 1392/10/17, 1392-10-17, 1392.10.17, with a time after it where the text gives one.
_NUMERIC = re.compile(rf"(?<!\d){_YEAR}\s*([-/.])\s*(?P<m>\d{{1,2}})\s*\2\s*(?P<d>\d{{1,2}})(?!\d){_TIME}")
_MONTH_ALTERNATIVES = "|".join(sorted(_MONTHS, key=len, reverse=True))
# ۱۷ دی ۱۳۹۲, ۱۷ دی ماه ۱۳۹۲, ۱۷ دی‌ماه سال ۱۳۹۲
_NAMED = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<month>{_MONTH_ALTERNATIVES})(?:\s*\u200c?\s*ماه)?\s+(?:سال\s+)?{_YEAR}(?!\d){_TIME}"
)


def solar_hijri_match(text: str) -> re.Match[str] | None:
    """The first Solar Hijri date in ``text`` (digits and marks already translated: ``DIGITS_AND_MARKS``)."""
    return _NUMERIC.search(text) or _NAMED.search(text.translate(_ARABIC_FORMS))


def parse_solar_hijri(text: str) -> datetime | None:
    """The first Solar Hijri date in ``text`` as a naive Gregorian wall-clock time, or None.

    None too for a day the calendar does not have (``1392/12/31``, month 13, 25:00).
    """
    match = solar_hijri_match(text.translate(DIGITS_AND_MARKS))
    if match is None:
        return None
    groups = match.groupdict()
    month = _MONTH_NUMBER[groups["month"]] if groups.get("month") else int(groups["m"])
    import jdatetime  # 6 ms to import (locale tables): only for a page that shows such a date

    try:
        day = jdatetime.date(int(groups["y"]), month, int(groups["d"])).togregorian()
        return datetime(
            day.year, day.month, day.day, int(groups["H"] or 0), int(groups["M"] or 0), int(groups["S"] or 0)
        )
    except ValueError:
        return None
