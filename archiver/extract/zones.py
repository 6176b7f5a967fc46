"""The time zone a page's wall-clock times are in, when the page does not say.

Order: the profile's ``timezone`` (a portal someone described), then the page's language
(``<html lang>``, ``content-language``, else its script: the title's, else the text's) and the host's
country domain.
Chinese, wherever written (mainland, Taiwan, Hong Kong, Singapore), is UTC+08:00: a fixed
offset, not a named zone, since only a profile says which place a site is in. Han characters
alone (a site's name in kanji) are Japanese when the page's text has kana or it declares ``ja``.
Persian is Iran's time (Asia/Tehran: +03:30, and +04:30 in the summers it kept until 2022). A language
spoken across many zones (English, Spanish, Arabic) gives nothing, and times stay UTC.
"""

from __future__ import annotations

from lxml import etree

from archiver.normalize import detect_language, reads_japanese, script_language
from archiver.urls import netloc_of

UTC_ZONE = "UTC"
_BY_LANGUAGE = {
    "zh": "Etc/GMT-8",  # POSIX sign: Etc/GMT-8 is UTC+08:00
    "ja": "Asia/Tokyo",
    "fa": "Asia/Tehran",
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
# How much of the page's text tells Japanese from Chinese: the header, the menu and the article's start.
_TEXT_SAMPLE_CHARS = 3000
_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "svg"})


def page_language(root: etree._Element) -> str | None:
    """The language the page declares (``<html lang>``, ``content-language``), two letters."""
    declared = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    if not declared:
        found = root.xpath(
            "string(//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content)"
        )
        declared = found or ""
    return declared.strip().lower()[:2] or None


def _text_sample(root: etree._Element) -> str:
    """The page's first visible text (scripts and styles left out), about ``_TEXT_SAMPLE_CHARS`` characters."""
    body = root.find("body")
    parts: list[str] = []
    size = 0
    for element in (body if body is not None else root).iter():
        if isinstance(element.tag, str) and element.tag not in _NOT_TEXT and element.text:
            parts.append(element.text)
            size += len(element.text)
        if element.tail:
            parts.append(element.tail)
            size += len(element.tail)
        if size >= _TEXT_SAMPLE_CHARS:
            break
    return " ".join(parts)


def site_language(root: etree._Element, sample: str = "") -> str | None:
    """The page's language as far as its time zone goes: the script of ``sample``, else the declared one.

    ``sample``: the page's title and label words; its script beats a declared language (themes
    ship ``lang="en"`` on Chinese blogs). Han characters alone are Japanese too (a site's name in
    kanji): the page is Japanese when it declares so or its text has kana enough.
    """
    language = script_language(sample)
    if language == "zh" and (page_language(root) == "ja" or reads_japanese(_text_sample(root))):
        return "ja"
    return language or page_language(root) or _text_script_language(root)


def _text_script_language(root: etree._Element) -> str | None:
    """The language the script of the page's text tells, for a page whose title and labels are in Latin letters
    and that declares none: a Chinese post titled "git submodule vs git subtree" on a theme without ``lang``.
    Latin letters tell no language (English, Spanish ... span zones): only a script that does counts."""
    found = detect_language(_text_sample(root))
    return found if found in _BY_LANGUAGE else None


def zone_of_language(language: str | None, url: str) -> str:
    """The zone of a page in ``language`` at ``url``: the language's, else the country domain's, else UTC."""
    if language is not None and language in _BY_LANGUAGE:
        return _BY_LANGUAGE[language]
    tld = netloc_of(url).split(":")[0].rsplit(".", 1)[-1].lower()
    return _BY_COUNTRY_DOMAIN.get(tld, UTC_ZONE)
