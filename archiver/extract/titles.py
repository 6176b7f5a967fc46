"""The title's cascade: which short text of a page is its headline, and the rule that found it.

``TitleRules`` is a mixin of ``ArticlePage`` (archiver/extract/article.py): the headline rules (the
``<title>`` match, the post's heading under a site-name ``<title>``, og:title, the headings, a lone
``<h1>``) are one job with their own helpers and constants, kept apart from the other fields' cascades
so that each module stays readable. It reads the page through the attributes and methods that
``ArticlePage`` provides, declared below for the type checker.
"""

from __future__ import annotations

import html
import re
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urljoin

from lxml import etree

from archiver.extract import body as body_rules
from archiver.extract.html import text_of
from archiver.extract.structured import PageMetadata
from archiver.extract.trace import FieldTrace
from archiver.extract.unchanged import normalized_text
from archiver.normalize import CJK_RUN, normalize_space, weighted_length
from archiver.urls import netloc_of

# ``Headline | Site``, ``Headline // Site``, ``Site · Headline`` (Hugo and Pelican themes).
TITLE_SEPARATORS = re.compile(r"\s*(?:[-_|–—]{1,2}|::|»|//|\s[·•]\s)\s*")
_SPACED_SEPARATOR = re.compile(r"\s+(?:[-|–—]{1,2}|::|»|//|[·•])\s+")
# How many of a page's links are read for the links home (the header's logo and title come first), and how
# long a site's name they say may be
_MAX_HOME_LINKS = 200
_MAX_SITE_NAME = 80
_SEPARATOR_AT_START = re.compile(r"\s*(?:[-_|–—]{1,2}|::|»|//|\s[·•]\s)")
_SEPARATOR_AT_END = re.compile(r"(?:[-_|–—]{1,2}|::|»|//|\s[·•]\s)\s*$")
# ``Headline -``: an SEO plugin's ``%title% %sep% %sitename%`` with the site's name left empty.
_EMPTY_LAST_PART = re.compile(r"\s+(?:[-|–—]{1,2}|::|»|//|[·•])$")
# One character in its typewriter and its typeset form: WordPress prints the displayed headline with
# curly quotes and dashes (wptexturize), while og:title and <title> keep what the author typed.
_TYPESET = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"'}
    | {"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "…": "..."}
)


_PERMALINK_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})


def _is_word_character(character: str) -> bool:
    """A letter or digit of a script that spaces its words (a Han character is a word of its own)."""
    return character.isalnum() and not CJK_RUN.match(character)


def _says_in_words(doc_title: str, text: str) -> bool:
    """``text`` is in ``<title>`` as whole words: not inside a longer word ("News" is in "May Newsletter - Site" as
    letters only, and a pasted newsletter's "News" banner is no headline, hugo-sasip)."""
    at = doc_title.find(text)
    while at >= 0:
        end = at + len(text)
        before = at > 0 and _is_word_character(doc_title[at - 1]) and _is_word_character(text[0])
        after = end < len(doc_title) and _is_word_character(doc_title[end]) and _is_word_character(text[-1])
        if not before and not after:
            return True
        at = doc_title.find(text, at + 1)
    return False


def _without_permalink_mark(heading: etree._Element, raw: str) -> str:
    """A heading's text without its permalink mark: a link into the page (``href="#…"``) whose text is a symbol
    alone, at the heading's end or start.

    Sphinx and MkDocs end every heading with ``<a class="headerlink" href="#its-id">¶</a>``, other themes open it
    with a "#" or a link sign: a reader's handle on the heading, not a word of it. Where the heading's own text
    before its first child repeated ``<title>``, the mark was left out already; a headline whose first child is
    markup (``Contribution to <code>tobler</code>: …``) kept it ("…areal interpolation¶", ablog-urbangrammar)."""
    for anchor in heading.iter("a"):
        if not (anchor.get("href") or "").startswith("#"):
            continue
        mark = normalize_space(text_of(anchor))
        if not mark or len(mark) > 2 or any(character.isalnum() for character in mark):
            continue
        stripped = raw.strip()
        if stripped.endswith(mark) and len(stripped) > len(mark):
            return stripped[: -len(mark)]
        if stripped.startswith(mark) and len(stripped) > len(mark):
            return stripped[len(mark) :]
    return raw


def _is_title_affix(doc_title: str, text: str, exact: bool = False) -> bool:
    """``text`` is ``<title>`` up to (or from) a separator: a headline that itself holds a hyphen.

    Case aside unless ``exact``: themes title-case ``<title>`` (``Pwn With Tmux in Docker``
    over the heading's ``Pwn With Tmux In Docker``), and the visible heading is the one kept.
    """
    if not exact:
        doc_title, text = doc_title.lower(), text.lower()
    if len(text) < 4 or text == doc_title:
        return False
    if doc_title.startswith(text):
        return _SEPARATOR_AT_START.match(doc_title, len(text)) is not None
    if doc_title.endswith(text):
        return _SEPARATOR_AT_END.search(doc_title[: -len(text)]) is not None
    return False


def _typeset_key(text: str) -> str:
    """``text`` lower-cased with typeset quotes, dashes and ellipses written as typed: the same headline."""
    return text.translate(_TYPESET).lower()


def _word_key(text: str) -> tuple[str, ...]:
    """The words of ``text``, lower-cased, without punctuation: what a headline and ``<title>`` share
    when one writes ``Terraform: Introduction & Getting Started`` and the other ``Terraform Introduction &
    Getting Started`` (a static generator's ``<title>`` from front matter, the heading from the text)."""
    return tuple(re.findall(r"\w+", text.lower()))


def _title_word_keys(doc_title: str, parts: set[str]) -> set[tuple[str, ...]]:
    """Word keys of ``<title>``'s parts and of ``<title>`` without its one spaced part (the site's
    name): ``Headline -> Subtitle - Site`` holds the headline ``Headline: Subtitle`` whole. Keys of one
    word are left out: a single word repeated is a section's or a site's name as often as a headline."""
    spaced = list(_SPACED_SEPARATOR.finditer(doc_title))
    # only ``Headline - Site``: in ``Kicker – Headline | Site`` the heading of both words is a kicker's
    # line and its headline together (a news site's <h1>), and the headline part matches alone
    heads = {doc_title[: spaced[0].start()]} if len(spaced) == 1 else set()
    keys = {_word_key(text) for text in (*parts, *heads)}
    return {key for key in keys if len(key) >= 2}


_MAX_HEADINGS = 100
_RECORD_TEXT = 200  # weighted characters: a listing's record (a day and a headline), not a block of text
# A line of nothing but a day (and its time): "2020-08-21 14:53:33", "2019年11月1日", "[2021-03-11]".
_DATE_ONLY_LINE = re.compile(
    r"^[\[【(（]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}:\d{1,2}(?::\d{1,2})?)?\s*[\]】)）]?$"  # a CMS may cut the seconds: "14:47:0"
)
_MAX_CHROME = 3000  # elements read for the site's name in its chrome
_NAME_BLOCK = 30  # descendants: a block this big is no logo, link home or copyright line
_PROSE_LINE = 80  # weighted characters: a paragraph of the text, not a tagline or a caption
_TITLE_PROBE = 1000  # characters of an element's text read to rule it out as a title (over 200 once normalized)
_HEADING_MAX = 320  # characters of a heading (or title-named element) that may still be the headline
_NEAR_SIBLINGS = 200
# An <h1> of this many weighted characters reads as a headline (a few Chinese words), not a label ("新闻")
_H1_HEADLINE = 14
_ESCAPED_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,5}|#x[0-9a-f]{2,4});", re.IGNORECASE)
_KICKER = re.compile(r"^[^\s:：]{2,6}[:：]\s*(?P<rest>\S.{3,})$")
_TITLE_TAGS = ("h1", "h2", "h3", "h4", "div", "p", "span", "strong", "td", "b", "font", "dt")
_MENU_TOKENS = frozenset({"nav", "navbar", "menu", "navigation", "header"})
_HEADLINE_PROMINENCE = {"h1": 3, "h2": 2, "h3": 1}  # a title-named element (``div.title``) ranks 0
_STYLED_LINE_TAGS = ("p", "div", "td", "span", "font", "strong", "b", "center")
_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem)", re.IGNORECASE)
_LARGE_FONT = {"px": 16.0, "pt": 12.0, "em": 1.2, "rem": 1.2}  # a headline's size: over a text's 12-14px
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)


