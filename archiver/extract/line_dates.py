"""Dates as a page's short lines print them: a numeric day (``2024-03-11``, ``2024年3月11日``), a month's
name (``November 13, 2024``), other languages' (``22 Septembre 2018``, ``10.12.2017``). Shared by the date
rules and the byline rules (a byline's line is cut where its date starts)."""

from __future__ import annotations

import re

from archiver.normalize import day_first_date, word_month_date

DATE_IN_LINE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# ``November 13, 2024``, ``13 Nov 2024`` (``Dec 10,2018``, no space after the comma, as Chinese CMSs' English
# editions print it), with a time after it where the line gives one.
MONTH_NAME_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*|\s+)(?:19|20)\d{{2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:19|20)\d{{2}})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)


def shows_a_date(text: str) -> bool:
    """``text`` holds a date a page prints: numeric, with a month's name in English or another language."""
    return bool(
        DATE_IN_LINE.search(text) or MONTH_NAME_DATE.search(text) or day_first_date(text) or word_month_date(text)
    )
