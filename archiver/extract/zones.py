"""The time zone a page's wall-clock times are in, when the page does not say.

Order: the profile's ``timezone`` (a portal someone described), then the page's language
(``<html lang>``, ``content-language``, else its script) and the host's country domain.
Chinese, wherever written (mainland, Taiwan, Hong Kong, Singapore), is UTC+08:00: a fixed
offset, not a named zone, since only a profile says which place a site is in. A language
spoken across many zones (English, Spanish, Arabic) gives nothing, and times stay UTC.
"""

from __future__ import annotations

import re

from lxml import etree

from archiver.normalize import CJK_CHAR
from archiver.urls import netloc_of

UTC_ZONE = "UTC"
_BY_LANGUAGE = {
    "zh": "Etc/GMT-8",  # POSIX sign: Etc/GMT-8 is UTC+08:00
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "vi": "Asia/Ho_Chi_Minh",
    "th": "Asia/Bangkok",
    "id": "Asia/Jakarta",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pl": "Europe/Warsaw",
    "cs": "Europe/Prague",
    "da": "Europe/Copenhagen",
    "sv": "Europe/Stockholm",
    "nb": "Europe/Oslo",
    "no": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "tr": "Europe/Istanbul",
    "uk": "Europe/Kyiv",
    "he": "Asia/Jerusalem",
    "lt": "Europe/Vilnius",
    "is": "Atlantic/Reykjavik",
    "gl": "Europe/Madrid",
    "ca": "Europe/Madrid",
}
# Country domains for languages that span zones (English, Spanish, Portuguese, German ...).
_BY_COUNTRY_DOMAIN = {
    "cn": "Etc/GMT-8",
    "tw": "Etc/GMT-8",
    "hk": "Etc/GMT-8",
    "sg": "Etc/GMT-8",
    "mo": "Etc/GMT-8",
    "uk": "Europe/London",
    "ie": "Europe/Dublin",
    "de": "Europe/Berlin",
    "at": "Europe/Vienna",
    "ch": "Europe/Zurich",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "pt": "Europe/Lisbon",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "be": "Europe/Brussels",
    "lu": "Europe/Luxembourg",
    "li": "Europe/Vaduz",
    "dk": "Europe/Copenhagen",
    "se": "Europe/Stockholm",
    "no": "Europe/Oslo",
    "is": "Atlantic/Reykjavik",
    "pl": "Europe/Warsaw",
    "cz": "Europe/Prague",
    "lt": "Europe/Vilnius",
    "ua": "Europe/Kyiv",
    "tr": "Europe/Istanbul",
    "il": "Asia/Jerusalem",
    "lb": "Asia/Beirut",
    "jp": "Asia/Tokyo",
    "kr": "Asia/Seoul",
    "in": "Asia/Kolkata",
    "my": "Asia/Kuala_Lumpur",
    "vn": "Asia/Ho_Chi_Minh",
    "id": "Asia/Jakarta",
    "za": "Africa/Johannesburg",
    "na": "Africa/Windhoek",
    "tz": "Africa/Dar_es_Salaam",
    "ls": "Africa/Maseru",
    "nz": "Pacific/Auckland",
    "py": "America/Asuncion",
}
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HAN = CJK_CHAR  # one definition of a Chinese character (archiver.normalize)


def page_language(root: etree._Element) -> str | None:
    """The language the page declares (``<html lang>``, ``content-language``), two letters."""
    declared = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    if not declared:
        found = root.xpath(
            "string(//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content)"
        )
        declared = found or ""
    return declared.strip().lower()[:2] or None


def _script_language(text: str) -> str | None:
    if _KANA.search(text):
        return "ja"
    if _HANGUL.search(text):
        return "ko"
    return "zh" if _HAN.search(text) else None


def site_zone(root: etree._Element, url: str, sample: str = "") -> str:
    """The zone for times without an offset on a page whose profile names none.

    ``sample``: the page's title and label words; its script beats a declared language
    (themes ship ``lang="en"`` on Chinese blogs).
    """
    language = _script_language(sample) or page_language(root)
    if language in _BY_LANGUAGE:
        return _BY_LANGUAGE[language]
    tld = netloc_of(url).split(":")[0].rsplit(".", 1)[-1].lower()
    return _BY_COUNTRY_DOMAIN.get(tld, UTC_ZONE)