def _emphasised(element: etree._Element) -> bool:
    """``element`` is set apart by its own attributes or tag: a large font, bold, or centred."""
    if element.tag in ("strong", "b", "center"):
        return True
    style = element.get("style") or ""
    size = _FONT_SIZE.search(style)
    if size and float(size.group(1)) >= _LARGE_FONT[size.group(2).lower()]:
        return True
    font_size = (element.get("size") or "").strip().lstrip("+") if element.tag == "font" else ""
    if font_size.isdigit() and int(font_size) >= 4:
        return True
    return bool(_BOLD.search(style) or _CENTRED.search(style) or (element.get("align") or "").lower() == "center")


_TITLE_TOKENS = frozenset({"title", "tit", "headline", "biaoti", "bt", "heading"})
# A class name ending in a title word names the element a title, inside a compound too ("newstitle",
# "arttitle"): not a subtitle's, nor the site's.
_TITLE_COMPOUND = re.compile(r"(?<!sub)(?<!site)(?:title|biaoti|headline)$")


def _named_title(element: etree._Element) -> bool:
    """``element``'s class or id names it a title, in a word of its own or a compound (a hint, never a veto)."""
    return any(_TITLE_COMPOUND.search(token) for token in body_rules.tokens(element))


_NOT_TITLE_TOKENS = frozenset({"logo", "sitename", "site", "brand"})
_FOOTER_TOKENS = frozenset({"foot", "footer", "copyright"})
_NOT_LINES = ("script", "style", etree.Comment, etree.ProcessingInstruction)  # no text a reader sees


# Markdown's emphasis and code marks around words: ``*word*``, ``**words**``, ``_word_``, `` `code` ``.
_MARKDOWN_MARKS = re.compile(r"(\*{1,2}|_{1,2}|`)(?=\S)(.+?)(?<=\S)\1")


def _without_markdown_marks(text: str) -> str:
    """``text`` as Markdown renders it, its emphasis and code marks left out (the words stay)."""
    return normalize_space(_MARKDOWN_MARKS.sub(r"\2", text))


class TitleCandidate(NamedTuple):
    """A short text of the page that may be its headline."""

    element: etree._Element
    text: str
    headline_like: bool  # a heading (h1-h3) or named as a title (``.title``, ``.headline``): from its tag and words


