"""An article page as a record: each field is a cascade of rules and the winning rule is kept."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from typing import Any

from lxml import etree

from archiver.extract import body as body_rules
from archiver.extract.html import BLOCK_TAGS, inline_text, parse_html
from archiver.extract.labels import (
    LabelHit,
    clean_author,
    parse_label_line,
    parse_source,
    split_keywords,
    starts_with_label,
)
from archiver.extract.version import EXTRACTOR_VERSION
from archiver.normalize import detect_language, normalize_paragraphs, normalize_space, parse_date
from archiver.profiles import SiteProfile, load_profile
from archiver.urls import netloc_of

_TITLE_SEPARATORS = re.compile(r"\s*(?:[-_|–—]{1,2}|::|»)\s*")
_SEPARATOR_AT_START = re.compile(r"\s*(?:[-_|–—]{1,2}|::|»)")
_SEPARATOR_AT_END = re.compile(r"(?:[-_|–—]{1,2}|::|»)\s*$")


def _is_title_affix(doc_title: str, text: str) -> bool:
    """``text`` is ``<title>`` up to (or from) a separator: a headline that itself holds a hyphen."""
    if len(text) < 4 or text == doc_title:
        return False
    if doc_title.startswith(text):
        return _SEPARATOR_AT_START.match(doc_title, len(text)) is not None
    if doc_title.endswith(text):
        return _SEPARATOR_AT_END.search(doc_title[: -len(text)]) is not None
    return False


_CRUMB_SEPARATORS = re.compile(r"\s*(?:>>|>|›|»|→|/|\\)\s*")
_CRUMB_NOISE = frozenset({"首页", "主页", "网站首页", "home", "homepage", "正文", "详情", "内容",
                          "content", "details", "detail", "article", "当前位置", "位置"})
_META_DATE_NAMES = ("article:published_time", "pubdate", "publishdate", "publish_date", "date",
                    "dc.date", "dc.date.issued", "og:published_time", "published_time")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?([01]\d)[/-]?([0-3]\d)/")
_TRAILING_DIGITS = re.compile(r"(\d{3,})(?!.*\d)")
_TITLE_TAGS = ("h1", "h2", "h3", "h4", "div", "p", "span", "strong", "td", "b", "font")
_TITLE_TOKENS = frozenset({"title", "tit", "headline", "biaoti", "bt", "heading"})
_NOT_TITLE_TOKENS = frozenset({"logo", "sitename", "site", "brand"})
_DATE_IN_LINE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")


@dataclass
class FieldTrace:
    """Which rule produced each field: what a profile author reads when a field is wrong."""

    rules: dict[str, str] = field(default_factory=dict)

    def set(self, name: str, rule: str) -> None:
        self.rules[name] = rule


def _first_css(root: etree._Element, selectors: tuple[str, ...]) -> tuple[etree._Element, str] | None:
    for selector in selectors:
        for element in root.cssselect(selector):
            if normalize_space(element.text_content()) or element.find(".//img") is not None:
                return element, selector
    return None


_NAV_TOKENS = frozenset({"nav", "navbar", "menu", "footer", "copyright", "sidebar", "related"})
_TEXT_WITH_COLON = etree.XPath("//text()[contains(., ':') or contains(., '：')]")

class ArticlePage:
    """The fields of one article page; pure: (html, url, profile) in, record out."""

    def __init__(self, html: str | bytes, url: str, profile: SiteProfile | None = None, *,
                 charset: str | None = None, captured_at: datetime | None = None,
                 parsed: tuple[etree._Element, str] | None = None) -> None:
        self.url = url
        self.profile = profile or load_profile("generic")
        self.captured_at = captured_at or datetime.now(UTC)
        self.root, self.encoding = parsed or parse_html(html, charset)
        self.trace = FieldTrace()
        self._nav: dict[etree._Element, bool] = {}
        self._labels, self._label_elements = self._collect_labels()

    # --- labels -------------------------------------------------------------------------

    def _label_candidates(self) -> list[tuple[etree._Element, str]]:
        # A label line holds a colon, so only elements holding a text node with one can start with a label.
        holding_colon: set[etree._Element] = set()
        for text in _TEXT_WITH_COLON(self.root):
            owner = text.getparent()
            if text.is_tail and owner is not None:
                owner = owner.getparent()
            while owner is not None and owner not in holding_colon:
                holding_colon.add(owner)
                owner = owner.getparent()
        found = []
        for element in self.root.iter():
            if element not in holding_colon or not isinstance(element.tag, str) or \
                    element.tag in ("html", "body", "head", "title"):
                continue
            line = inline_text(element)
            if line and len(line) <= 400 and starts_with_label(line) and not self._in_nav(element):
                found.append((element, normalize_space(line)))
        return found

    def _in_nav(self, element: etree._Element) -> bool:
        """Inside site navigation, a footer, a sidebar or related links (memoized per element)."""
        known = self._nav.get(element)
        if known is None:
            parent = element.getparent()
            known = self._is_nav(element) or (parent is not None and self._in_nav(parent))
            self._nav[element] = known
        return known

    @staticmethod
    def _is_nav(node: etree._Element) -> bool:
        if not isinstance(node.tag, str):
            return False
        if node.tag == "footer" and any(a.tag == "article" for a in node.iterancestors()):
            return False  # an article's own footer holds its tags, not site furniture
        return node.tag in ("nav", "footer") or bool(body_rules.tokens(node) & _NAV_TOKENS)

    def _collect_labels(self) -> tuple[dict[str, LabelHit], list[etree._Element]]:
        """First labelled value per kind in document order, each from the tightest element holding it."""
        candidates = self._label_candidates()
        chosen: dict[str, LabelHit] = {}
        used: list[etree._Element] = []
        for index, (element, line) in enumerate(candidates):
            for hit in parse_label_line(line):
                if hit.kind in chosen:
                    continue
                owner, tight = self._tighter(hit, element, candidates[index + 1:])
                chosen[hit.kind] = tight
                if owner not in used:
                    used.append(owner)
        return chosen, used

    @staticmethod
    def _tighter(hit: LabelHit, element: etree._Element,
                 later: list[tuple[etree._Element, str]]) -> tuple[etree._Element, LabelHit]:
        """The deepest nested element holding the same label, and the value where the page ends it.

        A nested block (``<p>Tags:</p><div>Share ...</div>``) ends a value, even an empty
        one; a nested inline element only when its value is a non-empty prefix.
        """
        owner, best, depth = element, hit, -1
        for inner, line in later:
            if element not in inner.iterancestors():
                continue
            for inner_hit in parse_label_line(line):
                if inner_hit.kind != hit.kind or not hit.value.startswith(inner_hit.value):
                    continue
                inner_depth = sum(1 for _ in inner.iterancestors())
                if inner_depth > depth:
                    owner, depth = inner, inner_depth
                    if inner_hit.value != hit.value and (inner_hit.value or inner.tag in BLOCK_TAGS):
                        best = inner_hit
        return owner, best

    def _label(self, kind: str) -> LabelHit | None:
        return self._labels.get(kind)

    def _profile_value(self, name: str) -> tuple[etree._Element, str] | None:
        return _first_css(self.root, self.profile.selectors.get(name, ()))

    # --- fields ---------------------------------------------------------------------------

    def title(self) -> tuple[str | None, etree._Element | None]:
        hit = self._profile_value("title")
        if hit:
            self.trace.set("title", f"profile:{hit[1]}")
            return normalize_space(hit[0].text_content()), hit[0]
        doc_title = normalize_space(self.root.findtext(".//title") or "")
        found = self._title_from_doc_title(doc_title) or self._title_from_headings(doc_title)
        if found:
            return found
        og = self.root.xpath("string(//meta[@property='og:title']/@content)")
        if og.strip():
            self.trace.set("title", "meta:og:title")
            return normalize_space(og), None
        if doc_title:
            self.trace.set("title", "title-tag")
            return _TITLE_SEPARATORS.split(doc_title)[0] or doc_title, None
        self.trace.set("title", "none")
        return None, None

    def _title_candidates(self) -> Iterator[tuple[etree._Element, str]]:
        for element in self.root.iter(*_TITLE_TAGS):
            if self._in_nav(element) or body_rules.tokens(element) & _NOT_TITLE_TOKENS:
                continue
            text = normalize_space(element.text_content())
            if 2 <= len(text) <= 200:
                yield element, text

    def _title_from_doc_title(self, doc_title: str) -> tuple[str, etree._Element] | None:
        """The element repeating the ``<title>`` (or its longest part): the on-page headline."""
        parts = {p for p in (doc_title, *_TITLE_SEPARATORS.split(doc_title)) if len(p) >= 4}
        best: tuple[int, int, etree._Element, str] | None = None
        for element, text in self._title_candidates():
            if text in parts or _is_title_affix(doc_title, text):
                rank = (len(text), int(element.tag in ("h1", "h2", "h3")))
                if best is None or rank > best[:2]:
                    best = (*rank, element, text)
        if best is None:
            return None
        self.trace.set("title", f"title-match:{best[2].tag}")
        return best[3], best[2]

    def _title_from_headings(self, doc_title: str) -> tuple[str, etree._Element] | None:
        """A heading before the labelled meta line, or one whose text is part of ``<title>``."""
        meta_first = self._label_elements[0] if self._label_elements else None
        best, best_score = None, 0.0
        for element, text in self._title_candidates():
            if element.tag not in ("h1", "h2", "h3") and not body_rules.tokens(element) & _TITLE_TOKENS:
                continue
            related = bool(doc_title) and text in doc_title
            before_meta = meta_first is not None and self._precedes(element, meta_first)
            if not (related or before_meta or not doc_title):
                continue
            score = {"h1": 3.0, "h2": 2.0, "h3": 1.0}.get(element.tag, 1.5) + 3 * before_meta
            if related:
                score += 4 * len(text) / max(len(doc_title), 1)
            if score > best_score:
                best, best_score = (text, element), score
        if best:
            self.trace.set("title", f"heading:{best[1].tag}")
        return best

    @staticmethod
    def _precedes(first: etree._Element, second: etree._Element) -> bool:
        for element in first.itersiblings():
            if element is second or second in element.iterdescendants():
                return True
        parent = first.getparent()
        return parent is not None and parent is not second and any(
            s is second or second in s.iterdescendants() for s in parent.itersiblings()
        ) and len(list(parent)) <= 3

    def _labelled(self, name: str, kind: str) -> tuple[str | None, str]:
        hit = self._profile_value(name)
        if hit:
            text = normalize_space(hit[0].text_content())
            labelled = parse_label_line(text)
            value = labelled[0].value if labelled and labelled[0].position == 0 else text
            return value, f"profile:{hit[1]}"
        label = self._label(kind)
        if label:
            return label.value, f"label:{label.label}"
        return None, "none"

    def source(self) -> dict[str, Any]:
        raw, rule = self._labelled("source", "source")
        parsed = parse_source(raw)
        self.trace.set("source", rule)
        return {"source": parsed.name, "source_raw": parsed.raw, "reprinted": parsed.reprinted}

    def author(self) -> str | None:
        raw, rule = self._labelled("author", "author")
        self.trace.set("author", rule)
        return clean_author(raw)

    def published_at(self, title_element: etree._Element | None) -> tuple[str | None, list[str]]:
        tz = self.profile.timezone
        raw, rule = self._labelled("date", "date")
        if raw is None:
            raw, rule = self._meta_date()
        if raw is None and title_element is not None:
            raw, rule = self._date_near(title_element)
        if raw is None:
            match = _URL_DATE.search(self.url)
            raw, rule = ("-".join(match.groups()), "url") if match else (None, "none")
        parsed = parse_date(raw, tz, self.captured_at)
        self.trace.set("published_at", f"{rule}/{parsed.rule}" if raw else "none")
        return parsed.iso, list(parsed.flags)

    def _meta_date(self) -> tuple[str | None, str]:
        for name in _META_DATE_NAMES:
            value = self.root.xpath(
                "string(//meta[translate(@name,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')"
                f"='{name}' or @property='{name}' or @itemprop='datePublished']/@content)"
            )
            if value.strip():
                return value, f"meta:{name}"
        time_value = self.root.xpath("string(//time[@datetime][1]/@datetime)")
        return (time_value, "time-tag") if time_value.strip() else (None, "none")

    def _date_near(self, title_element: etree._Element) -> tuple[str | None, str]:
        """An unlabelled date in the short lines right after the title."""
        for seen, element in enumerate(title_element.itersiblings()):
            if seen > 4:
                break
            for node in element.iter():
                line = normalize_space(node.text or "")
                if line and len(line) <= 80 and _DATE_IN_LINE.search(line):
                    return line, "near-title"
        return None, "none"

    def keywords(self) -> list[str]:
        raw, rule = self._labelled("keywords", "keywords")
        self.trace.set("keywords", rule)
        return split_keywords(raw)

    def breadcrumb_category(self, title: str | None) -> list[str]:
        hit = self._profile_value("breadcrumb")
        text = normalize_space(hit[0].text_content()) if hit else None
        if text is None:
            label = self._label("breadcrumb")
            text = label.value if label else None
        if not text:
            self.trace.set("categories", "none")
            return []
        parts = [p for p in _CRUMB_SEPARATORS.split(text) if p and p.lower() not in _CRUMB_NOISE
                 and p != title and len(p) <= 40]
        self.trace.set("categories", "profile:breadcrumb" if hit else "label:breadcrumb")
        return parts[-1:]

    def body(self, title: str | None, title_element: etree._Element | None) -> dict[str, Any]:
        hit = self._profile_value("body")
        if hit:
            container, rule = hit[0], f"profile:{hit[1]}"
        else:
            container, rule = body_rules.find_content(self.root), "main-content"
        drop = list(self._label_elements)
        if title_element is not None:
            drop.append(title_element)
        if container is None or any(container is d or d in container.iterancestors() for d in drop):
            self.trace.set("body", "none")  # the "content" is the headline or the meta line
            return {"body": "", "body_html": "", "images": []}
        body_rules.clean_container(container, drop, self.profile.boilerplate)
        paragraphs = body_rules.paragraphs(container, title)
        text = normalize_paragraphs(paragraphs)
        body_html = body_rules.sanitized_html(container, self.url)
        if "<p" not in body_html:  # <br>-separated text: give each paragraph its own <p>
            body_html = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p)
        self.trace.set("body", rule)
        return {"body": text, "body_html": body_html,
                "images": body_rules.image_urls(container, self.url)}

    def language(self, text: str) -> str | None:
        detected = detect_language(text)
        if detected:
            self.trace.set("language", "text")
            return detected
        edition = self.profile.languages.get(netloc_of(self.url))
        if edition:
            self.trace.set("language", "profile")
            return edition
        lang = (self.root.get("lang") or "").lower()[:2] or None
        self.trace.set("language", "html-lang" if lang else "none")
        return lang

    def article_id(self) -> str | None:
        pattern = self.profile.article_id
        match = pattern.search(self.url) if pattern else _TRAILING_DIGITS.search(self.url.split("?")[0])
        self.trace.set("article_id", "profile" if pattern else "url-digits")
        return match.group(1) if match else None

    def to_record(self) -> dict[str, Any]:
        title, title_element = self.title()
        published_at, date_flags = self.published_at(title_element)
        record: dict[str, Any] = {
            "url": self.url,
            "site": netloc_of(self.url),
            "article_id": self.article_id(),
            "title": title,
            **self.source(),
            "author": self.author(),
            "published_at": published_at,
            "published_at_flags": date_flags,
            "keywords": self.keywords(),
            "categories": self.breadcrumb_category(title),
        }
        record.update(self.body(title, title_element))
        record["language"] = self.language(f"{title or ''} {record['body']}")
        record["encoding"] = self.encoding
        record["extractor_version"] = EXTRACTOR_VERSION
        record["rules"] = dict(self.trace.rules)
        return record


def extract_article(html: str | bytes, url: str, profile: SiteProfile | str | None = None, *,
                    charset: str | None = None, captured_at: datetime | None = None,
                    parsed: tuple[etree._Element, str] | None = None) -> dict[str, Any]:
    """Extract one article page into a normalized record (a plain dict).

    ``profile`` is a SiteProfile, a built-in profile name, or None for the generic
    heuristics. ``charset`` is the HTTP header's charset when ``html`` is bytes.
    ``parsed`` is ``parse_html(html, charset)`` when the caller has it already (the
    spider does); the tree may be modified. Raises ExtractionError when the page is not
    a document.
    """
    if isinstance(profile, str):
        profile = load_profile(profile)
    return ArticlePage(html, url, profile, charset=charset, captured_at=captured_at, parsed=parsed).to_record()
