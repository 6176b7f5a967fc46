"""Navigation, listings and pagination: which links of a page lead where. Pure, no Scrapy.

The spider asks three questions of every page: what kind of page is it (article,
listing, other), which links are categories (the nav), and which links are the
listing's articles and its further pages.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree

from archiver.discovery.page import MAX_OUTLINKS, document_base, has_meta_labels
from archiver.discovery.pagination import same_listing
from archiver.extract import body as body_rules
from archiver.extract.html import text_of
from archiver.normalize import normalize_space, weighted_length
from archiver.profiles import SiteProfile
from archiver.urls import canonicalize_url, is_allowed

_PAGER_TEXT = re.compile(
    r"^(?:\d{1,4}|[«»‹›<>]{1,2}|next|prev(?:ious)?|last|first|more|next\s*page|previous\s*page|"
    r"last\s*page|first\s*page|下一页|上一页|下页|上页|尾页|末页|首页|最后一页|第一页|后一页|前一页|"
    r"next\s*[»›>]|[«‹<]\s*prev(?:ious)?)$",
    re.IGNORECASE,
)
_PAGER_TOKENS = frozenset(
    {
        "page",
        "pages",
        "pager",
        "pagination",
        "paging",
        "fenye",
        "pagelist",
        "pagenav",
        "page_nav",
        "pagebar",
        "pg",
        "paginate",
        "pagin",
    }
)
_HOME_PATHS = re.compile(r"^/(?:index\.(?:s?html?|php|aspx?|jsp))?$", re.IGNORECASE)
_SIDEBAR_TOKENS = frozenset(
    {
        "left",
        "right",
        "side",
        "sidebar",
        "hot",
        "rank",
        "ranking",
        "popular",
        "widget",
        "recommend",
        "tuijian",
        "redian",
        "aside",
        "sidebox",
    }
)
_LIST_DATE = re.compile(
    r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}, \d{4}"
)
_NAV_TOKENS = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "menu",
        "mainmenu",
        "topmenu",
        "mainnav",
        "topnav",
        "daohang",
        "dh",
        "column",
        "columns",
        "lanmu",
    }
)


@dataclass
class Link:
    url: str
    text: str
    element: etree._Element


@dataclass
class PageLinks:
    """The outgoing links of a listing page, sorted by what they are."""

    members: list[str] = field(default_factory=list)  # the listing's own articles
    others: list[str] = field(default_factory=list)  # other same-site links worth a look
    pagination: list[str] = field(default_factory=list)


def links(root: etree._Element, base_url: str, allowed: frozenset[str], profile: SiteProfile) -> list[Link]:
    """Same-site, fetchable, not-ignored links of a page, canonical, in document order.

    Relative links resolve against the page's ``<base href>`` when it sets one; at most
    MAX_OUTLINKS are read from one page (a listing of 100,000 links is a trap, not a listing).
    """
    found: list[Link] = []
    base = document_base(root, base_url)
    for examined, anchor in enumerate(root.iter("a")):
        if examined >= MAX_OUTLINKS:
            break
        href = anchor.get("href")
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = canonicalize_url(href, base)
        if url is None or not is_allowed(url, allowed) or profile.is_ignored(url):
            continue
        found.append(Link(url, normalize_space(text_of(anchor) or anchor.get("title") or ""), anchor))
    return found


def _has_token(element: etree._Element, wanted: frozenset[str]) -> bool:
    return any(
        body_rules.tokens(e) & wanted or e.tag == "nav"
        for e in (element, *element.iterancestors())
        if isinstance(e.tag, str)
    )


def is_home(url: str) -> bool:
    parts = urlsplit(url)
    return bool(_HOME_PATHS.match(parts.path)) and not parts.query


def nav_links(root: etree._Element, base_url: str, allowed: frozenset[str], profile: SiteProfile) -> list[Link]:
    """The category links of the site navigation (home and edition links left out)."""
    page_links = links(root, base_url, allowed, profile)
    candidates: list[Link] = []
    for selector in profile.nav_selectors:
        anchors = set(root.cssselect(selector))
        candidates = [link for link in page_links if link.element in anchors]
        if candidates:
            break
    if not candidates:
        candidates = [
            link for link in page_links if _has_token(link.element, _NAV_TOKENS) and not _in_footer(link.element)
        ]
    if not candidates:
        candidates = _densest_short_link_group(page_links)
    unique: dict[str, Link] = {}
    for link in candidates:
        if link.text and len(link.text) <= 40 and not is_home(link.url):
            unique.setdefault(link.url, link)
    return list(unique.values())


def _in_footer(element: etree._Element) -> bool:
    return any(
        e.tag == "footer" or body_rules.tokens(e) & {"footer", "foot", "copyright", "bottom"}
        for e in (element, *element.iterancestors())
        if isinstance(e.tag, str)
    )


def _densest_short_link_group(all_links: list[Link]) -> list[Link]:
    """Sites without nav markup: the first list of 3+ short links is the menu."""
    groups: dict[etree._Element, list[Link]] = defaultdict(list)
    for link in all_links:
        if 1 <= len(link.text) <= 12:
            parent = link.element.getparent()
            holder = parent.getparent() if parent is not None and parent.tag == "li" else parent
            if holder is not None:
                groups[holder].append(link)
    for group in groups.values():
        if len(group) >= 3:
            return group
    return []


def is_pagination(link: Link, page_url: str) -> bool:
    """A link to another page of the same listing: pager text or pager container, same directory."""
    if not (_PAGER_TEXT.match(link.text) or _has_token(link.element, _PAGER_TOKENS)):
        return False
    here, there = urlsplit(page_url), urlsplit(link.url)
    directory = here.path.rsplit("/", 1)[0] + "/"
    return (
        there.path == here.path
        or there.path.startswith(directory)
        or (there.path.rsplit("/", 1)[0] + "/" == directory)
        or same_listing(page_url, link.url) is not None
    )


def listing_links(
    root: etree._Element, page_url: str, allowed: frozenset[str], profile: SiteProfile, nav_urls: set[str]
) -> PageLinks:
    """Split a listing page's links into its articles, other candidates and its further pages."""
    result = PageLinks()
    content: list[Link] = []
    for link in links(root, page_url, allowed, profile):
        if link.url == page_url or link.url in nav_urls or is_home(link.url):
            continue
        if is_pagination(link, page_url):
            result.pagination.append(link.url)
        elif not body_rules.in_boilerplate(link.element) and not _in_footer(link.element):
            content.append(link)
    if any(profile.article_urls):
        members = [link for link in content if profile.is_article_url(link.url)]
    else:
        members = _main_list(content)
    member_urls = list(dict.fromkeys(link.url for link in members))
    result.members = member_urls
    member_set = set(member_urls)
    result.others = list(dict.fromkeys(link.url for link in content if link.url not in member_set))
    result.pagination = list(dict.fromkeys(result.pagination))
    return result