class TitleRules:
    """The rules of the ``title`` field, mixed into ``ArticlePage``."""

    # Provided by ArticlePage (set in its __init__).
    url: str
    root: etree._Element
    metadata: PageMetadata
    trace: FieldTrace
    _nav: dict[etree._Element, bool]
    _label_elements: list[etree._Element]
    _label_owners: dict[str, etree._Element]
    _title_cache: list[TitleCandidate] | None

    if TYPE_CHECKING:
        # ArticlePage's own methods, which the title rules call.
        def _profile_value(self, name: str) -> tuple[etree._Element, str] | None: ...
        def _in_nav(self, element: etree._Element) -> bool: ...
        @staticmethod
        def _is_nav(node: etree._Element, node_tokens: frozenset[str] | None = None) -> bool: ...
        @staticmethod
        def _in_other_posts(element: etree._Element, tags: tuple[str, ...] = ...) -> bool: ...

    def title(self) -> tuple[str | None, etree._Element | None]:
        hit = self._profile_value("title")
        if hit:
            self.trace.set("title", f"profile:{hit[1]}")
            return normalized_text(hit[0]), hit[0]
        doc_title = normalize_space(self.root.findtext(".//title") or "")
        found = self._title_rules(doc_title)
        if not found and _ESCAPED_ENTITY.search(doc_title):
            # Escaped twice by the CMS (``&amp;quot;``): the tab shows "&quot;", the headline a quote mark. Where the
            # title as written names no headline (a headline escaped twice too still matches it so), decoded.
            found = self._title_rules(normalize_space(html.unescape(doc_title)))
        if found:
            return found
        shown = self._h1_the_data_names_anywhere()
        if shown is not None:
            return shown
        # the page's own og:title: not one a post pasted into its text with a whole page (structured._pasted)
        og = self.root.xpath(
            "string(//meta[@property='og:title'][parent::head or parent::body or parent::html]/@content)"
        )
        if og.strip() and not self._says_site_name(normalize_space(og)):
            self.trace.set("title", "meta:og:title")
            return self._without_site_suffix(normalize_space(og), doc_title), None
        if doc_title and self._blank_headline():
            # The post's headline printed empty (``<h1> </h1>`` where the template puts it): the post has no
            # title, and <title> says what the template writes in its stead (the site's "Comunicación - Site").
            # The empty heading still marks the headline's place: the post's day and byline are read beside it.
            self.trace.set("title", "blank-headline")
            return None, next(self.root.iter("h1"))
        if doc_title:
            under_site = self._h1_under_site_title(doc_title)
            if under_site is not None:
                self.trace.set("title", "h1-under-site-title")
                return under_site
            after_kicker = self._headline_after_kicker(doc_title)
            if after_kicker is not None:
                self.trace.set("title", f"after-kicker:{after_kicker[1].tag}")
                return after_kicker
            styled = self._styled_line_above_meta(doc_title)
            if styled is not None:
                self.trace.set("title", f"styled-line-above-meta:{styled[1].tag}")
                return styled
            if self._says_site_name(doc_title):
                # <title> says the site's name alone, as the header's link home does: a post without a title
                # (Blogger titles an untitled post's page with the blog's name), not a headline.
                self.trace.set("title", "site-name-only")
                return None, None
            self.trace.set("title", "title-tag")
            return self._doc_title_headline(doc_title), None
        self.trace.set("title", "none")
        return None, None

    def _title_rules(self, doc_title: str) -> tuple[str, etree._Element | None] | None:
        return (
            self._title_in_post_under_site_name(doc_title)
            or self._opening_h1(self._title_from_doc_title(doc_title))
            or self._title_from_declared(doc_title)
            # in other punctuation only after og:title had its say: Nikola's post heading "A Deeper Look,
            # Red Hat…" (og:title's words, its link to the page reads like a link home) over the
            # text's own "A Deeper Look: Red Hat…"
            or self._title_from_doc_title(doc_title, loose=True)
            or self._title_from_headings(doc_title)
            or self._title_from_lone_h1(doc_title)
        )

    def _headline_after_kicker(self, doc_title: str) -> tuple[str, etree._Element] | None:
        """The headline when ``<title>`` puts a kicker before it: "白皮书：推动构建全球交通命运共同体" over the item's
        ``dt`` "推动构建全球交通命运共同体". A heading or a ``dt`` that says ``<title>``'s words after a short first
        part (2-6 characters, no space) and a colon is the headline the page shows; the kicker is the column's."""
        found = _KICKER.match(doc_title)
        if not found:
            return None
        rest = found.group("rest")
        for candidate in self._title_candidates():
            if candidate.text == rest and (candidate.headline_like or candidate.element.tag in ("h4", "dt")):
                return candidate.text, candidate.element
        return None

    def _title_candidates(self) -> list[TitleCandidate]:
        """Short texts (2-200 characters, headings up to 320) outside navigation, in page order (computed once
        per page)."""
        if self._title_cache is None:
            self._title_cache = []
            nav = self._nav
            for element in self.root.iter(*_TITLE_TAGS):
                # _in_nav's answer without its walk up when the parent's is known (in document order,
                # nearly always), and without reading the id/class words inside navigation: this loop
                # sees every <div>/<p>/<span> of the page.
                in_nav = nav.get(element)
                element_tokens: frozenset[str] | None = None
                if in_nav is None:
                    parent = element.getparent()
                    parent_in_nav = False if parent is None else nav.get(parent)
                    if parent_in_nav is None:
                        in_nav = self._in_nav(element)
                    elif parent_in_nav:
                        in_nav = nav[element] = True
                    else:
                        element_tokens = body_rules.tokens(element)
                        in_nav = nav[element] = self._is_nav(element, element_tokens)
                if in_nav:
                    continue
                if element_tokens is None:
                    element_tokens = body_rules.tokens(element)
                if element_tokens & _NOT_TITLE_TOKENS:
                    continue
                raw = text_of(element)
                if element.tag in _PERMALINK_HEADINGS:
                    raw = _without_permalink_mark(element, raw)
                # A block of the page is no title: normalizing a prefix tells, without the whole text
                # (a prefix's normalized text is a prefix of the whole's).
                if len(raw) > _TITLE_PROBE and len(normalize_space(raw[:_TITLE_PROBE])) > 200:
                    continue
                text = normalize_space(raw)
                headline_like = element.tag in ("h1", "h2", "h3") or bool(element_tokens & _TITLE_TOKENS)
                # a heading may run longer than a line of text: a standards body titles its news with the
                # standard's whole name ("Jour 13 – norme 13 : NGA 13518 : 2013 Les préparations …", 221)
                if 2 <= len(text) <= (_HEADING_MAX if headline_like else 200):
                    self._title_cache.append(TitleCandidate(element, text, headline_like))
        return self._title_cache

    def _title_in_post_under_site_name(self, doc_title: str) -> tuple[str, etree._Element] | None:
        """The post's most prominent heading when ``<title>`` is the site's name and nothing else.

        A theme that titles every page with the site's name (Hugo's dopetrope: ``<title>`` and the logo's
        ``<h1>`` both "群馬大学電子計算機研究会 IGGG", the post's headline an ``<h2>`` in ``article header``;
        a Frozen-Flask site: ``<title>`` the group's name, the headline a ``div.title``) gives no headline
        in ``<title>``: the headline is the heading (h1 before h2 before h3 before a title-named element,
        then the first) of the post, inside its ``<article>``/``<main>`` when a heading is, before its
        first paragraph of prose, neither the site's name nor a label. Not when og:title names a
        headline: the cascade's og:title rules read it.
        """
        if not self._title_names_site(doc_title):
            return None
        found: list[tuple[int, etree._Element, str]] = []
        for element, text, headline_like in self._title_candidates():
            if not headline_like or text.lower() == doc_title.lower() or text[-1] in ":：":
                continue
            if self._in_other_posts(element, ("aside", "footer")) or self._is_site_name(element, text):
                continue
            found.append((_HEADLINE_PROMINENCE.get(element.tag, 0), element, text))
        posts = [self._post_of(hit[1]) for hit in found]
        in_post = [hit for hit, post in zip(found, posts, strict=True) if post is not None]
        # The post's headline is above its text: a heading after its first paragraph heads a section of
        # it or a box below it ("Related"). Prose is read in the post when the headings are in one (a
        # site header's tagline is no text), else in the page.
        first_post = next((post for post in posts if post is not None), None)
        before_text = self._elements_before_prose(first_post)
        pool = [hit for hit in (in_post or found) if before_text is None or hit[1] in before_text]
        if not pool:
            return None
        best = max(pool, key=lambda hit: hit[0])  # max keeps the first of equals: the page's order
        self.trace.set("title", f"post-heading:{best[1].tag}")
        return best[2], best[1]

    @staticmethod
    def _post_of(element: etree._Element) -> etree._Element | None:
        """The nearest ``<article>``/``<main>`` holding ``element``."""
        return next((a for a in element.iterancestors() if a.tag in ("article", "main")), None)

    def _title_names_site(self, doc_title: str) -> bool:
        """``<title>`` is one name, which the page's own chrome gives as the site's (or a section's).

        It says nothing else (no ``Headline | Site`` parts), and an element saying it links home or says
        the host's name, or a link in the site's menu or header says it and leads to another page than
        this one (a menu's entry for the group's own page). By the markup only: a portal's metadata
        (MSN's ``application-name``) may carry the headline.
        """
        if not doc_title or _SPACED_SEPARATOR.search(doc_title) or self._declared_headline(doc_title):
            return False
        lowered = doc_title.lower()
        if any(
            text.lower() == lowered and self._names_site_by_markup(element, text)
            for element, text, _ in self._title_candidates()
        ):
            return True
        if self._site_bar_says(lowered):
            return True
        here = self.url.split("#", 1)[0].rstrip("/")
        for link in self.root.iter("a"):
            href = link.get("href")
            if href is None:
                continue
            raw = text_of(link)
            # a link's text that cannot say <title> once its spaces are squeezed is not read further
            if len(raw) < len(doc_title) or normalize_space(raw).lower() != lowered or not self._in_menu(link):
                continue
            try:
                target = urljoin(self.url, href)
            except ValueError:  # a malformed address ("http://[x"): no page of the site's
                continue
            if target.split("#", 1)[0].rstrip("/") != here:
                return True
        return False

    def _site_bar_says(self, lowered: str) -> bool:
        """The site's top bar (a ``<header>`` or menu outside the post) repeats ``<title>`` while the post's
        own headings say something else: the bar shows the site's name, not this page's headline (Slow Food
        Youth Hamburg's ``span.mdl-layout-title`` beside its home button, on every page). Not when a heading
        of the post repeats ``<title>``: a sticky bar may show the headline the post heads with."""
        in_bar = post_heading = False
        for element, text, headline_like in self._title_candidates():
            same = text.lower() == lowered
            # the page's own <h1> saying it, no link: the headline in its <header> (MSN's
            # ``header.collection-headline > h1``), not a bar's name; a logo <h1> links home
            if same and self._in_menu(element) and (element.tag != "h1" or element.find(".//a") is not None):
                in_bar = True
            elif headline_like and self._in_post(element):
                if same:
                    return False
                post_heading = True
        return in_bar and post_heading

    @staticmethod
    def _in_menu(element: etree._Element) -> bool:
        """Inside the site's menu or header (``<nav>``, ``<header>`` outside a post, a ``nav``/``menu`` class).

        By the markup alone, unlike ``_in_nav``: on a short page the menu holds half the text and is
        the page's wrapper there, but its links are the site's still.
        """
        ancestors = [a for a in element.iterancestors() if a.tag not in ("body", "html")]
        return not any(a.tag in ("article", "main") for a in ancestors) and any(
            a.tag in ("nav", "header") or body_rules.tokens(a) & _MENU_TOKENS for a in ancestors
        )

    def _title_from_doc_title(self, doc_title: str, loose: bool = False) -> tuple[str, etree._Element] | None:
        """The element repeating the ``<title>`` (or its longest part): the on-page headline.

        Matched as written, or case-insensitively by a heading (the visible text is kept); ``loose``,
        also by a heading saying the same words in other punctuation.
        Among several, the site's own name (a home link, the host name, ``og:site_name``)
        comes last, then the last part of ``<title>`` unless it is the ``<h1>``, then the
        longest text (CJK characters counted like words), then a heading or a title-named element.
        """
        split = TITLE_SEPARATORS.split(doc_title)
        # a part of four characters or more, or of three Han characters (a word each: "阅读吧", a school's
        # column of reading notes titled "阅读吧_校园文化_Site"); shorter parts say a section or nothing
        parts_as_written = {p for p in (doc_title, *split) if len(p) >= 4 or (len(p) == 3 and CJK_RUN.fullmatch(p))}
        parts = {p.lower() for p in parts_as_written}
        # ``Headline - Site`` is the common order: the last part is the site's name. A site's name may hold a
        # separator itself ("Headline_Section_北关小学-桥山中学"): a text saying the last parts together, from
        # one separator to the end, is that name as much as the last part alone is.
        suffix = split[-1].lower() if len(split) > 1 else None
        tails = {doc_title[sep.end() :].lower() for sep in TITLE_SEPARATORS.finditer(doc_title) if sep.start() > 0}
        declared = self._declared_headline(doc_title)
        word_keys = _title_word_keys(doc_title, parts_as_written) if loose else set()
        best: tuple[tuple[bool, int, bool, bool, int, bool, bool], etree._Element, str] | None = None
        best_headline_like = False
        recased: list[tuple[tuple[bool, int, bool, bool, int, bool, bool], etree._Element, str]] = []
        for element, text, headline_like in self._title_candidates():
            exact = text in parts_as_written or _is_title_affix(doc_title, text, exact=True)
            if not exact and headline_like:
                # PHPCMS v9: ``<h1>Headline<br/><span>2024-11-15 来源：…</span></h1>``: the headline is
                # the heading's own text before its first child, the rest is its meta line.
                lead = normalize_space(element.text) if len(element) else ""
                if lead and lead != text and (lead in parts_as_written or _is_title_affix(doc_title, lead, True)):
                    text, exact = lead, True
            # A match in another case only from a heading: themes title-case <title>, and a
            # kicker or a logo ("AP NEWS", "bhopal News") is no headline.
            # A match in other punctuation only from a heading too: "AWS CloudFormation: Introduction &
            # Getting Started" under the <title> "AWS CloudFormation Introduction & Getting Started - Site".
            if not exact and not (
                headline_like
                and (text.lower() in parts or _is_title_affix(doc_title, text) or _word_key(text) in word_keys)
            ):
                continue
            if (
                not exact
                and declared
                and not (text.lower() in parts or _is_title_affix(doc_title, text))
                and _word_key(text) != _word_key(declared)
            ):
                # matched by its words alone, while og:title names another headline: "Kicker – Headline"
                # under the <title> "Kicker: Headline | Site" whose og:title is the headline alone
                continue
            rank = (
                not self._is_site_name(element, text),
                # og:title/twitter:title name the article: of two headings repeating <title>
                # (a site-name <h1> in the header, the post's <h1>), the declared one
                2 if text == declared else int(text.lower() == (declared or "").lower()),
                (text.lower() != suffix and text.lower() not in tails) or element.tag == "h1",
                # as written beats another case: the <h1> "Building a Mechanical Keyboard" over the
                # section heading "Building a mechanical keyboard" inside the post
                exact,
                weighted_length(text),
                self._in_post(element),  # of two as long, the post's (BarCamp Cork's header <h1>)
                headline_like,
            )
            if best is None or rank > best[0]:
                best, best_headline_like = (rank, element, text), headline_like
            if headline_like and not exact:
                recased.append((rank, element, text))
        if best is not None and not best_headline_like:
            # A line of the text repeating one part of <title> as written ("Deseucaliptar" of "Protesto…:
            # Contra os fogos – Deseucaliptar | … - Site", a post's opening line of a "Headline – Carta Aberta")
            # is no headline beside a heading that says <title>'s whole headline in the theme's capitals: the
            # heading is (written back as <title> writes it).
            said = best[2].lower()
            covering = [
                hit
                for hit in recased
                if hit[0][:3] == best[0][:3] and said in hit[2].lower() and len(hit[2]) > len(said)
            ]
            if covering:
                best, best_headline_like = max(covering, key=lambda hit: hit[0]), True
        if best is None or not best[0][0]:
            return None  # nothing but the site's own name repeats <title>: the headings decide
        if not best_headline_like:
            above = self._h1_above_line(best[1], doc_title, parts)
            if above is not None:
                self.trace.set("title", "h1-above-title-part")
                return above
        if not best[0][1] and not best_headline_like and self._names_no_headline(best[1], doc_title):
            # a menu's entry for this page's section ("培训动态", <title> "培训动态——Site"), or the site's name
            # inside the text, repeating <title>, while a heading sits above the post's meta line: the headline
            # is that heading (_title_from_headings), not on the page as <title> writes it
            return None
        later_parts = {part.lower() for part in split[1:]}
        if (
            not best[0][1]
            and best[2].lower() in later_parts
            and (
                (not best_headline_like and (declared or self._heading_above_meta_line(best[1]) is not None))
                # a section's title set as a heading ("FÓRMULA 1 2024" over the post, <title> "F1: Headline |
                # Fórmula 1 2024"), while the <h1> prints og:title's headline as written: the section's
                # heading is no headline
                or (best_headline_like and declared is not None and self._heading_says(declared, besides=best[1]))
            )
        ):
            # a section's or the site's name ("Politik", "News", a portal's "常熟分中心" banner) repeating a
            # later part of <title>, while og:title, or the heading the post's meta line sits under, names
            # another headline: the headline is not on the page as <title> writes it (Epoint's portals title
            # every page "Site-Region---Centre" and print the headline as the <h1> above "【信息发布时间：…】")
            return None
        self.trace.set("title", f"title-match:{best[1].tag}")
        if not best[0][3] and best_headline_like:
            joined = self._kicker_joined_as_written(best[1], best[2], doc_title, declared)
            if joined is not None:
                return joined, best[1]
        return self._as_title_writes(best[2], doc_title), best[1]

    def _heading_says(self, headline: str, besides: etree._Element) -> bool:
        """A heading other than ``besides`` prints ``headline`` (any case)."""
        said = headline.lower()
        return any(
            headline_like and element is not besides and text.lower() == said
            for element, text, headline_like in self._title_candidates()
        )

    @staticmethod
    def _kicker_joined_as_written(
        heading: etree._Element, text: str, doc_title: str, declared: str | None
    ) -> str | None:
        """The headline as ``<title>`` (or og:title) writes it, for a heading printed in parts: a kicker's line
        and the headline in their own elements (``<h2><span>Die Eisheiligen 2024</span><span>Wann sie sind</span>
        </h2>``), which the layout sets apart and the heading's text runs together without the colon <title>
        puts between them ("Die Eisheiligen 2024: Wann sie sind"). Only for a heading of nothing but such parts,
        saying the same words: a heading typed in other punctuation keeps its own."""
        parts = [child for child in heading if isinstance(child.tag, str)]
        if len(parts) < 2 or (heading.text or "").strip() or any((child.tail or "").strip() for child in parts):
            return None
        if any(not normalized_text(child) for child in parts):
            return None
        key = _word_key(text)
        for written in (declared or "", *_SPACED_SEPARATOR.split(doc_title), doc_title):
            if written and _word_key(written) == key:
                return written
        return None

    def _h1_above_line(
        self, line: etree._Element, doc_title: str, parts: set[str]
    ) -> tuple[str, etree._Element] | None:
        """The page's one ``<h1>``, above the plain line that repeats a part of ``<title>``, when ``<title>``
        names neither it nor a part of it: a CMS titling every page "Site-Section" (TRS WCM's "协会名-要闻"),
        whose notice ends with the association's name as its signature line. That line repeats the site's part
        of ``<title>``; the ``<h1>`` above it is the headline."""
        h1s = [h for h in self.root.iter("h1") if normalized_text(h) and not self._in_nav(h)]
        if len(h1s) != 1:
            return None
        h1 = h1s[0]
        if h1 in line.iterancestors():
            return None  # the <h1>'s own headline part, beside its kicker ("Kultur : Headline")
        text = normalized_text(h1)
        if text.lower() in parts or _is_title_affix(doc_title, text) or weighted_length(text) < _H1_HEADLINE:
            return None
        for element in self.root.iter():
            if element is h1:
                return text, h1
            if element is line:
                return None
        return None

    def _h1_under_site_title(self, doc_title: str) -> tuple[str, etree._Element] | None:
        """The page's one ``<h1>`` when ``<title>`` is "Site-Section" and its first part, the last rule's
        answer, is the site's name by the page's own chrome.

        TRS WCM titles every page "协会名-要闻" and prints the headline as the page's only ``<h1>``, in no
        ``<article>``/``<main>`` (which ``_title_from_lone_h1`` asks for: elsewhere a header's ``<h1>`` is the
        site's name). Here the first part of ``<title>`` is shown as the site's by the page itself (its footer's
        copyright line, the header, a link home, ``og:site_name``), and the ``<h1>`` is none of those: outside
        the header, menu and footer, not linking home, a headline's length, above the text's first paragraph.
        """
        split = [part for part in TITLE_SEPARATORS.split(doc_title) if part]
        if len(split) < 2:
            return None
        h1s = self.root.xpath("//h1")
        if len(h1s) != 1:
            return None
        h1 = h1s[0]
        text = normalized_text(h1)
        site = split[0]
        lowered = {part.lower() for part in split} | {doc_title.lower()}
        if (
            not text
            or text.lower() in lowered
            or weighted_length(text) < _H1_HEADLINE
            or self._in_nav(h1)
            or self._in_menu(h1)
            or self._in_footer(h1)
            or self._is_site_name(h1, text)
        ):
            return None
        prose = next((p for p in self.root.iter("p") if weighted_length(normalized_text(p)) >= _PROSE_LINE), None)
        if prose is not None and not self._precedes_in_page(h1, prose):
            return None
        # The text the <h1> heads: the first paragraph of prose, or on a post of attachments the first line
        # after it that is not a link (its dated line).
        anchor = prose if prose is not None else self._line_after(h1)
        if anchor is None:
            return None
        # Not the header's: the nearest block around the <h1> that holds a link home (the logo, the
        # breadcrumb's first step) holds the text too; a header's <h1> shares its block with the logo only.
        for block in h1.iterancestors():
            if any(self._links_home(a) for a in block.iter("a")):
                if anchor not in block.iterdescendants():
                    return None
                break
        if not self._chrome_names(site, h1):
            return None
        return text, h1

    def _line_after(self, element: etree._Element) -> etree._Element | None:
        """The first element after ``element`` (outside it) with text of its own, outside a link."""
        seen = False
        for node in self.root.iter():
            if node is element:
                seen = True
                continue
            if not seen or node.tag in _NOT_LINES or element in node.iterancestors():
                continue
            if (node.text or "").strip() and node.tag != "a" and not any(a.tag == "a" for a in node.iterancestors()):
                return node
        return None

    def _names_no_headline(self, element: etree._Element, doc_title: str) -> bool:
        """``element`` (a plain line repeating ``<title>``) is no headline: a heading sits above the post's meta
        line, and ``element`` links another page (a menu's or a trail's entry naming a section) or comes after
        that meta line (a name inside the post's text). A line set apart by its look right above the meta line
        (``_styled_line_above_meta``: a TRS template's ``<div><font style="FONT-SIZE: 22pt">Headline</font></div>``
        over "来源：… 时间：…") stands for the heading: a text opening with the site's name, which ``<title>`` is
        alone, does not make that name the headline."""
        meta = self._title_meta_line()
        if meta is None:
            return False
        if self._heading_above_meta_line(element) is None and (
            self._styled_line_above_meta(doc_title) is None or self._links_elsewhere(element)
        ):
            return False
        return self._links_elsewhere(element) or (
            element is not meta and meta not in element.iterancestors() and self._precedes_in_page(meta, element)
        )

    def _links_elsewhere(self, element: etree._Element) -> bool:
        """``element`` is a link, or holds one link saying all its text, to another page than this one."""
        links = [element] if element.tag == "a" else list(element.iter("a"))
        if len(links) != 1 or normalize_space(text_of(links[0])) != normalize_space(text_of(element)):
            return False
        href = str(links[0].get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#")):
            return False
        try:
            target: str = urljoin(self.url, href)
        except ValueError:
            return False
        return bool(target.split("#", 1)[0].rstrip("/") != self.url.split("#", 1)[0].rstrip("/"))

    def _precedes_in_page(self, first: etree._Element, second: etree._Element) -> bool:
        """``first`` comes before ``second`` in the page's order."""
        for element in self.root.iter():
            if element is first:
                return True
            if element is second:
                return False
        return False

    def _links_home(self, link: etree._Element) -> bool:
        """An ``<a>`` leading to the site's home page (``/``, ``index.html`` at the top, the host)."""
        href = link.get("href")
        if href is None or href.startswith(("javascript:", "#")):
            return False
        try:
            target = urljoin(self.url, href)
        except ValueError:
            return False
        path = target.split("://", 1)[-1].partition("/")[2].split("#", 1)[0].split("?", 1)[0]
        return netloc_of(target) == netloc_of(self.url) and path in ("", "index.html", "index.htm")

    def _chrome_names(self, name: str, besides: etree._Element) -> bool:
        """The site's chrome (metadata's site names, a link home, the header or menu, the footer) says
        ``name``: the page presents it as the site's, not as a headline."""
        lowered = name.lower()
        if lowered in self.metadata.site_names():
            return True
        # bounded: a hostile page's thousands of nested blocks would each be read whole
        for element in islice(self.root.iter("a", "p", "div", "span", "li", "td", "img"), _MAX_CHROME):
            if element is besides or besides in element.iterancestors():
                continue
            # A logo, a link home or a copyright line is a small subtree; a big one's text is no name, and
            # reading it whole for each of its nested blocks is what a hostile page would make slow.
            if element.tag != "img" and sum(1 for _ in islice(element.iterdescendants(), _NAME_BLOCK)) == _NAME_BLOCK:
                continue
            said = element.get("alt") or "" if element.tag == "img" else text_of(element)
            if len(said) > 4 * len(name) + 40 or lowered not in normalize_space(said).lower():
                continue
            if self._in_footer(element) or self._in_menu(element) or self._names_site_by_markup(element, said):
                return True
        return False

    @staticmethod
    def _in_footer(element: etree._Element) -> bool:
        """Inside the page's footer (``<footer>``, a ``foot``/``footer``/``copyright`` class) outside a post."""
        ancestors = [element, *element.iterancestors()]
        return not any(a.tag in ("article", "main") for a in ancestors) and any(
            a.tag == "footer" or body_rules.tokens(a) & _FOOTER_TOKENS for a in ancestors
        )

    def _opening_h1(self, found: tuple[str, etree._Element] | None) -> tuple[str, etree._Element] | None:
        """The first ``<h1>`` of the ``<article>`` whose later ``<h1>`` repeats ``<title>``: what opens the article
        is its headline, and the later one heads a part of its text. An MkDocs post opens with the heading of
        its excerpt ("Nautobot Docker Apps", as the blog's cards show it) and, after ``<!-- more -->``, repeats
        its front matter's title as a second ``# `` heading."""
        if found is not None and found[1].tag in ("h2", "h3", "h4", "h5", "h6"):
            return self._h1_the_data_names(found) or found
        if found is None or found[1].tag != "h1":
            return found
        article = next((a for a in found[1].iterancestors() if a.tag == "article"), None)
        if article is None:
            return found
        for element, text, _ in self._title_candidates():
            if element is found[1]:
                return found
            if element.tag == "h1" and article in element.iterancestors() and not self._is_site_name(element, text):
                self.trace.set("title", "article-h1")
                return text, element
        return found

    def _h1_the_data_names(self, found: tuple[str, etree._Element]) -> tuple[str, etree._Element] | None:
        """The page's one ``<h1>``, above the lower heading that repeats ``<title>``, when the article's JSON-LD
        ``headline`` is that ``<h1>``'s text: <title> (an SEO plugin's, reworded) names a section of the text
        ("La préface du Ptit Biomed 2019", an ``<h2>`` of the post), the data and the ``<h1>`` name the post."""
        h1s = self.root.xpath("//h1")
        structured = self._structured_headline()
        if len(h1s) != 1 or not structured or not self._in_post(h1s[0]):
            return None
        text = normalized_text(h1s[0])
        if not text or _typeset_key(text) != _typeset_key(structured) or not self._precedes_in_page(h1s[0], found[1]):
            return None
        doc_title = normalize_space(self.root.findtext(".//title") or "")
        if text.lower() in {part.lower() for part in _SPACED_SEPARATOR.split(doc_title)}:
            # <title> names the <h1> too, and the lower heading matched a piece of it ("MSV-Interimstrainer …"
            # split at its hyphen): og:title, which the lower heading repeats, decides as before (fundus' Kicker)
            return None
        self.trace.set("title", "data-h1")
        return text, h1s[0]

    def _h1_the_data_names_anywhere(self) -> tuple[str, etree._Element] | None:
        """The ``<h1>`` (outside navigation) whose text is the JSON-LD article's ``headline``, where no rule
        above found the headline: og:title, which no heading repeats, is the headline written for sharing
        ("Notbetrieb und Notfallplan: …"), and the page's data names the headline it prints ("Nur ein Drittel
        der Kinder kam am Montag in die Schule"). Data and print agreeing outweigh the social card."""
        structured = self._structured_headline()
        if not structured:
            return None
        key = _typeset_key(structured)
        for element, text, _ in self._title_candidates():
            if element.tag == "h1" and _typeset_key(text) == key:
                self.trace.set("title", "data-h1:shown")
                return text, element
        return None

    def _blank_headline(self) -> bool:
        """The page's one ``<h1>`` sits in its ``<article>``/``<main>`` and holds nothing: no text, no
        element (a logo's image, a link). A template printing the post's headline there printed it empty."""
        h1s = list(self.root.iter("h1"))
        return len(h1s) == 1 and len(h1s[0]) == 0 and not (h1s[0].text or "").strip() and self._in_post(h1s[0])

    @staticmethod
    def _as_title_writes(text: str, doc_title: str) -> str:
        """A headline printed in capitals as ``<title>`` writes it: capitals are the theme's display (a
        template's ``upper``, like CSS ``text-transform``) and say nothing of the title's own case."""
        # not str.isupper(): an ordinal "º" counts as lower case there, and "LUGAR DE FALA Nº 178" is capitals
        if text != text.upper() or text == text.lower():
            return text
        lowered = doc_title.lower()
        at = lowered.find(text.lower())
        if at < 0 or len(lowered) != len(doc_title):  # a case change that moved characters: keep the page's
            return text
        written = doc_title[at : at + len(text)]
        return text if written == written.upper() else written

    def _microdata_headlines(self) -> list[str]:
        """The texts of the elements microdata marks as the headline (``itemprop="headline"``), but a
        ``<meta>``'s (whose content is data, not the page's print) and those of other posts' cards."""
        return [
            normalized_text(element)
            for element in self.root.xpath("//*[@itemprop='headline'][not(self::meta)]")
            if not self._in_other_posts(element)
        ]

    def _structured_headline(self) -> str:
        """The JSON-LD article's ``headline``, entities decoded (Yoast writes ``&#8211;`` into the JSON)."""
        value = self.metadata.article_value("headline")
        return normalize_space(html.unescape(value)) if isinstance(value, str) else ""

    def _declared_headline(self, doc_title: str) -> str | None:
        """``og:title``/``twitter:title`` (its `` | Site`` suffix aside) unless it is the site's name."""
        found = self.metadata.first("og:title", "twitter:title")
        if found is None:
            return None
        split = TITLE_SEPARATORS.split(doc_title)
        doc_title_suffix = split[-1].lower() if len(split) > 1 else None
        declared = self._without_site_suffix(normalize_space(found[1]), doc_title)
        if not declared or declared.lower() == doc_title_suffix or self._says_site_name(declared):
            return None
        return declared

    def _without_site_suffix(self, headline: str, doc_title: str) -> str:
        """``Headline | TechCrunch`` -> ``Headline`` when the last part names the site (or ends ``<title>``);
        ``Headline -`` -> ``Headline``: a separator before nothing is the place of a site's name left empty."""
        headline = _EMPTY_LAST_PART.sub("", headline) or headline
        # Only a spaced separator: "Job-Turbo", "Berlin-Marathon" are words, not a headline and a site.
        separators = list(_SPACED_SEPARATOR.finditer(headline))
        if not separators:
            return headline
        named = self._home_link_tail(headline, separators)
        if named is not None:
            return named
        last = headline[separators[-1].end() :].strip().lower()
        doc_separators = list(_SPACED_SEPARATOR.finditer(doc_title))
        doc_suffix = doc_title[doc_separators[-1].end() :].strip().lower() if doc_separators else ""
        # <title> opening with the site's name ("Site | Kicker | Headline") ends with the headline, no site's name
        doc_prefix = doc_title[: doc_separators[0].start()].strip().lower() if doc_separators else ""
        site_first = len(doc_separators) > 1 and doc_prefix in self.metadata.site_names()
        site_suffix = (
            last == doc_suffix and headline.lower() != doc_title.lower() and not site_first
        )  # <title> says it too, after more
        if last and (last in self.metadata.site_names() or site_suffix):
            return headline[: separators[-1].start()].strip() or headline
        return headline

    def _home_link_tail(self, headline: str, separators: list[re.Match[str]]) -> str | None:
        """``Neve - 2042 | Play Well Die Happy`` -> ``Neve`` where the page's link home names the site
        "2042 | Play Well Die Happy" (its text, ``title``, ``aria-label`` or logo's ``alt``): a site's name that
        holds a separator itself (MkDocs writes ``{page} - {site_name}``) is cut whole, not at its last
        separator. The longest tail the link home names wins; a headline is never cut to nothing."""
        names = self._home_link_names()
        if not names:
            return None
        for separator in separators:
            tail = normalize_space(headline[separator.end() :]).lower()
            head = headline[: separator.start()].strip()
            if head and tail in names:
                return head
        return None

    def _home_link_names(self) -> set[str]:
        """What the page's links to its home page say: their text, ``title``, ``aria-label``, a logo's ``alt``
        (bounded: the first links of the page)."""
        names: set[str] = set()
        for link in islice(self.root.iter("a"), _MAX_HOME_LINKS):
            if not self._links_home(link):
                continue
            said = [link.get("title"), link.get("aria-label"), text_of(link)]
            said += [image.get("alt") for image in link.iter("img")]
            names.update(normalize_space(value).lower() for value in said if value and value.strip())
        return {name for name in names if len(name) <= _MAX_SITE_NAME}

    def _title_from_declared(self, doc_title: str) -> tuple[str, etree._Element | None] | None:
        """The heading that says what og:title says, or og:title when ``<title>`` opens with it, before
        guessing from headings."""
        declared = self._declared_headline(doc_title)
        if not declared:
            return None
        # og:title may keep the Markdown the heading renders ("Headline *subtitle*" over "Headline <em>subtitle</em>")
        said = {declared.lower(), _without_markdown_marks(declared).lower()}
        for element, text, headline_like in self._title_candidates():
            if headline_like and text.lower() in said:
                self.trace.set("title", f"og-match:{element.tag}")
                return text, element
        typed = _typeset_key(declared)
        for structured in (self._structured_headline(), *self._microdata_headlines()):
            if structured == declared or _typeset_key(structured) != typed:
                continue
            # The article's data writes the headline typeset ("Interview &#8211; …") where og:title keeps the
            # typed characters ("Interview - …"): the heading printing it so is the title as shown. The data is
            # the JSON-LD article's headline, or the heading the page marks ``itemprop="headline"`` (microdata:
            # WordPress themes mark their typeset ``h1.entry-title`` so). Without that second source og:title's
            # characters stay (a news site files og:title as its headline: fundus' Lesotho Times, Metro and AP
            # News keep the straight quotes their headings curl, and mark no heading as the headline).
            for element, text, headline_like in self._title_candidates():
                if headline_like and _typeset_key(text) == typed and text == structured:
                    self.trace.set("title", f"og-match:{element.tag}")
                    return text, element
        doc_parts = _SPACED_SEPARATOR.split(doc_title)
        if len(doc_parts) > 1 and declared.lower() == doc_parts[0].lower():
            # <title> is og:title and the site's name: the headline, though no heading on the page repeats it
            self.trace.set("title", "meta:og:title")
            return declared, None
        return None

    @staticmethod
    def _in_post(element: etree._Element) -> bool:
        """Inside an ``<article>``/``<main>``: the post, not the site's header (a tie where they wrap the page)."""
        return any(a.tag in ("article", "main") for a in element.iterancestors())

    def _is_site_name(self, element: etree._Element, text: str) -> bool:
        """A headline-looking element that names the site: a link home, the host, ``og:site_name``."""
        return text.lower() in self.metadata.site_names() or self._names_site_by_markup(element, text)

    def _says_site_name(self, said: str) -> bool:
        """``said`` (``<title>``, og:title) is the site's name, all of it: metadata names the site so, or an element
        outside the post saying it links home (the header's logo line: Blogger titles an untitled post's page, and
        its og:title, with the blog's name)."""
        if said.lower() in self.metadata.site_names():
            return True
        return any(
            text == said and not self._in_post(element) and self._names_site_by_markup(element, text)
            for element, text, _ in self._title_candidates()
        )

    def _names_site_by_markup(self, element: etree._Element, text: str) -> bool:
        """Says the host's name or links home: the site's name by the page's markup, not its metadata
        (a portal's ``application-name`` may carry the headline)."""
        squashed = re.sub(r"\W", "", text.lower())
        host = netloc_of(self.url).split(":")[0].split(".")
        if squashed in host:
            return True
        links = [element] if element.tag == "a" else element.findall(".//a")
        parent = element.getparent()
        if parent is not None and parent.tag == "a":
            links.append(parent)
        base = self.url.split("://", 1)[-1].split("/", 1)[0]
        return any(
            (a.get("href") or "").rstrip("/") in ("", ".", "..", "/")
            or (a.get("href") or "").rstrip("/").endswith("://" + base)
            # "index.html" from a page at the top (a school portal's header <h1> over its every item), a saved
            # copy's relative way home (``../../index.html``)
            or self._links_home(a)
            for a in links
            if a.get("href") is not None
        )

    def _title_from_headings(self, doc_title: str) -> tuple[str, etree._Element] | None:
        """A heading before the labelled meta line, or one whose text is part of ``<title>``."""
        # The post's meta line: the first label line that is not the breadcrumb's. A trail labelled "您当前的位置：" or
        # "Location：" sits above the headline and names the page's place (JEECMS prints it above the <h1>, the date
        # line under it): a heading before the trail is a section's, the one before the date line the post's.
        meta_first = self._title_meta_line()
        best, best_score = None, 0.0
        headings = 0
        # Without a <title> to relate headings to, a headline is one above the text: a heading after the
        # first paragraph of prose heads a box below the article ("Related", "Share this").
        before_text = None if doc_title else self._elements_before_prose()
        for element, text, headline_like in self._title_candidates():
            if not headline_like:
                continue
            if before_text is not None and element not in before_text:
                continue
            headings += 1
            if headings > _MAX_HEADINGS:  # the headline is among the first; more only cost (hostile pages)
                break
            if text[-1] in ":：" and not (doc_title and text in doc_title):
                continue  # "Share this:", "相关阅读：": a label heading what follows, not a headline
            if not self._in_post(element) and self._names_site_by_markup(element, text):
                continue  # the header's logo line, a link home: the site's name, whatever <title> says
            related = bool(doc_title) and _says_in_words(doc_title, text)
            before_meta = meta_first is not None and self._above_meta_line(element, meta_first)
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

    def _doc_title_headline(self, doc_title: str) -> str:
        """The headline ``<title>`` holds when no element of the page shows it: ``<title>`` without the site's name.

        A hyphen or dash between two letters of a spaced script is a word's ("Kick-off meeting", "GPU-Parallelization"),
        not a separator (one between Han characters is: "全部新闻-协会"). Where every separator is spaced, the site's
        name is the first part when the page's metadata or host names it so ("Site | Headline"), else the last
        ("Headline - Site"), and a headline holding " - " keeps it: "SASIP Webinar #3 - Polly Smith - Oct 27th 3pm -
        SASIP" is the webinar's whole title (hugo-sasip, whose posts print no headline: 34 of 75 titles were cut at
        their first dash). Unspaced separators (a CMS's "Headline_Section_Site"), and a title in Han characters,
        give the first part, as before."""
        separators = [
            match
            for match in TITLE_SEPARATORS.finditer(doc_title)
            if match.start() > 0
            and match.end() < len(doc_title)
            and not (
                match.group() in ("-", "–")
                and _is_word_character(doc_title[match.start() - 1])
                and _is_word_character(doc_title[match.end()])
            )
        ]
        if not separators:
            return doc_title
        if CJK_RUN.search(doc_title) or any(_SPACED_SEPARATOR.fullmatch(match.group()) is None for match in separators):
            # A Chinese CMS's "Headline - Section - Forum" (cwced's Discuz archive) and "Headline_Section_Site" open
            # with the headline, however many parts follow.
            return doc_title[: separators[0].start()].strip() or doc_title
        first = doc_title[: separators[0].start()].strip()
        if first.lower() in self.metadata.site_names() or self._names_host(first):
            return doc_title[separators[0].end() :].strip() or doc_title
        return doc_title[: separators[-1].start()].strip() or doc_title

    def _names_host(self, text: str) -> bool:
        """``text`` says the host's name: "Example" on example.org."""
        squashed = re.sub(r"\W", "", text.lower())
        return bool(squashed) and squashed in netloc_of(self.url).split(":")[0].split(".")

    def _title_meta_line(self) -> etree._Element | None:
        """The post's meta line as the title rules read it: its first label line that is not the breadcrumb's,
        else a line of nothing but a date right under a heading (``_day_line_under_heading``)."""
        trail = self._label_owners.get("breadcrumb")
        labelled = next((e for e in self._label_elements if e is not trail), None)
        if labelled is not None:
            return labelled
        found = self._day_line_under_heading()
        return found[0] if found is not None else None

    def _day_line_under_heading(self) -> tuple[etree._Element, etree._Element] | None:
        """(the line, the heading above it) where a CMS prints the headline's day unlabelled right under it
        ("2020-08-21 14:53:33" under a ``td.x_content_title``, "2019年11月1日" under a ``div.tit``): the meta line a
        labelled template prints, and that heading the post's. Only that heading is above it: a header's <h1> near
        the post's block is not (a label line's neighbourhood reads wider)."""
        # A listing prints a day beside each record's link: two day-only lines so (a short record holding a link
        # besides the day) are a list's, and no one of them the post's meta line.
        in_records = 0
        for candidate in self._title_candidates():
            record = candidate.element.getparent()
            if record is None or not _DATE_ONLY_LINE.match(candidate.text) or candidate.element.tag == "a":
                continue
            if weighted_length(text_of(record)) <= _RECORD_TEXT and any(a.get("href") for a in record.iter("a")):
                in_records += 1
                if in_records > 1:
                    return None
        heading: TitleCandidate | None = None
        headings = 0
        for candidate in self._title_candidates():
            if heading is not None and (
                heading.element in candidate.element.iterancestors() or candidate.text == heading.text
            ):
                continue  # the heading's own inline text, or its wrapper saying the same
            if heading is not None and not candidate.headline_like and _DATE_ONLY_LINE.match(candidate.text):
                if not self._precedes(heading.element, candidate.element):
                    return None
                return candidate.element, heading.element
            heading = candidate if candidate.headline_like else None
            headings += candidate.headline_like
            if headings > _MAX_HEADINGS:
                break
        return None

    def _above_meta_line(self, element: etree._Element, meta: etree._Element) -> bool:
        """``element`` (a heading) sits right above the meta line ``meta``: before a label line, or the heading a
        day-only line stands under."""
        if meta in self._label_elements:
            return self._precedes(element, meta)
        found = self._day_line_under_heading()
        return found is not None and found[1] is element

    def _styled_line_above_meta(self, doc_title: str) -> tuple[str, etree._Element] | None:
        """The line set apart by its look right above the post's labelled meta line, where no heading, no part of
        ``<title>`` and no metadata names a headline.

        EmpireCMS templates (and other hand-made ones) print the headline as a plain ``<p>`` or ``<div>`` whose
        inline style makes it one (``font-size:24px; text-align:center``), the "时间：… 来源：…" line under it, and
        title every page with the site's name. The line is the label line's previous sibling, a line's length
        (no block of text, no label ending in a colon, not a link to another page), and emphasised by its own
        attributes: a font size of 16px (12pt, ``<font size=4>``) or more, bold, or centred, or named a title by its
        class inside a compound word (``div.newstitle`` over ``div.newsaddtime``, a design agency's news items, whose
        ``<title>`` is their keywords; the class is a hint the place confirms). Its look or its name is what tells it
        from the text's last line above an event's "时间：" line, which the date rules read as the text's.
        """
        meta = self._title_meta_line()
        if meta is None or meta not in self._label_elements:
            return None
        line = meta.getprevious()
        while line is not None and not isinstance(line.tag, str):
            line = line.getprevious()  # a comment between them
        if line is None or line.tag not in _STYLED_LINE_TAGS or self._in_nav(line) or line in self._label_elements:
            return None
        text = normalized_text(line)
        if not 2 <= len(text) <= 200 or text[-1] in ":：" or text.lower() == doc_title.lower():
            return None
        links = [a for a in line.iter("a") if normalized_text(a)]
        if links and sum(len(normalized_text(a)) for a in links) >= len(text) / 2:
            return None  # a link (a breadcrumb's last step, a "back" link), not a headline
        if not any(
            _emphasised(element) or _named_title(element)
            for element in (line, *line.iterdescendants())
            if normalized_text(element) == text
        ):
            return None
        return text, line

    def _heading_above_meta_line(self, besides: etree._Element) -> etree._Element | None:
        """The heading (h1-h3, or one named as a title) right above the post's meta line, other than
        ``besides`` and outside it: the page's own headline where <title> names none."""
        meta_first = self._title_meta_line()
        if meta_first is None:
            return None
        for element, _text, headline_like in self._title_candidates():
            if not headline_like or element is besides or besides in element.iterancestors():
                continue
            if self._above_meta_line(element, meta_first):
                return element
        return None

    def _title_from_lone_h1(self, doc_title: str) -> tuple[str, etree._Element] | None:
        """The post's only ``<h1>`` when neither ``<title>`` nor og:title is on the page.

        MkDocs takes ``<title>`` (and og:title) from the front matter and the headline from the Markdown
        text: "Local Ansible Role Test Environment" under "<title>Create development environment for
        Ansible roles - NetDevOps.it". Only when the page has one ``<h1>`` outside navigation, inside
        its ``<article>``/``<main>`` and not naming the site: a page of several is a listing or a
        header's site name plus the post's, where the metadata decides. And only without an og:title
        naming a headline: a news site's og:title is the headline it files (fundus' truth), its ``<h1>``
        often a longer or a reworded one (VG, LTO, Daily Maverick: 4 of 258 fundus pages worse), unless the
        article's JSON-LD ``headline`` is the ``<h1>``'s text: two of the page's sources against og:title, which
        an SEO plugin lets an editor reword (wp-apleb's "L'innovation territoriale a besoin de l'apport des GHT"
        over the headline "Innovation territoriale").
        """
        if not doc_title:
            return None  # without <title>, _title_from_headings has read the headings already
        declared = self._declared_headline(doc_title)
        h1s = [(element, text) for element, text, _ in self._title_candidates() if element.tag == "h1"]
        if len(h1s) != 1 or len(self.root.xpath("//h1")) != 1:
            return None
        element, text = h1s[0]
        if not self._in_post(element) or self._is_site_name(element, text):
            return None
        if declared and _typeset_key(self._structured_headline()) != _typeset_key(text):
            # og:title names another headline, and the article's data does not side with the <h1>. Where it
            # does, og:title is an SEO plugin's rewording (Yoast's "SEO title"): the JSON-LD ``headline``
            # and the one <h1> are the post's title as its author gave it.
            return None
        self.trace.set("title", "lone-h1")
        return text, element

    def _elements_before_prose(self, scope: etree._Element | None = None) -> set[etree._Element] | None:
        """The elements before the first sentence-long paragraph of ``scope`` (the page), in document order
        (None: it has none)."""
        seen: set[etree._Element] = set()
        for element in (self.root if scope is None else scope).iter():
            if element.tag == "p" and weighted_length(normalized_text(element)) >= _PROSE_LINE:
                return seen
            seen.add(element)
        return None

    @staticmethod
    def _precedes(first: etree._Element, second: etree._Element) -> bool:
        # The meta line follows the headline closely: a bounded look (hostile pages repeat thousands).
        for element in islice(first.itersiblings(), _NEAR_SIBLINGS):
            if element is second or second in element.iterdescendants():
                return True
        parent = first.getparent()
        return (
            parent is not None
            and parent is not second
            and len(parent) <= 3
            and any(s is second or second in s.iterdescendants() for s in islice(parent.itersiblings(), _NEAR_SIBLINGS))
        )