def _main_list(content: list[Link]) -> list[Link]:
    """The listing itself: the group of title-like links sharing a list container that looks most
    like a dated list of articles and least like a sidebar (hot, popular, ranking)."""
    groups: dict[etree._Element, list[Link]] = defaultdict(list)
    for link in content:
        if len(link.text) < 4:
            continue
        node = link.element.getparent()
        while node is not None and node.tag not in ("ul", "ol", "table", "tbody", "dl", "div", "section"):
            node = node.getparent()
        if node is not None:
            groups[node].append(link)
    best, best_score = [], 0.0
    for container, group in groups.items():
        score = float(len(group) + sum(1 for link in group if _dated_row(link.element)))
        if any(
            body_rules.tokens(e) & _SIDEBAR_TOKENS
            for e in (container, *container.iterancestors())
            if isinstance(e.tag, str)
        ):
            score *= 0.3
        if score > best_score:
            best, best_score = group, score
    return best if len(best) >= 2 else []


def _dated_row(anchor: etree._Element) -> bool:
    """Whether the list item holding a link shows a date: listing rows do, menus and link bars don't."""
    for row in anchor.iterancestors("li", "tr", "dd", "dt", "p", "div", "article"):
        return bool(_LIST_DATE.search(text_of(row)))
    return False


def page_kind(root: etree._Element, url: str, profile: SiteProfile) -> str:
    """``article``, ``listing`` or ``other``: from the profile's URL rules, else from the page."""
    known = profile.is_article_url(url)
    if known is True:
        return "article"
    content = body_rules.find_content(root)
    text_length = link_length = 0
    if content is not None:
        text = normalize_space(text_of(content))
        text_length = weighted_length(text)
        link_length = sum(weighted_length(normalize_space(text_of(a))) for a in content.iter("a"))
    prose = text_length - link_length
    has_meta = has_meta_labels(root)
    if known is None and prose >= 150 and link_length < 0.3 * text_length and (has_meta or prose >= 600):
        return "article"
    anchors = [
        Link("", normalize_space(text_of(a)), a)
        for a in root.iter("a")
        if not (body_rules.in_boilerplate(a) or _in_footer(a) or _has_token(a, _NAV_TOKENS))
    ]
    if known is None and has_meta and len(_main_list(anchors)) < 4:
        return "article"  # labelled like an article but (nearly) empty: validation records why
    title_links = sum(1 for link in anchors if len(link.text) >= 6)
    return "listing" if title_links >= 3 else "other"


def page_title(root: etree._Element) -> str | None:
    """The document title (a home page's names its organization: "中华全国总工会 - 首页")."""
    found = root.xpath("//head/title") or root.xpath("//title")
    text = normalize_space(text_of(found[0])) if found else ""
    return text[:300] or None
