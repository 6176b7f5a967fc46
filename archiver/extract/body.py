"""Main-content detection and clean-up: the article text without the page furniture around it."""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Set
from functools import lru_cache
from itertools import islice, pairwise
from urllib.parse import urljoin, urlsplit

import nh3
from lxml import etree

from archiver.discovery.page import names_a_file
from archiver.extract.html import BLOCK_TAGS, attr_names, block_text, css, text_of
from archiver.extract.labels import parse_label_line
from archiver.extract.line_dates import shows_a_date
from archiver.extract.unchanged import normalized_text, once
from archiver.normalize import CJK_RUN, normalize_space, weighted_length, word_month_date
from archiver.urls import canonicalize_url, site_of

_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
NEGATIVE_TOKENS = frozenset(
    "nav navbar navigation menu submenu footer foot copyright sidebar side aside related relate "
    "recommend share bdshare comment comments breadcrumb crumb crumbs pager pagination pages "
    "prev next prevnext keyword keywords tag tags advert ad ads banner login logo toolbar hot rank "
    "friendlink links position location info meta print tools bottom copy".split()
)
POSITIVE_TOKENS = frozenset(
    "content contents article detail details text body main post entry con newsdes show "
    "newscontent news_content article_content txt "
    # the same words run together (``articleBody``, ``storytext``): class and id are lower-cased first
    "articlebody articletext articlecontent storybody storytext storycontent postbody postcontent "
    "entrycontent entrybody bodytext maincontent contentbody".split()
)
_STRUCTURAL_NEGATIVE = frozenset({"nav", "footer", "aside", "form", "header", "menu"})
_CANDIDATE_TAGS = frozenset(
    {"div", "td", "section", "article", "main", "body", "font", "span", "center", "blockquote", "li"}
)
_PARAGRAPH_TAGS = ("p", "pre", "div", "td", "section", "article", "font", "span", "blockquote")

CUT_MARKER = re.compile(
    # a box's heading may open with a mark ("● 相关推荐", "■ Related Posts")
    r"^[□■◆◇●○★☆▶►▪•◎※]?\s*(?:(?:Keywords?|Tags|关键词|关键字|标签)\s*[:：]"
    r"|Related\s+(?:Content|Articles?|News|Posts|Reading)|相关(?:内容|新闻|文章|阅读|推荐|链接|资讯)"
    r"|推荐阅读|延伸阅读|(?:Previous|Prev|Next)(?:\s+(?:article|post|page|news|item))?\s*[:：]"
    r"|上一篇|下一篇|上一条|下一条|上一页|下一页|上一个|下一个|上一则|下一则|(?:Share(?:\s+(?:to|this))?|分享到|分享至)\s*[:：]"
    r"|返回列表|返回顶部|打印本页|关闭窗口|【打印】|【关闭】|\[打印\]|\[关闭\]|Back\s+to\s+(?:list|top)"
    r"|Print\s+this|Close\s+window"
    # a script's button that reveals the rest of a text it folded ("加载全部内容", "展开全文"): alone on its line
    r"|(?:点击)?(?:加载|展开|阅读|查看|显示)(?:全部内容|全部|全文)\s*[>»›]*\s*$)",
    re.IGNORECASE,
)
_CJK_RUN = CJK_RUN
_ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "a",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "code",
    "figure",
    "figcaption",
    "sup",
    "sub",
}
_ALLOWED_ATTRS = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}


# A BEM/utility modifier says how a block looks, not what it is: ``o-ModuleWrapper-has-no-bottom-gap``
# is a module wrapper, not a "bottom"; ``card--is-sidebar-width`` is a card. A class that is a modifier
# alone says so too: Drupal's ``<div id="content" class="main-content with-sidebar">`` holds the post and
# sits beside a sidebar (``has-sidebar``, ``no-sidebar``, ``is-sticky`` alike).
_MODIFIER = re.compile(
    r"--.*|(?<=[a-z0-9])[-_](?:is|has|no|with|without|not)[-_].*$|^(?:is|has|no|not|with|without)[-_].*$"
)


def tokens(element: etree._Element) -> frozenset[str]:
    """Words of an element's id and class (the cached set itself: called for most elements of a page)."""
    return _tokens_of(attr_names(element))


@lru_cache(maxsize=8192)
def _tokens_of(names: str) -> frozenset[str]:
    """Words of an id/class string (pages repeat the same classes: cached)."""
    if "-" in names or "_" in names:
        names = " ".join(_MODIFIER.sub("", name) for name in names.split())
    return frozenset(_TOKEN_SPLIT.split(names)) - {""}


# An element holding at least this share of the page's text is the page itself (a theme's
# wrapper, an ASP.NET <form>), whatever its class says: no single word may blank a page.
WRAPPER_SHARE = 0.5
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
# The page being read: (weak reference to its root, its text length). Weak, so that the
# last page's tree is not kept alive after extraction.
_page_length_cache: list[tuple[weakref.ref[etree._Element], float]] = []


def text_length(element: etree._Element) -> float:
    """Characters of ``element``'s text, blanks collapsed (computed in libxml2; once per element while the
    tree is only read, ``unchanged.py``)."""
    return once(_text_length_now, element)


def _text_length_now(element: etree._Element) -> float:
    return float(_TEXT_LENGTH(element))


_LINK_TEXTS = etree.XPath(".//a//text()")


def unlinked_length(element: etree._Element) -> float:
    """About the characters of ``element``'s text outside links (menus, link lists and teasers are links).

    One XPath for all link texts, each stripped (not blank-collapsed): a gate's measure, not a count.
    """
    return max(text_length(element) - sum(len(text.strip()) for text in _LINK_TEXTS(element)), 0.0)


def _page_length(element: etree._Element) -> float:
    root = element.getroottree().getroot()
    if not _page_length_cache or _page_length_cache[0][0]() is not root:
        _page_length_cache[:] = [(weakref.ref(root), text_length(root))]
    return _page_length_cache[0][1]


# A comment thread is no page wrapper even when it holds most of the page's text: a short post
# under a long discussion is still the post. It wraps the page only when it holds nearly all of it,
# or the headline (then the word names a theme's wrapper: ``div.comment-wrap`` around the page).
_THREAD_TOKENS = frozenset({"comment", "comments", "reply", "replies"})
THREAD_WRAPPER_SHARE = 0.95


def _wrapper_share(element: etree._Element, share: float) -> float:
    if tokens(element) & _THREAD_TOKENS and element.find(".//h1") is None:
        return THREAD_WRAPPER_SHARE
    return share


def is_wrapper(element: etree._Element) -> bool:
    """``<html>``, ``<body>``, or an element holding most of the page's text (a thread: nearly all)."""
    if element.tag in ("html", "body"):
        return True
    return once(_holds_most_of_the_page, element)


def _holds_most_of_the_page(element: etree._Element) -> bool:
    page = _page_length(element)
    return page > 0 and text_length(element) >= _wrapper_share(element, WRAPPER_SHARE) * page


def _flagged(element: etree._Element) -> bool:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag in _STRUCTURAL_NEGATIVE:
        return True
    names = tokens(element)
    return bool(names & NEGATIVE_TOKENS) and not names & POSITIVE_TOKENS


def is_boilerplate(element: etree._Element) -> bool:
    """Navigation, footer, share bars ...: by tag, or by a negative id/class without a positive one.

    The words are hints: ``<html>``, ``<body>`` and wrappers holding most of the page's
    text are never boilerplate, whatever their tag or class (``theme-next``, ``__next``,
    ``<form id="form1">``).
    """
    return _flagged(element) and not is_wrapper(element)


def in_boilerplate(element: etree._Element) -> bool:
    return any(is_boilerplate(a) for a in element.iterancestors() if isinstance(a.tag, str)) or (
        is_boilerplate(element)
    )


_LANDMARK_TAGS = frozenset({"header", "footer", "nav", "aside"})
_LANDMARK_ROLES = frozenset({"banner", "contentinfo", "navigation", "complementary"})


def in_page_landmark(element: etree._Element) -> bool:
    """``element`` is or sits in a landmark of the page's furniture: its ``<header>``, ``<footer>``, ``<nav>``
    or ``<aside>`` (or the ARIA role of one), even one holding most of the page's text, as a footer does
    beside a post of one line. The tag, not a class word: HTML says what these elements are."""
    return any(
        isinstance(e.tag, str) and (e.tag in _LANDMARK_TAGS or (e.get("role") or "").lower() in _LANDMARK_ROLES)
        for e in (element, *element.iterancestors())
    )


def _own_text(element: etree._Element) -> str:
    """Text of ``element`` and its inline descendants, not of nested blocks."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag.lower() not in BLOCK_TAGS:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return normalize_space("".join(parts))


def link_density(element: etree._Element) -> float:
    """Share of ``element``'s text inside links."""
    return _link_density(element, len(normalized_text(element)))


def _link_density(element: etree._Element, text_length: int) -> float:
    link_length = sum(len(normalized_text(a)) for a in element.iter("a"))
    return min(link_length / max(text_length, 1), 1.0)


# How much a furniture hint on an element or an ancestor lowers a candidate's score.
_STRUCTURAL_WEIGHT = 0.1  # <nav>, <footer>, <aside> ... that are not the page's wrapper
_TOKEN_WEIGHT = 0.25  # a negative class/id word without a positive one


class _Furniture:
    """Per-element furniture weights for one scoring pass (memoized: ancestors are shared)."""

    def __init__(self) -> None:
        self._own: dict[etree._Element, float] = {}

    def own(self, element: etree._Element) -> float:
        weight = self._own.get(element)
        if weight is None:
            weight = 1.0
            if _flagged(element) and not is_wrapper(element):
                weight = _STRUCTURAL_WEIGHT if element.tag in _STRUCTURAL_NEGATIVE else _TOKEN_WEIGHT
            self._own[element] = weight
        return weight

    def weight(self, element: etree._Element) -> float:
        total = self.own(element)
        for ancestor in element.iterancestors():
            total *= self.own(ancestor)
        return total


def find_content(root: etree._Element) -> etree._Element | None:
    """The element holding the article text, readability-style: paragraphs vote for their holders.

    Class and id words and furniture tags weigh a candidate down (and its ancestors'
    do too), they never rule it out; wrappers holding most of the page carry no weight.
    A page with no paragraph long enough to vote (an image-only or very short post)
    falls back to the block holding its images and short lines.
    """
    return find_article(root)[0]


def find_article(root: etree._Element) -> tuple[etree._Element | None, list[etree._Element]]:
    """(the article's element, its children that are not the article): split articles joined.

    An article split into sibling blocks (a live blog's posts, a story's sections between
    ads, a lede apart from the text) is kept whole: when siblings of the best block score
    well too, their parent is the article, minus the furniture before, between and after them.
    """
    # What the page hides from sight by its own style (a city picker's 300 names in a ``display:none`` drop-down)
    # does not vote; a page whose text is all hidden so (revealed by a script) is voted on as it is.
    hidden = set(_HIDDEN_BY_STYLE(root))
    voted = _vote_passes(root, hidden) if hidden else None
    if voted is None:
        voted = _vote_passes(root, set())
    if voted is None:
        return None, []
    best, scores, furniture, best_score = voted
    return _with_siblings(_past_data_table(best), scores, furniture, best_score)


# Elements inside one whose own inline style hides it (``style="display:none;"``): a drop-down, a tab not shown.
_HIDDEN_BY_STYLE = etree.XPath(
    "//*[contains(translate(translate(@style, ' ', ''), 'DISPLAYNOE', 'displaynoe'), 'display:none')]//*"
)


# A form (a newsletter's e-mail field, a search field: its controls are dropped at parsing, the <form> stays) and the
# few lines around it: its box. The lines are the form's caption and small print ("Join a community of over 2,300+
# developers.", "By clicking Subscribe I want to …"), not the page's text, whatever class the box has.
_FORM_BOX_TEXT = 200  # weighted characters of the box, the form's own included: a caption, not a text


def form_boxes(root: etree._Element) -> list[etree._Element]:
    """The boxes of the small forms under ``root``: from a ``<form>`` of at most ``_FORM_BOX_TEXT`` characters
    (its labels; no ``<h1>``) up through the ancestors that hold little more than it (``_FORM_BOX_TEXT`` characters
    in all, no ``<h1>``), the highest such. A ``<form>`` that wraps the page (ASP.NET's ``form1``) has no box; a
    comment form after a post is its own box (the post's block holds far more text than a caption)."""
    boxes = []
    for form in root.iter("form"):
        if (
            is_wrapper(form)
            or form.find(".//h1") is not None
            or weighted_length(normalized_text(form)) > _FORM_BOX_TEXT
        ):
            continue
        box = form
        parent = form.getparent()
        while (
            parent is not None
            and parent is not root
            and isinstance(parent.tag, str)
            and parent.tag not in ("body", "html")
            and not is_wrapper(parent)
            and parent.find(".//h1") is None
            and weighted_length(normalized_text(parent)) <= _FORM_BOX_TEXT
        ):
            box = parent
            parent = parent.getparent()
        boxes.append(box)
    return boxes


def _vote_passes(
    root: etree._Element, hidden: set[etree._Element]
) -> tuple[etree._Element, dict[etree._Element, float], _Furniture, float] | None:
    # The lines of a form's box do not vote (a sign-up box's "Join a community of …" beside a post written as
    # lists would be its only paragraph): the page's own text does, or, if it has none, its lists.
    captions = {e for box in form_boxes(root) for e in box.iter()}
    if captions:
        captions |= hidden
    else:
        captions = hidden
    voted = _vote(root, min_length=25, images=False, needs_prose=True, hidden=captions)
    if voted is not None and (_few_paragraphs(root, captions) or text_length(voted[0]) < _FEW_PROSE):
        # A post written as lists (a changelog's items under its headings) beside a line or two of prose elsewhere
        # (a notice atop and below every page of the site, "We're working on 2.0. Read the latest announcement …"):
        # those lines must not outvote it. Its items vote with the paragraphs; the block they elect is the text when
        # it lies away from the paragraphs' block (not around it: a short post's box of related links, a sidebar
        # beside it) and its list items hold, outside their links, twice the text of the paragraphs' block. So too
        # when the paragraphs elected a line or two (``_FEW_PROSE``): a post of lists, tables and code (Chirpy's
        # study notes) has cells and code enough to outweigh a notice, yet none of them votes for the block holding
        # them all, and the top bar's breadcrumb (the post's long title) won.
        listed = _vote(root, min_length=25, images=False, needs_prose=True, list_items=True, hidden=captions)
        if (
            listed is not None
            and listed[0] is not voted[0]
            and listed[0].tag not in ("html", "body")
            and voted[0] not in listed[0].iterdescendants()
            and _listed_length(listed[0]) >= _LISTS_OVER_PROSE * text_length(voted[0])
        ):
            voted = listed
    if voted is None:
        # A post written as lists alone (weeknotes' bullet points, no <p>): its items vote, for the
        # block holding the lists. Only then: elsewhere list items are menus, links and comments. Still
        # no result without a prose voter (a bullet of 25+ characters counts): a sidebar's date line
        # alone must not decide, as in the first pass.
        voted = _vote(root, min_length=25, images=False, needs_prose=True, list_items=True, hidden=captions)
        if voted is not None and in_boilerplate(voted[0]):
            # The page's one long line is a list item of a block its class calls furniture (a footer's "This project
            # is supported by …"), and no paragraph votes anywhere: a post of pictures (a meeting's agenda as two
            # images) whose pictures, outside links and outside such blocks, are the post. Their block is the text,
            # however little it holds; with no such picture the item stands (hugo-sasip's kick-off).
            pictures = _vote(root, min_length=_NO_TEXT, images=True, hidden=hidden | _not_post_pictures(root))
            if pictures is not None:
                voted = pictures
    if voted is None:
        voted = _vote(root, min_length=1, images=True, hidden=hidden)
    return voted


_NO_TEXT = 10**9  # a vote's min_length that no line reaches: its images vote alone


def _not_post_pictures(root: etree._Element) -> set[etree._Element]:
    """The page's pictures that are no post's: inside a link (a logo, an icon, a sponsor's badge) or inside a block its
    class or tag calls furniture."""
    return {img for img in root.iter("img") if any(a.tag == "a" for a in img.iterancestors()) or in_boilerplate(img)}


_FEW_PROSE = 300  # weighted characters: the paragraphs of a line or two
_LISTS_OVER_PROSE = 2  # the lists' items' text outside links, against the text of the block the paragraphs elect


def _few_paragraphs(root: etree._Element, hidden: Set[etree._Element]) -> bool:
    """Whether the page's voting paragraphs (25+ characters of their own, outside the page's furniture: a
    footer's licence line, and outside their links) hold no more than a line or two (``_FEW_PROSE``)."""
    inside_code = set(_IN_PRE(root))
    prose = 0.0
    for node in root.iter(*_PARAGRAPH_TAGS):
        if node in hidden or node in inside_code or in_boilerplate(node):
            continue
        prose += _unlinked_own_length(node)
        if prose >= _FEW_PROSE:
            return False
    return True


def _listed_length(block: etree._Element) -> float:
    """Weighted characters of ``block``'s list items of 25+ characters, outside their links."""
    return sum(_unlinked_own_length(item) for item in block.iter("li"))


def _unlinked_own_length(element: etree._Element) -> float:
    """Weighted characters of ``element``'s own text (``_own_text``) outside its links, when that text is long
    enough to vote (25 characters); else 0."""
    length = weighted_length(_own_text(element))
    if length < 25:
        return 0.0
    return max(length - sum(weighted_length(normalized_text(a)) for a in element.iter("a")), 0.0)


_SIBLING_SHARE = 0.2  # readability's: a sibling scoring a fifth of the best block is the same article
_CONTENT_BONUS = 25.0  # readability's: a block whose class or id says content starts with this score
_SIBLING_PARAGRAPH = 80  # or a plain paragraph of this many characters, few of them links
_KEEP_BETWEEN = frozenset(
    {
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "figure",
        "table",
        "ul",
        "ol",
        "pre",
        "blockquote",
        "p",
        "img",
        "picture",
        "dl",
    }
)


def _with_siblings(
    best: etree._Element, scores: dict[etree._Element, float], furniture: _Furniture, best_score: float
) -> tuple[etree._Element, list[etree._Element]]:
    parent = best.getparent()
    if parent is None or parent.tag in ("html",) or best.tag == "body":
        return best, []
    children = [c for c in parent if isinstance(c.tag, str)]
    if len(children) > 200:  # a long flat list is a listing or a hostile page, not a split article
        return best, []
    kept: list[int] = []
    after_best = False
    for index, child in enumerate(children):
        if child is best:
            kept.append(index)
            after_best = True
            continue
        if _flagged(child) or furniture.own(child) < 1:
            continue
        length = weighted_length(normalized_text(child))
        if not length:
            continue
        density = _link_density(child, length)
        weight = furniture.weight(child) * (1 - density)
        score = scores.get(child, 0.0) * weight
        bonus = _class_bonus(child)
        if (
            score >= _SIBLING_SHARE * best_score
            and not (
                after_best
                and bonus
                and _lifted_by_its_word(child, best, score - bonus * weight, best_score, length * (1 - density))
            )
        ) or (child.tag == "p" and length >= _SIBLING_PARAGRAPH and density < 0.25):
            kept.append(index)
    if len(kept) == 1:
        return best, []
    first, last = kept[0], kept[-1]
    drop = [
        c
        for i, c in enumerate(children)
        if i < first or i > last or (i not in kept and (c.tag not in _KEEP_BETWEEN or _flagged(c)))
    ]
    return parent, drop


_STAMP = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}")  # a day and a time
_THREAD_ENTRIES = 3  # entries built alike, each stamped: a thread (comments, a guestbook)
_THREAD_ENTRY_TEXT = 600  # weighted characters of an entry, on average (200 Chinese): a remark, not a section
_THREAD_HEADER = 60  # weighted characters of an entry's first line: a name and a stamp


def _thread_of_dated_entries(block: etree._Element) -> bool:
    """The block lists readers' entries: three or more of its children built alike (tag and class), each
    opening with a short line stamped with a day and a time of day ("未知用户2015-11-18 18:31:27" over the
    remark), short on average: the comments a WeChat article's export keeps beside its text (``div.msgBox >
    div.msg``), whatever their class names say. A text's sections are not each headed by a stamp to the
    minute, and a live blog's updates print their time alone."""
    children = [c for c in block if isinstance(c.tag, str)]
    if len(children) < _THREAD_ENTRIES:
        return False
    builds: dict[tuple[str, str | None], list[etree._Element]] = {}
    for child in children:
        builds.setdefault((child.tag, child.get("class")), []).append(child)
    entries = max(builds.values(), key=len)
    if len(entries) < _THREAD_ENTRIES or len(entries) < 0.8 * len(children):
        return False
    for entry in entries:
        # the entry opens with its writer's line: a name and the stamp ("未知用户2015-11-18 18:31:27"), not a
        # lecture's card whose third line gives its day and hour
        first = next(iter(block_text(entry)), "")
        if not _STAMP.search(first) or weighted_length(normalize_space(first)) > _THREAD_HEADER:
            return False
    texts = [normalized_text(entry) for entry in entries]
    return sum(weighted_length(text) for text in texts) / len(texts) <= _THREAD_ENTRY_TEXT


def _class_bonus(element: etree._Element) -> float:
    """The score a content word of ``element``'s class or id gives it before any vote (``_vote``'s ``initial``)."""
    names = tokens(element)
    return _CONTENT_BONUS if names & POSITIVE_TOKENS and not names & NEGATIVE_TOKENS else 0.0


def _lifted_by_its_word(
    child: etree._Element,
    best: etree._Element,
    votes: float,
    best_score: float,
    unlinked: float,
) -> bool:
    """Whether a sibling after the best block reaches its share only by a content word of its class: less than a line
    of text outside its links (``_SIBLING_PARAGRAPH``), a class other than the best block's (a story's parts are built
    alike), and its lines' votes (``votes``: its score without the word's bonus, weighted as the score is) short of
    the share. Chirpy's ``div.post-tail-wrapper`` (the post's categories and tags, the licence line "This post is
    licensed under CC BY 4.0 by the author.", the share icons) after ``div.post-content`` scored 25.6 by its word
    "post" and a sixth of the licence line's vote, past a fifth of the text's 26-34, and joined the text
    (chirpy-adas: 24 of 30 posts ended in the licence line). The word is a hint that the block is the post's; a
    tail of links and a line holds none of its text. A sibling holding a headline is a post, however short (an
    archive's banner above a post whose text is a framed PDF)."""
    if unlinked >= _SIBLING_PARAGRAPH or child.get("class") == best.get("class") or child.find(".//h1") is not None:
        return False
    return votes < _SIBLING_SHARE * best_score


def with_opening_kept(
    container: etree._Element, headline: etree._Element, outside: list[etree._Element]
) -> list[etree._Element]:
    """``outside`` (``find_article``'s blocks beside a split article) without the article's opening: in a
    flat post whose headline is a block of the article's parent (``div.block > h1 + byline + p + h2 + p …``,
    7Robot's), the sections, headings and short paragraphs between the headline and the first block that
    scored are the text's start ("Intro", "Avantages : prix ; …"), not furniture before the article. The
    blocks of other kinds there (the byline's ``div``, a rule) stay outside."""
    if headline.getparent() is not container or headline not in outside:
        return outside
    children = [c for c in container if isinstance(c.tag, str)]
    after = children[children.index(headline) + 1 :]
    away = set(outside)
    first_kept = next((i for i, c in enumerate(after) if c not in away), None)
    if first_kept is None:
        return outside
    opening = {c for c in after[:first_kept] if c.tag in _KEEP_BETWEEN and not _flagged(c)}
    return [c for c in outside if c not in opening]


_ASIDE_TAGS = frozenset({"nav", "aside", "footer"})
_ARTICLE_PARAGRAPHS = 3  # plain paragraphs in one block: an article's text, not a widget's blurb


def longest_article_elsewhere(root: etree._Element, block: etree._Element) -> float:
    """Characters of the longest run of plain paragraphs in one block outside ``block`` (0 if none).

    A plain paragraph is what ``_with_siblings`` calls one: ``_SIBLING_PARAGRAPH`` characters, few
    of them links. Paragraphs are grouped by the block holding them; a block holding fewer than
    ``_ARTICLE_PARAGRAPHS`` (an author blurb, a newsletter box) is no article. It tells a short post
    beside its headline (nothing longer on the page) from a short box beside the headline of a long
    article that the votes missed.
    """
    inside = set(block.iter())
    groups: dict[etree._Element, list[float]] = {}
    for node in root.iter(*_PARAGRAPH_TAGS):
        if node in inside:
            continue
        length = weighted_length(normalize_space(_own_text(node)))
        parent = node.getparent()
        if length < _SIBLING_PARAGRAPH or parent is None:
            continue
        # Class words are hints (``pg-side-of-rail`` holds CNN's article): only the page's own
        # asides, menus and footers are ruled out.
        if any(a.tag in _ASIDE_TAGS for a in node.iterancestors()):
            continue
        if _link_density(node, int(length)) >= 0.25:
            continue
        groups.setdefault(parent, []).append(length)
    runs = [sum(lengths) for lengths in groups.values() if len(lengths) >= _ARTICLE_PARAGRAPHS]
    return max(runs, default=0.0)


ARTICLE_PICTURE = "article-picture"  # the body rule of a post that is its picture (``sole_article_beside_teasers``)
_TEASER_HEADLINES = 3  # headings that are links to other pages: a list of posts, not an article's sections
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def is_teaser_list(block: etree._Element) -> bool:
    """The block lists other posts: several of its headings are each one link (a post's headline and its
    excerpt, "Related stories", "Recent posts"). An article's own headings are text, not links away."""
    linked = 0
    for heading in block.iter(*_HEADINGS):
        text = normalized_text(heading)
        links = [a for a in heading.iter("a") if a.get("href")]
        if text and links and normalize_space(" ".join(normalized_text(a) for a in links)) == text:
            linked += 1
            if linked >= _TEASER_HEADLINES:
                return True
    return False


_LINKED_CARDS = 3  # links: a list of other pages, not one link in a line of text
_LINKED_SHARE = 0.9  # of the block's text inside its links


def is_linked_cards(block: etree._Element) -> bool:
    """The block lists other pages as cards each one link around all it shows (a cover, a day, a title, an
    excerpt): at least ``_LINKED_CARDS`` links to pages, and ``_LINKED_SHARE`` of its text inside them. A
    post's text is never all link text."""
    links = {
        a.get("href") for a in block.iter("a") if (a.get("href") or "").strip() and not _in_page_link(a.get("href"))
    }
    return len(links) >= _LINKED_CARDS and link_density(block) >= _LINKED_SHARE


def sole_article(root: etree._Element) -> etree._Element | None:
    """The page's one outermost ``<article>`` (articles nested in it, its comments, not counted), or None when it
    has several or none."""
    outermost = [a for a in root.iter("article") if not any(p.tag == "article" for p in a.iterancestors())]
    return outermost[0] if len(outermost) == 1 else None


MAIN_AFTER_HEADLINE = "main-after-headline"  # the body rule of ``main_after_headline``'s block
_HEADLINE_LEVELS = 2  # the headline's parent and grandparent: its post, not the page's other sections


def main_after_headline(voted: etree._Element, headline: etree._Element) -> etree._Element | None:
    """The ``<main>`` after the headline, when the votes went to the page holding both.

    A post whose text is a PDF in a frame, one link or a picture has no paragraph to vote for
    its block, and the votes go to the whole page (a banner, the byline and the boxes around the
    post). The page still says where its content is: a ``<main>`` element (HTML's mark for the
    page's dominant content) following the headline in its post is that content, however little
    text it holds. Only then: a block the votes found is the article whatever the tags say.
    """
    if not is_wrapper(voted) or headline not in voted.iterdescendants():
        return None
    scope: etree._Element | None = headline
    for _ in range(_HEADLINE_LEVELS):
        if scope is None or scope is voted:
            return None
        found = [
            main
            for sibling in scope.itersiblings()
            if isinstance(sibling.tag, str)
            for main in (sibling, *sibling.iterdescendants("main"))
            if main.tag == "main"
        ]
        if len(found) == 1:
            return found[0]
        if found:
            return None  # several: no one of them is the page's content
        scope = scope.getparent()
    return None


_BESIDE_SHARE = 0.5  # text beside the voted block in the headline's block, against the voted block's own


def headline_block(voted: etree._Element, headline: etree._Element) -> etree._Element | None:
    """The block holding the headline and the voted block side by side, when it holds more of the post.

    A report written as fields in one block (``div#content > div.title + div.subject + div.date +
    div.body + p.attachment + ul.members``) is that block: the votes go to the one field written as
    prose, while the subject, the download link and the list of attendees beside it are the post's
    too. The block is the post when its children after the headline, besides the voted block, hold at
    least half as much text again outside links and furniture. A theme's tag or share line beside a
    post's text is far shorter; a block the page marks as its content (``<main>``, ``<article>``,
    ``itemprop="articleBody"``) is the text as marked, never widened.
    """
    parent = voted.getparent()
    if parent is None or headline.getparent() is not parent or parent.tag in ("body", "html"):
        return None
    if voted.tag in ("main", "article") or voted.get("itemprop", "").lower() == "articlebody":
        return None
    children = [child for child in parent if isinstance(child.tag, str)]
    first = children.index(headline)
    if first > children.index(voted):
        return None
    # What follows the headline: a meta line before it is the header's, not more of the post; so is the dated line
    # between the headline and the text (Chirpy's "Posted Oct 5, 2020 by Leehyunho94 Updated Dec 13, 2020").
    text_at = children.index(voted)
    after = [
        child
        for index, child in enumerate(children[first + 1 :], first + 1)
        if child is not voted and not _flagged(child) and not (index < text_at and _dated_meta_line(child))
    ]
    beside = sum(unlinked_length(child) for child in after)
    return parent if beside >= _BESIDE_SHARE * text_length(voted) else None


_DATED_META_LINE = 120  # weighted characters: a post's "Posted <date> by <name>" line, not a paragraph


def _dated_meta_line(element: etree._Element) -> bool:
    """A short line showing a date: the post's meta line, however its theme marks it."""
    line = normalized_text(element)
    return bool(line) and weighted_length(line) <= _DATED_META_LINE and shows_a_date(line)


_OUTSIDE_HEADLINE_BLOCK = 0.2  # of the voted block's unlinked text outside the headline's block: headings of lists


def headline_own_block(voted: etree._Element, headline: etree._Element) -> etree._Element | None:
    """The headline's own block, when the votes went to a column around it that holds, besides it, lists of links.

    A short post (a bus-query site's news: ``div.info > h1 + p.from + pre``, "info" a furniture word) has too
    few paragraphs to outvote the column around it (``div.main_poi``, "main" a content word), which also holds
    the pager and two lists of other news. The headline's parent is the post when it holds the column's first
    paragraph of prose and most of its prose, and the column's other unlinked text is a fifth of that block's at
    most (the lists' headings): the rest of the column is links, not more of the post."""
    block = headline.getparent()
    if block is None or block is voted or voted not in block.iterancestors() or block.tag in ("body", "html"):
        return None
    first = next(
        (node for node in voted.iter(*_PARAGRAPH_TAGS) if node is not voted and _is_prose_paragraph(node)), None
    )
    if first is None or block not in first.iterancestors() or not holds_most_prose_of(block, voted):
        return None
    outside = unlinked_length(voted) - unlinked_length(block)
    return block if outside <= _OUTSIDE_HEADLINE_BLOCK * unlinked_length(block) else None


# ``itemprop`` holds a list of names (Blogger marks its post body ``itemprop="description articleBody"``)
_ARTICLE_BODY = etree.XPath(
    "//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' articleBody ')"
    " or contains(concat(' ', normalize-space(@itemprop), ' '), ' articlebody ')]"
)
_ARTICLE_ITEM_TYPE = re.compile(r"(?:Article|BlogPosting|Posting|Report)\b")


def _article_item(element: etree._Element) -> etree._Element | None:
    """The microdata item (``itemscope`` with an ``*Article``/``BlogPosting`` type) that ``element`` belongs to."""
    for ancestor in element.iterancestors():
        if ancestor.get("itemscope") is not None and _ARTICLE_ITEM_TYPE.search(ancestor.get("itemtype") or ""):
            return ancestor
    return None


def declared_content(
    root: etree._Element, voted: etree._Element | None, headline: etree._Element | None = None
) -> etree._Element | None:
    """The page's own ``itemprop="articleBody"``, when it is the article the votes point at or nearby.

    Structured data names the body outright, so a short post (80 characters beside a
    sidebar's 500) keeps its text. It gives way to the voted block when it holds only a
    part of it (a lede marked up, the rest beside it): less than half its text, away from
    the headline.
    """
    declared = [e for e in _ARTICLE_BODY(root) if not in_boilerplate(e)]
    if len(declared) != 1:
        return None
    element = declared[0]
    if not text_length(element) and element.find(".//img") is None:
        return None
    if voted is None or element is voted or voted in element.iterancestors():
        return element
    if element in voted.iterancestors():
        return None if text_length(element) > 2 * text_length(voted) + 200 else element
    if in_boilerplate(voted) or text_length(element) >= 0.5 * text_length(voted):
        return element
    item = _article_item(element)
    if item is not None and item is not voted and item in voted.iterdescendants():
        # The votes went to a block holding the whole article item and more beside it (a post without a
        # headline, pictures only, under a column's text widget): what is beside it is no part of the post.
        return element
    # Beside the headline (in its post), while the votes went elsewhere: a short post by a long sidebar.
    post = element
    for _ in range(3):
        post = post.getparent() if post is not None else None
    return element if headline is not None and post is not None and headline in post.iterdescendants() else None


_ANCESTOR_SHARES = (1.0, 0.5, 1 / 6, 1 / 9)
_CLAUSE_MARKS = re.compile(r"[,，、。；;]")  # each earns a paragraph a vote: prose, not a menu


def _list_holder(item: etree._Element) -> etree._Element | None:
    """The block holding the outermost list around ``item`` (a nested list is part of its item's)."""
    holder = item.getparent()
    while holder is not None and holder.tag in ("li", "ul", "ol"):
        holder = holder.getparent()
    return holder


_DATA_ROWS = 3  # rows of several filled cells: a table of data (a list of names), not a page's layout grid
_DATA_CELLS = 3  # filled cells in such a row
_DATA_SHARE = 0.6  # of the table's rows holding text: a grid of records throughout, not a layout's few rows
_DATA_LINKS = 0.3  # link density: a table of records, not a menu laid out in cells


def _row_cells(row: etree._Element) -> int:
    return sum(1 for cell in row if cell.tag in ("td", "th") and normalized_text(cell))


def is_data_table(table: etree._Element) -> bool:
    """A table of data: rows of several filled cells, most rows alike, few links, no table inside.

    A layout table (header, menu, content, footer rows; tables nested for columns) is none: its rows
    differ, or a table sits inside it."""
    if table.find(".//table") is not None:
        return False
    filled = [n for n in map(_row_cells, table.iter("tr")) if n]
    wide = sum(1 for n in filled if n >= _DATA_CELLS)
    return wide >= _DATA_ROWS and wide >= _DATA_SHARE * len(filled) and link_density(table) < _DATA_LINKS


def _past_data_table(best: etree._Element) -> etree._Element:
    """The block holding the table when the votes went to a cell of a table of data.

    A post that is a table (a list of students: 序号, 姓名, 性别 … a row each) has short cells that cannot
    vote, but its caption row ("…名单表（2020年）") can; a notice above a table of databases and their
    descriptions loses to the longest description. One cell is no article: the table is a block of the
    text, and the block holding it (with the paragraphs beside it, as siblings) is the post. Only where a
    cell won: a data table elsewhere (a sidebar's list of offers) gets no more votes than before."""
    if best.tag not in ("td", "th", "tr", "tbody") and next(best.iterancestors("td", "th"), None) is None:
        return best
    table = best if best.tag == "table" else next(best.iterancestors("table"), None)
    if table is None or not is_data_table(table):
        return best
    holder = _block_around(table)
    return holder if holder is not None else best


DATA_TABLE_AFTER_HEADLINE = "data-table-after-headline"  # the body rule of ``data_table_after_headline``'s block


def data_table_after_headline(voted: etree._Element, headline: etree._Element) -> etree._Element | None:
    """The block holding the table of data that follows the headline, when the votes went away from the headline to
    a block with less text than that table.

    A post that is a table of figures (a year and two sums on each row: "1987 | 1740 | 855") has not one cell long
    enough to vote, and no paragraph beside it: the votes go to the page's longest lines elsewhere, the footer's
    address and licence lines, which became the body. The headline's section is its outermost ancestor apart from
    the block the votes went to; the first table of data after the headline in it (``is_data_table``: rows of
    several filled cells, few links), holding more text than that block, is the post's, and the block holding it
    (past inline wrappers, as ``_past_data_table``) is the text. Votes that went to the headline's own block, or
    to a block holding more text than the table, stand."""
    around = {voted, *voted.iterancestors()}
    if headline in around:
        return None
    section = None
    for ancestor in headline.iterancestors():
        if ancestor in around or ancestor.tag in ("body", "html"):
            break
        section = ancestor
    if section is None:
        return None
    after = False
    for element in section.iter():
        if element is headline:
            after = True
        elif after and element.tag == "table" and is_data_table(element):
            return _block_around(element) if text_length(element) > text_length(voted) else None
    return None


def _vote(
    root: etree._Element,
    *,
    min_length: int,
    images: bool,
    needs_prose: bool = False,
    list_items: bool = False,
    hidden: set[etree._Element] | frozenset[etree._Element] = frozenset(),
) -> tuple[etree._Element, dict[etree._Element, float], _Furniture, float] | None:
    """The best block by the votes of the page's paragraphs of ``min_length`` characters (and images).

    ``needs_prose``: no result unless one voter is a paragraph: a ``<p>`` (its author wrote it as one,
    "Results of the latest Friendly Allegro" above a table), a line punctuated like a sentence or a
    paragraph's length, code or a caption. A page whose only long lines are a sidebar's "date ·
    category" (a ``<section>``'s ``<time>`` and link) and a footer's "Powered by: X Theme: Y" has no
    paragraph, and its short lines and images must all vote.
    """
    scores: dict[etree._Element, float] = {}
    prose = not needs_prose
    furniture = _Furniture()

    def initial(element: etree._Element) -> float:
        names = tokens(element)
        # A positive word beside a negative one (``footer_body``, ``post-meta``) is no content hint.
        weight = _CONTENT_BONUS if names & POSITIVE_TOKENS and not names & NEGATIVE_TOKENS else 0.0
        if (names & NEGATIVE_TOKENS or element.tag in _STRUCTURAL_NEGATIVE) and furniture.own(element) < 1:
            weight -= 25.0
        return weight

    def vote(holder: etree._Element | None, score: float) -> None:
        # Readability.js's shares: the holder, half to its parent, then a third of the level
        # above that: a paragraph wrapped in two divs (one block per paragraph) still votes
        # for the article that holds them all.
        target = holder
        for share in _ANCESTOR_SHARES:
            if target is None or not isinstance(target.tag, str) or target.tag == "html":
                break
            if target not in scores:
                scores[target] = initial(target)
            scores[target] += score * share
            target = target.getparent()

    inside_code = set(_IN_PRE(root))  # a highlighter's line spans are not paragraphs: their <pre> votes
    for node in root.iter(*_PARAGRAPH_TAGS, "figcaption"):
        if node in inside_code or node in hidden:
            continue
        text = _own_text(node)
        length = weighted_length(text)
        if length < min_length:
            continue
        prose = prose or node.tag in ("p", "pre", "figcaption") or _is_prose_line(text, length)
        if node.tag == "pre" and node.find(".//p") is None:
            # Code is part of the article, not an article of its own: its commas are syntax, and
            # its vote goes past the highlighter's wrappers (figure.highlight, td.code) to the post.
            vote(_past_code_wrappers(node), 1 + min(length / 100, 3))
            continue
        if node.tag == "figcaption":
            # A caption is the article's (an image post has nothing else): it votes for the block
            # holding its figure, not for the figure.
            vote(_block_holding(node), 1 + min(length / 100, 3))
            continue
        holder = node if node.tag in _CANDIDATE_TAGS and node.tag not in {"font", "span"} else node.getparent()
        vote(holder, 1 + len(_CLAUSE_MARKS.findall(text)) + min(length / 100, 3))
    if list_items:
        for item in root.iter("li"):
            if item in hidden:
                continue
            text = _own_text(item)
            length = weighted_length(text)
            if length >= min_length:
                prose = True  # a post's bullet point, as a paragraph would be; the short lines alone still are none
                vote(_list_holder(item), 1 + len(_CLAUSE_MARKS.findall(text)) + min(length / 100, 3))
    if images:
        for img in root.iter("img"):
            if img not in hidden:
                vote(_block_holding(img), 1.0)
    if not scores or not prose:
        return None
    # Link density (text_content of every candidate) is the costly part: candidates in order of
    # score before it, stopping once none can reach three quarters of the best (no rival either).
    raw = sorted(
        ((score * furniture.weight(element), element) for element, score in scores.items() if score > 0),
        key=lambda pair: pair[0],
        reverse=True,
    )
    finals: list[tuple[float, etree._Element]] = []
    best_final = 0.0
    for before_links, element in raw:
        if before_links <= 0 or before_links < 0.75 * best_final:
            break
        if _in_card(element):
            # A block inside a link is all link text, whatever links it holds itself: a card that is one
            # <a> ("Next Post / <its title>" as two <p>, a teaser with its excerpt) is the way to another
            # page, not this page's text (held-out gatsby-snoop2head: a post of bullet points, whose only
            # <p> were the next-post card's, got the card as its body).
            continue
        length = weighted_length(normalized_text(element))
        final = before_links * (1 - _link_density(element, length)) if length else before_links
        if final > 0:
            finals.append((final, element))
            best_final = max(best_final, final)
    if not finals:  # every candidate is all links
        return None
    finals.sort(key=lambda pair: pair[0], reverse=True)
    best_score, best = finals[0]
    rivals = [e for f, e in finals[1:5] if f >= 0.75 * best_score]
    close = list(rivals)
    # Blocks as close before their links are weighed, but mostly text: an event's own text under its card, whose one
    # link is a long address ("Here is a link to the game on Steam: https://store…"), may be a card's rival.
    before = next((b for b, e in raw if e is best), best_score)
    texts = [
        e
        for f, e in finals[1:5]
        if e not in close and next(b for b, r in raw if r is e) >= 0.75 * before and f >= _TEXT_SHARE * before
    ]
    # A story split into columns (NYT's ``div.StoryBodyCompanionColumn > div.css-53u6y8`` between
    # ads): its blocks share the best block's class, even those scoring far below it.
    best_class = best.get("class")
    if best_class:
        rivals += [
            e
            for before_links, e in raw
            if e is not best
            and e not in rivals
            and before_links >= _SIBLING_SHARE * best_score
            and e.tag == best.tag
            and e.get("class") == best_class
        ]
    promoted = _common_ancestor(best, rivals, close, texts)
    best = promoted if promoted is not best else _numbered_parts(best, raw)
    parts = _holder_of_parts(best, best_score, raw, furniture)
    if parts is None:
        parts = _with_slides(best, best_score, raw, furniture)
    if parts is not None:
        best = parts
    return best, scores, furniture, best_score


_PARTS = 3  # blocks built alike: an article cut into parts (sections between ads, a slideshow's slides)
_PARTS_SHARE = 0.6  # of their holder's text: the holder is those parts, not a page around them
_PARTS_LINKS = 0.3  # link density of the holder: a list of teasers is links
_OTHER_PARTS = 0.3  # the other parts together weigh this share of the best block: text, not fields
_PARTS_DEPTH = 2  # levels above the best block's part within which the parts meet


def _levels_between(element: etree._Element, holder: etree._Element) -> int:
    """The levels between ``element`` and its ancestor ``holder``, a wrapper holding one element alone not counted:
    WeChat's editors wrap each card's text in two or three styled ``<section>``s, one inside the other, that put
    it no further from the card beside it."""
    levels = 0
    for ancestor in element.iterancestors():
        if ancestor is holder:
            break
        if sum(1 for child in ancestor if isinstance(child.tag, str)) > 1:
            levels += 1
    return levels


def _build(element: etree._Element) -> tuple[str, str] | None:
    """How a block is built, to tell its like: its tag and class; without a class, its tag and inline style
    (WeChat's article editors, 135editor and Xiumi, write each card of a text as class-less ``<section>``s
    that repeat one ``style``). None for a bare block: no word says two of them are alike."""
    names = element.get("class")
    if names and names.strip():
        return element.tag, names
    style = " ".join((element.get("style") or "").split())
    return (element.tag, "style=" + style) if style else None


def _holder_of_parts(
    best: etree._Element, best_score: float, raw: list[tuple[float, etree._Element]], furniture: _Furniture
) -> etree._Element | None:
    """The element holding an article cut into blocks built alike, when they outweigh the best block.

    A story cut into ``div.text-container`` parts between pictures and ads (each in a wrapper of
    its own, so they are no siblings of the best part): each part scores below the best one,
    together they are the article. Their nearest common holder is the article when it is close
    above the best part and holds little else (the parts make most of its text, few links), so
    a page's teasers or a comment thread built alike never are.
    """
    around_best = {best, *best.iterancestors()}
    # Only blocks built like the best block or one of its holders can be its text's parts.
    wanted = {key for e in around_best if (key := _build(e))}
    groups: dict[tuple[str, str], list[tuple[float, etree._Element]]] = {}
    for before_links, element in raw:
        key = _build(element)
        # A comment's text block is built alike in every comment: the thread is furniture, not parts.
        if key and key in wanted and furniture.weight(element) == 1:
            groups.setdefault(key, []).append((before_links, element))
    found: tuple[float, etree._Element] | None = None
    for members in groups.values():
        if len(members) < _PARTS:
            continue
        own = [e for _, e in members if e in around_best]
        if not own:
            continue  # parts of another text than the best block's
        elements = {e for _, e in members}
        outermost = [e for e in elements if not any(a in elements for a in e.iterancestors())]
        # The other parts weigh as part of the text, not as a page's scattered fields.
        others = sum(score for score, e in members if e not in around_best and e in outermost)
        if len(outermost) < _PARTS or others < _OTHER_PARTS * best_score:
            continue
        holder = _lowest_common_ancestor(outermost)
        if holder is None or holder.tag in ("body", "html") or holder not in own[0].iterancestors():
            continue
        if _levels_between(own[0], holder) >= _PARTS_DEPTH:
            continue  # far above the best block: a page region, not the article's own container
        holder_length = text_length(holder)
        if sum(text_length(e) for e in outermost) < _PARTS_SHARE * holder_length:
            continue
        if _link_density(holder, int(holder_length)) > _PARTS_LINKS:
            continue
        if found is None or others > found[0]:
            found = (others, holder)
    if found is None:
        return None
    holder = found[1]
    return holder if holder in best.iterancestors() else None


_SLIDES = 5  # blocks built alike beside the best block: a slideshow's slides, a list's entries
_SLIDES_WEIGHT = 2.0  # together they outweigh the best block this many times
_SLIDES_LINKS = 0.15  # link density of the slides with the best block: teasers are headline links
_SLIDES_MEET = 4  # levels above the slides' holder within which they meet the best block
_SLIDES_SHARE = 0.6  # of the block joining them: the slides and the best block are most of it


def _with_slides(
    best: etree._Element, best_score: float, raw: list[tuple[float, etree._Element]], furniture: _Furniture
) -> etree._Element | None:
    """The block joining the best block and the slides beside it, when the slides outweigh it.

    A slideshow article is an intro (the best single block) and many slides built alike (a
    heading, a picture, two paragraphs each): no slide outweighs the intro, all of them do. They
    are the article's when they meet the intro close above, hold few links (a teaser's headline
    is a link) and, with the intro, make most of the block joining them.
    """
    groups: dict[tuple[str, str], list[tuple[float, etree._Element]]] = {}
    for before_links, element in raw:
        names = element.get("class")
        if names:
            groups.setdefault((element.tag, names), []).append((before_links, element))
    around_best = {best, *best.iterancestors()}
    found: tuple[float, etree._Element] | None = None
    for members in groups.values():
        total = sum(score for score, _ in members)
        if len(members) < _SLIDES or total < _SLIDES_WEIGHT * best_score or (found and total <= found[0]):
            continue
        elements = {e for _, e in members if furniture.weight(e) == 1}
        if len(elements) < _SLIDES or elements & around_best:
            continue
        outermost = [e for e in elements if not any(a in elements for a in e.iterancestors())]
        holder = _lowest_common_ancestor(outermost) if len(outermost) >= _SLIDES else None
        if holder is None or best in holder.iterancestors():
            continue
        joined = _lowest_common_ancestor([holder, best])
        if joined is None or joined.tag in ("body", "html"):
            continue
        if not any(a is joined for a in islice(holder.iterancestors(), _SLIDES_MEET)) and joined is not holder:
            continue
        joined_length = text_length(joined)
        slides = sum(text_length(e) for e in outermost) + (text_length(best) if joined is not holder else 0)
        if slides < _SLIDES_SHARE * joined_length or _link_density(joined, int(joined_length)) > _SLIDES_LINKS:
            continue
        found = (total, joined)
    return found[1] if found else None


def _lowest_common_ancestor(elements: list[etree._Element]) -> etree._Element | None:
    first, *rest = elements
    chain = [first, *first.iterancestors()]
    deepest = 0
    for element in rest:
        ancestors = {element, *element.iterancestors()}
        while deepest < len(chain) and chain[deepest] not in ancestors:
            deepest += 1
    return chain[deepest] if deepest < len(chain) else None


def _block_holding(element: etree._Element | None) -> etree._Element | None:
    """The nearest candidate block above ``element``: past ``<a>``, ``<p>``, ``<figure>``."""
    holder = element.getparent() if element is not None else None
    while holder is not None and holder.tag not in _CANDIDATE_TAGS:
        holder = holder.getparent()
    return holder


def _block_around(element: etree._Element) -> etree._Element | None:
    """The nearest block above ``element`` that is no inline wrapper (a table set in ``<p><span>``)."""
    holder = _block_holding(element)
    while holder is not None and holder.tag in ("span", "font"):
        holder = _block_holding(holder)
    return holder


def _common_ancestor(
    best: etree._Element,
    rivals: list[etree._Element],
    close: Iterable[etree._Element] = (),
    texts: Iterable[etree._Element] = (),
) -> etree._Element:
    """Readability.js's promotion: when 3 of the top blocks sit in one ancestor of the best, that ancestor.

    Paragraph blocks of one article score alike; the article is the element holding them. Two
    halves of one story (``div.body__container`` twice, an ad rail between) are joined too when
    the other half scores as well (``close``: within three quarters) and they meet within three
    levels: another article of the same template (an endless page's next story) sits further.
    """
    # Only blocks built like the best one count (a paragraph block repeated: ``div.sc-82b`` × 20),
    # never teasers beside it that happen to score alike.
    best_class = best.get("class")
    rivals = [r for r in rivals if r.tag == best.tag and r.get("class") == best_class]
    if len(rivals) >= 2:
        for ancestor in best.iterancestors():
            if ancestor.tag in ("body", "html"):
                break
            if sum(1 for r in rivals if ancestor in r.iterancestors()) >= 2:
                return ancestor
    halves = [r for r in close if r.tag == best.tag and best_class and r.get("class") == best_class]
    if len(halves) == 1:
        for depth, ancestor in enumerate(best.iterancestors()):
            if depth >= _HALVES_MEET or ancestor.tag in ("body", "html"):
                break
            if ancestor in halves[0].iterancestors():
                return ancestor
            if ancestor.tag in ("article", "main"):
                break  # the post's own mark: the other half outside it is another post's
    joined = _card_and_its_text(best, [*close, *texts])
    return joined if joined is not None else best


_HALVES_MEET = 3  # levels above the best block within which the two halves of a story meet


def _titled(block: etree._Element) -> bool:
    """Whether ``block`` holds a title heading (``h1``-``h3``): a card's, above its lines."""
    return any(block.find(f".//{tag}") is not None for tag in ("h1", "h2", "h3"))


_CARD_TEXT = 300  # weighted characters: a card's few lines (a summary, a time, a place), not a text
_CARD_SHARE = 0.8  # of their meeting block's text: the card and the text are that block, nothing else is
_TEXT_SHARE = 0.5  # of the best block's score before links: a block that is half links still is text beside a card


def _card_and_its_text(best: etree._Element, close: Iterable[etree._Element]) -> etree._Element | None:
    """The block holding a short card and the text set under it, when the two score alike: an event's page (Carleton
    CS Society's Hugo theme) prints a card (the title, a one-line description, "START TIME", "LOCATION") and, under a
    rule, the event's own text (``div.markdown-content``); the card won the votes by the text's one link, or the text
    won by a little, and either way the other was lost (330 of 491 events). The two are one post when the other block
    is the only close rival, of another build, no furniture, the first of the two a card headed by a title
    (``h1``-``h3``: a trail of links above a one-line post heads nothing), meeting within ``_HALVES_MEET`` levels in a
    block that holds little else (``_CARD_SHARE`` of its text), below the page's ``<article>``/``<main>``. A best block
    of a text's length (``_CARD_TEXT``) is left as it is: beside it, a close rival is another post's or a comment
    thread."""
    others = [
        r
        for r in close
        if (r.tag, r.get("class")) != (best.tag, best.get("class"))
        and r not in best.iterancestors()
        and best not in r.iterancestors()
    ]
    if len(others) != 1 or in_boilerplate(others[0]):
        return None
    other = others[0]
    # The first of the two is the card, headed by a title; the text is set under it. A trail of links above a one-line
    # post ("您当前的位置：首页 > …", jeecms-icama) heads nothing: no card.
    for depth, ancestor in enumerate(best.iterancestors()):
        if depth >= _HALVES_MEET or ancestor.tag in ("body", "html", "article", "main"):
            return None
        if ancestor in other.iterancestors():
            card = best if _branch_index(ancestor, best) < _branch_index(ancestor, other) else other
            if not _titled(card) or text_length(card) >= _CARD_TEXT:
                return None
            both = text_length(best) + text_length(other)
            return ancestor if both >= _CARD_SHARE * text_length(ancestor) else None
    return None


def card_and_its_text(block: etree._Element, card: etree._Element) -> bool:
    """Whether ``block`` is what ``_card_and_its_text`` joins: the short ``card`` headed by a title, within
    ``_HALVES_MEET`` levels of it, and one block of text after it, the two holding ``_CARD_SHARE`` of its text. Such a
    block is the post's, not a wrapper voted for no block of it (the headline's card alone must not replace it)."""
    ancestors = list(card.iterancestors())
    if block not in ancestors[:_HALVES_MEET] or not _titled(card) or text_length(card) >= _CARD_TEXT:
        return False
    after = [
        child for child in block[_branch_index(block, card) + 1 :] if isinstance(child.tag, str) and text_length(child)
    ]
    return len(after) == 1 and text_length(card) + text_length(after[0]) >= _CARD_SHARE * text_length(block)


def _branch_index(ancestor: etree._Element, element: etree._Element) -> int:
    """The place, among ``ancestor``'s children, of the one holding ``element``: which of two comes first."""
    child = element
    while (parent := child.getparent()) is not None and parent is not ancestor:
        child = parent
    return int(ancestor.index(child))


# A class word numbered by the template (``story-body-1``, ``story-body-2``; ``part_3``): the story's parts in order.
# A number run into the word (``font03``, ``font04``: a CMS's text styles) numbers no part.
_NUMBERED_WORD = re.compile(r"^(?P<stem>[^\W\d_][\w-]*?)[-_]\d{1,2}$")


def _numbered_key(element: etree._Element) -> tuple[str, tuple[str, ...]] | None:
    """(tag, class words with their numbers blanked) when a class word of ``element`` is numbered, else None."""
    names = (element.get("class") or "").split()
    blanked = [(m.group("stem") + "#") if (m := _NUMBERED_WORD.match(n)) else n for n in names]
    if blanked == names:
        return None
    return element.tag, tuple(sorted(blanked))


def _part_number(element: etree._Element) -> int | None:
    """The number of the one numbered class word of ``element`` (``story-body-2`` → 2), else None."""
    numbers = [
        n[m.end("stem") :].lstrip("-_") for n in (element.get("class") or "").split() if (m := _NUMBERED_WORD.match(n))
    ]
    return int(numbers[0]) if len(numbers) == 1 else None


def _in_sequence(elements: list[etree._Element]) -> bool:
    """Numbered one after another (1, 2, 3): a story's parts, not a grid's widths (``col-md-8`` beside ``col-md-4``)
    nor items numbered alike."""
    numbers = [_part_number(e) for e in elements]
    known = sorted(n for n in numbers if n is not None)
    return len(known) == len(numbers) and len(set(known)) == len(known) and known[-1] - known[0] == len(known) - 1


def _numbered_parts(best: etree._Element, raw: list[tuple[float, etree._Element]]) -> etree._Element:
    """The element joining the best block and the other parts of its story, numbered by the template.

    A story the template cuts into numbered parts between ads and related boxes (NYT's ``div.story-body
    story-body-1``, ``story-body-2``, each in a wrapper of its own) writes in its class which part a block is:
    the lede part scores far below the long one and is built alike but for its number, so neither the
    same-class rules nor readability's fifth join it. Blocks whose class differs from the best block's only by
    that number, holding text, are its parts when they meet within three levels and not past the post's own
    ``<article>``/``<main>``, as the two halves of a story do."""
    key = _numbered_key(best)
    if key is None:
        return best
    parts = [e for score, e in raw if e is not best and score > 0 and _numbered_key(e) == key]
    parts = [e for e in parts if best not in e.iterancestors() and e not in best.iterancestors()]
    if not parts or not _in_sequence([best, *parts]):
        return best
    for depth, ancestor in enumerate(best.iterancestors()):
        if depth >= _HALVES_MEET or ancestor.tag in ("body", "html"):
            break
        if all(ancestor in part.iterancestors() for part in parts):
            return ancestor
        if ancestor.tag in ("article", "main"):
            break
    return best


_LINKS_AROUND = etree.XPath("ancestor::a")


def _in_card(element: etree._Element) -> bool:
    """``element`` sits inside a link that is a card: an ``<a>`` holding neither most of the page nor a
    ``<h1>``. An unclosed ``<a>`` the parser closes at the end of the page wraps the headline and the post:
    a broken tag, not a link to another page."""
    return any(not is_wrapper(link) and link.find(".//h1") is None for link in _LINKS_AROUND(element))


# Inside a ``<pre>`` that is code. A ``<pre>`` holding paragraphs (``<p>``, which a ``<pre>``'s phrasing content
# cannot hold) is no code block: a template that wrote the post's HTML inside a ``<pre>`` (a bus-query site's news
# template: ``<pre> [摘要]… <p>…</p><p>…</p></pre>``), whose paragraphs vote as any post's do.
_IN_PRE = etree.XPath("//pre[not(.//p)]//*")


def _past_code_wrappers(pre: etree._Element) -> etree._Element | None:
    """The first ancestor of a ``<pre>`` holding more than the code block itself."""
    code_length = text_length(pre)
    node = pre.getparent()
    while node is not None and node.tag not in ("body", "html") and text_length(node) <= 1.2 * code_length + 40:
        node = node.getparent()
    return node


def _in_code(element: etree._Element, container: etree._Element) -> bool:
    """Inside a ``<pre>`` or ``<code>``: highlighters' classes (``keyword``, ``meta``, ``tag``) are syntax."""
    for node in element.iterancestors():
        if node is container:
            return False
        if node.tag in ("pre", "code"):
            return True
    return False


def _length_from(element: etree._Element, container: etree._Element) -> float:
    """Characters from ``element`` to the end of ``container`` (what a cut there would remove)."""
    total, node = 0.0, element
    while node is not None and node is not container:
        total += text_length(node) + sum(text_length(s) for s in node.itersiblings() if isinstance(s.tag, str))
        node = node.getparent()
    return total


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _remove_from(element: etree._Element, container: etree._Element) -> None:
    """Remove ``element`` and everything after it inside ``container``."""
    node = element
    while node is not None and node is not container:
        parent = node.getparent()
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        if node is element:
            node.tail = None
            parent.remove(node)
        node = parent


# Text written for screen readers and hidden from sight ("Personen-Box aufklappen", "(opens in a new tab)"), by the
# accessibility conventions' class names: Bootstrap's, WordPress's, HTML5 Boilerplate's, Drupal's and others'.
_VISUALLY_HIDDEN = frozenset(
    "sr-only sr-only-focusable visually-hidden visuallyhidden screen-reader-text screen-reader-only "
    "h-offscreen offscreen a11y-hidden element-invisible u-visually-hidden".split()
)
_HIDDEN_TEXT = 80  # weighted characters: a label for a screen reader, never a paragraph


def visually_hidden(element: etree._Element) -> bool:
    """A short inline label that its class hides from sight (read by screen readers alone): no line a reader sees.
    The class name is the hint; the element must also be short and hold no block, so that a theme naming its
    text block so (or a skip link's target) keeps its text."""
    names = element.get("class")
    if not names or not _VISUALLY_HIDDEN.intersection(names.lower().split()):
        return False
    if any(isinstance(child.tag, str) and child.tag.lower() in BLOCK_TAGS for child in element):
        return False
    return weighted_length(normalized_text(element)) <= _HIDDEN_TEXT


def clean_container(
    container: etree._Element,
    drop: Iterable[etree._Element],
    boilerplate_selectors: Iterable[str],
    site: str | None = None,
    keep: Iterable[etree._Element] = (),
) -> list[str]:
    """Strip furniture out of the content element, in place (``site``: the page's, for its own links).

    ``keep``: label lines the author wrote into the text (a ``关键词：`` line under the post's
    heading): they are the text's own, never an end marker cutting what follows. Returns the
    cleaned container's lines (``text_lines``), for ``paragraphs``.
    """
    kept = set(keep)
    drop = list(drop)  # read twice: the doomed elements, and the text they take from the container
    doomed = set(drop)
    for selector in boilerplate_selectors:
        doomed.update(css(selector)(container))
    doomed.update(line_number_gutters(container))
    doomed.update(e for e in container.iter() if e is not container and isinstance(e.tag, str) and visually_hidden(e))
    doomed.update(e for e in tables_of_contents(container) if not _in_code(e, container))
    doomed.update(captioned_icon_links(container))
    whole = text_length(container)
    # readers' comments kept inside the post's block (a WeChat export's ``div.msgBox`` after the text)
    doomed.update(
        e
        for e in container.iter()
        if e is not container
        and isinstance(e.tag, str)
        and _thread_of_dated_entries(e)
        and not _holds_most_of(e, whole)
    )
    # a form's box (a newsletter sign-up after the post): the form and the caption and small print around it
    doomed.update(box for box in form_boxes(container) if box is not container and not _holds_most_of(box, whole))
    # What stays once the headline and the meta lines the caller drops leave: a school CMS wraps a short post's
    # text in ``div.sys_info``, "info" a furniture word, beside its headline and date line (91 of 155 characters
    # of the block, 91 of 123 of what stays).
    staying = whole - _dropped_length(container, drop)
    doomed.update(
        e
        for e in container.iter()
        if e is not container
        and isinstance(e.tag, str)
        and is_boilerplate(e)
        and not _holds_most_of(e, whole)
        and not _holds_most_of_what_stays(e, staying, drop, container)
        and not _in_code(e, container)
        and not _is_prose_paragraph(e)
        and not _words_of_prose(e)
    )
    for element in doomed:
        if element is not container and container in element.iterancestors():
            _remove(element)
    _remove_captions(container)
    # Before the link lists: those take a teaser's linked headline away and leave its excerpt behind.
    for box in _teaser_boxes(container, site):
        _remove(box)
    _remove_link_lists(container, site)
    # The last steps read the container's lines, which only a removal changes: read again only then
    # (each reading walks the whole text).
    lines = text_lines(container)
    if _remove_repeated_lede(container, lines):
        lines = text_lines(container)
    if _remove_repeated_labels(container, lines):
        lines = text_lines(container)
    whole = text_length(container)
    for element in container.iter():
        if element is container or not isinstance(element.tag, str) or element in kept:
            continue
        first = normalize_space(element.text)
        if first and CUT_MARKER.match(first) and len(normalized_text(element)) < 300:
            if _length_from(element, container) > max(0.5 * whole, 300):
                continue  # "关键词：" of an abstract, "Tags:" at the top: most of the text follows
            _remove_from(element, container)
            return text_lines(container)
    return lines


_ICON_CAPTION = 30  # weighted characters: a caption ("ADD TO CALENDAR", "Share"), not a line of the text


def captioned_icon_links(container: etree._Element) -> list[etree._Element]:
    """Blocks that are a caption over a row of links with no text (icons): an event card's "ADD TO CALENDAR" above
    its Google, Outlook and Apple buttons, a "Share" line above its networks' icons. The caption names what the
    icons do; with the icons gone (no text), the caption alone is a line of the page's controls, not of its text."""
    found = []
    for block in container.iter("div", "p", "section", "li"):
        children = [child for child in block if isinstance(child.tag, str)]
        if block is container or len(children) < 2 or (block.text or "").strip():
            continue
        caption, *rest = children
        length = text_length(caption)
        if (
            0 < length <= _ICON_CAPTION
            and caption.find(".//a") is None
            and caption.tag != "a"
            and all(not text_length(child) and _icon_links(child) for child in rest)
            and not any((child.tail or "").strip() for child in children)
        ):
            found.append(block)
    return found


def _icon_links(element: etree._Element) -> bool:
    """Whether ``element`` is or holds links, each showing something (an icon) and no text."""
    links = [element] if element.tag == "a" else list(element.iter("a"))
    return bool(links) and all(len(link) for link in links)


_TOC_TAGS = ("nav", "details", "div", "section", "aside", "ul", "ol")
_TOC_TITLE = 30  # weighted characters outside the links: "Table of Contents", "On this page"


_IN_PAGE_LINKS = etree.XPath(".//a[starts-with(normalize-space(@href), '#')]")


def _in_page_link(href: str | None) -> bool:
    """A link to an anchor of the page itself (``#overview``), not a script's bare ``#``."""
    target = (href or "").strip()
    return target.startswith("#") and len(target) > 1


def tables_of_contents(container: etree._Element) -> list[etree._Element]:
    """Blocks whose every link goes to an anchor of the page itself, with at most a title besides.

    A table of contents is navigation through the text, not text: on a short post it can hold
    most of the post's characters, so no share rule removes it. A footnote list links to the page's
    anchors too, but its notes are text outside the links.
    """
    found: list[etree._Element] = []
    if not _IN_PAGE_LINKS(container):  # most articles: no anchor link, nothing to look for
        return found
    for element in container.iter(*_TOC_TAGS):
        if element is container or any(a in found for a in element.iterancestors()):
            continue
        links = list(element.iter("a"))
        if not links or not all(_in_page_link(a.get("href")) for a in links):
            continue
        linked = sum(weighted_length(normalized_text(a)) for a in links)
        outside = weighted_length(normalized_text(element)) - linked
        if linked and outside <= min(_TOC_TITLE, linked):
            found.append(element)
    return found


def headline_header(container: etree._Element, headline: etree._Element) -> etree._Element | None:
    """The ``<header>`` holding the headline inside ``container``, when the block has content besides it.

    Such a header introduces the post (its headline, a standfirst the theme prints from the front
    matter's summary, the date and byline line): it is not the post's text, even when the post is a
    few words and the header holds most of the block. A header whose block holds nothing else but
    furniture (a post written inside its header) stays.
    """
    header = next((a for a in headline.iterancestors("header")), None)
    if header is None or header is container or container not in header.iterancestors():
        return None
    owners = list(container.iter("img"))
    for text in _TEXTS(container):
        owner = text.getparent()
        if owner is not None and text.is_tail:
            owner = owner.getparent()
        if text.strip() and owner is not None:
            owners.append(owner)
    for owner in owners:
        scope = [owner, *owner.iterancestors()]
        scope = scope[: scope.index(container)] if container in scope else scope
        if not any(e is header or (isinstance(e.tag, str) and is_boilerplate(e)) for e in scope):
            return header
    return None


_TEXTS = etree.XPath(".//text()")
_BEFORE_HEADLINE_LINE = 80  # weighted characters: a back link, a notice or a kicker, not a paragraph of the text
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


_TRAIL_LINKS = 0.5  # share of a block's text in links: a breadcrumb trail or a menu, not the post's text
_TRAIL_OWN = 24  # characters outside its links: a label and separators ("You are here: > >", "你现在的位置：>>")


def is_trail(element: etree._Element) -> bool:
    """A block of links with little text of its own between them: a breadcrumb trail ("你现在的位置：首页>专题专栏>
    行业规划参考资料>其他研究资料") or a menu, however long its links' names. A paragraph citing its sources in
    links has sentences of its own around them."""
    return link_density(element) >= _TRAIL_LINKS and unlinked_length(element) <= _TRAIL_OWN


def before_headline(container: etree._Element, headline: etree._Element) -> list[etree._Element]:
    """The blocks before the headline (and before the blocks holding it) in ``container``, when they hold short lines
    only: a link back to the listing ("← Volver a noticias"), a box announcing the attached PDF, a kicker.
    The post's text follows its headline; what precedes it is the page's way to it. [] when any of them
    holds a paragraph-long line (a post whose heading the title matched in the middle of its text) or a
    picture (a lead image is the post's)."""
    if not _names_a_headline(headline) or container not in headline.iterancestors():
        return []  # a title matched in a line of the text (a <p>) has the text's opening before it
    before: list[etree._Element] = []
    node = headline
    while node is not container and node.getparent() is not None:
        before += [e for e in node.itersiblings(preceding=True) if isinstance(e.tag, str)]
        node = node.getparent()
    for element in before:
        if element.tag in ("img", "figure", "picture") or element.find(".//img") is not None:
            return []
        if is_trail(element):
            continue  # a trail of links however long ("你现在的位置：首页>专题专栏>…>其他"): the way to the post
        if any(weighted_length(line) > _BEFORE_HEADLINE_LINE for line in text_lines(element)):
            return []
    return before


# A block's class naming it the headline (``div.tit``, ``td.x_content_title``): a heading by its markup, as an <h1>.
_HEADLINE_CLASS_TOKENS = frozenset({"title", "tit", "headline", "heading"})


_HEADLINE_BLOCK_TAGS = frozenset({"div", "td", "th", "section", "header"})


def _names_a_headline(element: etree._Element) -> bool:
    """A heading tag, or a block whose own class words name it a title (not a line of the text, not a headline's
    part inside a heading: a kicker before its ``span.headline`` is the headline's)."""
    return element.tag in _HEADING_TAGS or (
        element.tag in _HEADLINE_BLOCK_TAGS and bool(tokens(element) & _HEADLINE_CLASS_TOKENS)
    )


def text_lines(container: etree._Element) -> list[str]:
    """The container's lines as a reader sees them: each block's text, blanks collapsed, none empty."""
    return [line for line in map(normalize_space, block_text(container)) if line]


def line_number_gutters(container: etree._Element) -> list[etree._Element]:
    """Table cells holding only a code block's line numbers, beside the cell holding its code.

    Highlighters print code as a table: a ``<pre>`` of numbers (``1 2 3 …``) in one cell, the
    code's ``<pre>`` in the next (Hexo's ``td.gutter``, Pygments' ``td.linenos``, Rouge's
    ``td.rouge-gutter``). A reader reads the code; the numbers are the layout's, and kept they
    would be lines of the text. Told by what the cells hold, not by their class: consecutive
    numbers in a ``<pre>`` beside a ``<pre>`` (a data table's row number beside inline code stays).
    """
    gutters = []
    for cell in container.iter("td"):
        if cell.find(".//pre") is None:
            continue
        numbers = [word for piece in cell.itertext() for word in piece.split()]
        if not numbers or not all(word.isdigit() for word in numbers):
            continue
        first = int(numbers[0])
        if [int(word) for word in numbers] != list(range(first, first + len(numbers))):
            continue
        if any(isinstance(sibling.tag, str) and sibling.find(".//pre") is not None for sibling in cell.itersiblings()):
            gutters.append(cell)
    return gutters


_MEDIA_TAGS = ("img", "picture", "video", "audio", "iframe", "svg", "source")
_TEXT_FIGURES = ("pre", "code", "table", "blockquote", "ul", "ol")  # a figure of code, a table or a quote is text
_CAPTION_LENGTH = 500  # characters: a caption, not a section that a theme calls one
_OWN_TEXT = 300  # characters of the article's own text, outside its figures: an article, not an image post


_LINK_LIST = 0.5  # share of a list's text in links: a list of other pages, not of points


_LINK_BLOCK = 0.8  # share of a block's text in links: a teaser or a link to another page, not text
_LINK_BLOCK_TAGS = ("div", "section", "article", "aside", "p", "header", "footer")


_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)$", re.IGNORECASE)


def _internal_links(element: etree._Element, site: str | None) -> bool:
    """Most of the block's links point to the page's own site (its other stories), not elsewhere.

    Links to other sites in an article are its sources (a post's reading list, a deal's shops);
    links to the site's own pages are the site's recirculation (related stories, teasers).
    """
    if site is None:
        return True
    hrefs = [a.get("href") or "" for a in element.iter("a")]
    if not hrefs:
        return True
    internal = 0
    for href in hrefs:
        parts = urlsplit(href.strip())
        if parts.scheme in ("mailto", "tel"):
            continue  # a contact is the article's, not another page
        # A link to a file (``/presentations/talk.pdf``, an ``.ogg`` recording) is the post's download,
        # not another page of the site; a link to a picture is that picture shown large (a gallery's
        # thumbnails and their titles), recirculation as before.
        download = names_a_file(href.strip()) and not _PICTURE_FILE.search(parts.path)
        internal += (not parts.netloc or site_of(parts.netloc) == site) and not download
    return 2 * internal >= len(hrefs)


def _remove_link_lists(container: etree._Element, site: str | None = None) -> None:
    """Drop lists of links to other pages (related stories, "read more", a topic's tags), and blocks
    that are links (a teaser whose headline and blurb sit in one ``<a>``, a "Read also: …" line),
    from an article with text of its own besides them."""
    doomed: list[etree._Element] = []
    gone: set[etree._Element] = set()
    for element in container.iter("ul", "ol", *_LINK_BLOCK_TAGS):
        if element is container or any(a in gone for a in element.iterancestors()):
            continue
        if element.find(".//a") is None:
            continue
        length = text_length(element)
        if not length:
            continue
        linked = sum(len(text.strip()) for text in _LINK_TEXTS(element))
        if element.tag in ("ul", "ol"):
            linked += _entry_dates_length(element)
        share = _LINK_LIST if element.tag in ("ul", "ol") else _LINK_BLOCK
        if linked > share * length and _internal_links(element, site):
            doomed.append(element)
            gone.add(element)
    # A post that is its links (a reading list, a page of presentations) keeps them: only an
    # article with text of its own loses the links to other pages around it.
    if text_length(container) - sum(text_length(e) for e in doomed) < _OWN_TEXT:
        return
    for element in doomed:
        _remove(element)


_MARKER_LINE = 60  # characters of an end marker's element: a box's heading ("● 相关推荐 更多>>"), not a paragraph


def after_end_marker(voted: etree._Element, headline: etree._Element) -> etree._Element | None:
    """The text's block when ``voted`` comes right after an end marker (its previous element a short line a
    CUT_MARKER opens: "● 相关推荐"), the headline before both in the same block, outside ``voted``: the votes went
    to the related box and what follows it (the site's disclaimer), which outvote a post of one sentence
    (phpcms-5iedu's short 中考 items: 61 characters of text against a disclaimer's 150). The text is the longest
    of the blocks between the headline's and the marker (the share buttons, the ads, the pager beside it)."""
    if headline is voted or voted in headline.iterancestors() or headline in voted.iterancestors():
        return None
    before = voted.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is None:
        return None
    line = normalized_text(before)
    if not line or len(line) > _MARKER_LINE or not CUT_MARKER.match(line):
        return None
    parent = voted.getparent()
    if parent is None or parent not in headline.iterancestors():
        return None
    top = next(a for a in (headline, *headline.iterancestors()) if a.getparent() is parent)
    between = []
    for sibling in top.itersiblings():
        if sibling is before:
            break
        if isinstance(sibling.tag, str):
            between.append(sibling)
    longest = max(between, key=text_length, default=None)
    return longest if longest is not None and text_length(longest) > 0 else None


_UNLINKED_TEXTS = etree.XPath(".//text()[not(ancestor::a)]")
_ENTRY_DATE = 30  # characters of an entry's text outside its link: its date line, not a sentence


def _entry_dates_length(element: etree._Element) -> int:
    """The characters of ``element``'s list items whose text outside their links is a date alone: a related box's
    entry is its headline's link and the day beside it (``<li><p><a>…</a></p><span>2019-06-06 11:31:03</span>``), a
    day that is the link's, not a point of the text. Counted with the links, the box is a list of links however
    long its days are beside short headlines (phpcms-5iedu's "相关推荐": 19 characters of day and time to each
    headline's 15)."""
    total = 0
    for item in element.iter("li"):
        if item.find(".//a") is None or item.find(".//li") is not None:
            continue
        rest = normalize_space("".join(_UNLINKED_TEXTS(item)))
        if rest and len(rest) <= _ENTRY_DATE and shows_a_date(rest):
            total += len(rest)
    return total


_TEASER_CARDS = 2  # headings each one link to another page of the site, in one box: other posts' teasers
_TEASER_EXCERPT = 400  # weighted characters of unlinked text per teaser (its excerpt, a date, a duration)
_TEASER_BOX_SHARE = 0.5  # of the container's text: a box beside the text, never the text itself
_TEASER_BOX_TITLE = 60  # weighted characters the box's wrapper adds: its title ("Weitere Informationen")


def _linked_heading(heading: etree._Element) -> bool:
    """The heading's whole text is one or more links (a teaser's headline), none an anchor on the page."""
    text = normalized_text(heading)
    links = [a for a in heading.iter("a") if a.get("href") and not _in_page_link(a.get("href"))]
    return bool(text) and bool(links) and normalize_space(" ".join(normalized_text(a) for a in links)) == text


def _teaser_boxes(container: etree._Element, site: str | None) -> list[etree._Element]:
    """Boxes of other posts' teasers inside the text: a box whose every heading is a link to another page of
    the site (two or more), each with a short excerpt and a picture beside it ("Weitere Informationen":
    ``div.teaser > h2 > a`` + ``div.teasertext > p``). Their excerpts are sentences, so they vote as prose and
    no link list reads them: the headings say what they are. A post's own section headings are text, not
    links away; a box holding one of those is the post's."""
    headings = list(container.iter(*_HEADINGS))
    linked = {h for h in headings if _linked_heading(h)}
    if len(linked) < _TEASER_CARDS:
        return []
    whole = text_length(container)
    # Headings (all, and linked) under each block holding a linked one: one walk up from each heading, not a
    # walk down from each block (a listing's thousand headings under as many blocks).
    counts: dict[etree._Element, list[int]] = {}
    for heading in headings:
        for ancestor in heading.iterancestors():
            if ancestor is container:
                break
            tally = counts.setdefault(ancestor, [0, 0])
            tally[0] += 1
            tally[1] += heading in linked
    boxes: list[etree._Element] = []
    for element in container.iter(*_LINK_BLOCK_TAGS, "ul", "ol"):
        count = counts.get(element)
        if count is None or count[1] < _TEASER_CARDS or count[1] != count[0]:
            continue
        if any(a in boxes for a in element.iterancestors()):
            continue
        length = text_length(element)
        if length >= _TEASER_BOX_SHARE * whole or not _internal_links(element, site):
            continue
        if unlinked_length(element) > _TEASER_EXCERPT * count[1]:
            continue
        # Its outermost wrapper adding no more than a title (the box's "More on this" line).
        box = element
        parent = box.getparent()
        while parent is not None and parent is not container:
            above = counts.get(parent, [0, 0])
            if above[0] != above[1] or text_length(parent) - text_length(box) > _TEASER_BOX_TITLE:
                break
            box, parent = parent, parent.getparent()
        boxes.append(box)
    return boxes


# Figures, figcaptions and elements whose class or id holds "caption" (any case), found in C.
_CAPTION_CANDIDATES = etree.XPath(
    ".//figure | .//figcaption | .//*[contains(translate(concat(@class, ' ', @id), 'CAPTION', 'caption'), 'caption')]"
)


def _remove_captions(container: etree._Element) -> None:
    """Drop the captions and credits of an article's pictures, keeping the pictures.

    A caption describes a picture; the article's text does not need it, and the public sets'
    truths (and trafilatura) leave it out: captions were the largest share of the text we kept
    that was not the article's. An image post, whose captions are all the text it has (or most
    of it), keeps them: they are its body.
    """
    figures = [
        f
        for f in _CAPTION_CANDIDATES(container)
        if f is not container
        and (
            (f.tag == "figure" and any(True for _ in f.iter(*_MEDIA_TAGS, "figcaption")))
            # a caption outside <figure>: WordPress's ``div.wp-caption``, a ``p.caption`` under a picture
            or (
                (f.tag == "figcaption" or ("caption" in attr_names(f) and "caption" in tokens(f)))
                and text_length(f) <= _CAPTION_LENGTH
            )
        )
        and not any(True for _ in f.iter(*_TEXT_FIGURES))
        and not any(a.tag == "figure" and any(True for _ in a.iter(*_TEXT_FIGURES)) for a in f.iterancestors())
    ]
    if not figures:
        return
    figures = [f for f in figures if not any(a in figures for a in f.iterancestors())]  # outermost only
    captions = sum(text_length(f) for f in figures)
    own = text_length(container) - captions
    if not captions or own < max(_OWN_TEXT, captions):
        return
    for figure in figures:
        figure.text = None
        for element in list(figure.iterdescendants()):
            if not isinstance(element.tag, str):
                element.getparent().remove(element)  # a comment or processing instruction
                continue
            if element.tag in _MEDIA_TAGS or any(True for _ in element.iter(*_MEDIA_TAGS)):
                element.text = None if element.tag not in _MEDIA_TAGS else element.text
                element.tail = None
                continue
            element.tail = None
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)


_LABEL_REPEATS = 3  # the same short line this often in one article: the layout's, not the author's
_LABEL_LINE = 40  # weighted characters: a label or a heading, not a sentence
_WORD_CHAR = re.compile(r"\w")
_SENTENCE_END = re.compile(r"[.!?。！？]$")  # a sentence, however often a page prints it, is not a label
_REPEATING_STRUCTURES = frozenset(
    {"figure", "figcaption", "table", "tr", "td", "th", "ul", "ol", "li", "dl", "dt", "dd"}
)


def _remove_repeated_labels(container: etree._Element, lines: list[str]) -> bool:
    """Drop a short line the page repeats through its article (a hidden "Article content" heading
    over each part, an "Advertisement" label over each ad slot).

    An author does not print the same heading three times in one text; a template does, between
    the parts it cuts the article into, each time over other text. Lines without a letter or
    digit (``* * *``), sentences, captions (a photographer's credit under every picture), table
    cells and list items are kept. ``lines`` are the container's (``text_lines``); True when a line went.
    """
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    # A label stands over different text each time; a line whose next line repeats too is part
    # of a block the article prints several times (a meal plan's "Meal 1 / Eat every 2-3 hours").
    unique_after: dict[str, int] = {}
    for line, following in pairwise(lines):
        if counts[following] == 1:
            unique_after[line] = unique_after.get(line, 0) + 1
    repeated = {
        line
        for line, count in counts.items()
        if count >= _LABEL_REPEATS
        and weighted_length(line) < _LABEL_LINE
        and _WORD_CHAR.search(line)
        and not _SENTENCE_END.search(line)
        and 2 * unique_after.get(line, 0) >= count
    }
    if not repeated:
        return False
    doomed = []
    for element in container.iter():
        if element is container or not isinstance(element.tag, str):
            continue
        if normalized_text(element) in repeated:
            if element.tag in _REPEATING_STRUCTURES or element.find(".//img") is not None:
                continue  # a caption is the article's, however often its credit repeats
            if any(a.tag in _REPEATING_STRUCTURES for a in element.iterancestors()):
                continue  # a table's or a list's cells repeat by design (a team in every row)
            parent = element.getparent()
            # the outermost element holding only that line
            if parent is container or normalized_text(parent) not in repeated:
                doomed.append(element)
    for element in doomed:
        _remove(element)
    return bool(doomed)


_ELLIPSIS = re.compile(r"\s*(?:…+|\.{3,})$")
_LEDE_WINDOW = 150  # weighted characters of text above a summary box: it opens the article
_REPEATED_LEDE_MIN = 6  # characters: shorter lines repeat by chance ("Photo", "图")
_SENTENCE_LEDE = 40  # weighted characters: a summary printed whole is a sentence or more


def _remove_repeated_lede(container: etree._Element, lines: list[str]) -> bool:
    """Drop a summary box that repeats the start of the text (DedeCMS's ``div.intro``, a teaser).

    A CMS prints the article's description above it, cut with an ellipsis (``…完…``) or whole:
    a block among the first lines whose text, without the ellipsis, opens a later line.
    ``lines`` are the container's (``text_lines``); True when the box went.
    """
    if len(lines) < 2:
        return False
    before, cursor = 0.0, 0
    for element in container.iter(*_SUMMARY_TAGS):
        if element is container:
            continue
        text = normalized_text(element)
        try:
            position = lines.index(text, cursor)  # the element's own line: lines are in document order
        except ValueError:
            continue  # empty, a wrapper of several lines, or an inline part of a line already seen
        cursor = position + 1
        if before > _LEDE_WINDOW:
            return False
        stem = _ELLIPSIS.sub("", text)
        # Cut with an ellipsis, or a sentence long: a line the page merely prints twice (a subtitle
        # over its paragraph) or a short heading opening a paragraph ("Summary") is no summary box.
        cut = stem != text or weighted_length(stem) >= _SENTENCE_LEDE
        if (
            cut
            and len(stem) >= _REPEATED_LEDE_MIN
            and any(line.startswith(stem) and len(line) > len(stem) for line in lines[cursor:])
        ):
            _remove(element)
            return True
        before += weighted_length(text)
    return False


_SUMMARY_TAGS = ("p", "div", "section", "blockquote", "td", "span", "strong", "em")

# The label of a summary a CMS prints above the text: "导读：", "摘要：", "［内容提要］", "核心提示：".
_SUMMARY_LABEL = re.compile(
    r"\s*[\[【［(（]?\s*(?:导读|导语|摘要|内容摘要|内容提要|提要|核心提示)\s*[\]】］)）]?\s*[:：]?\s*"
)
_DESCRIBED_MIN = 12  # characters: a description shorter than this matches by chance
_NO_LABEL = re.compile(r"\s*")


def described_summary(
    container: etree._Element, descriptions: Iterable[str], headline: etree._Element | None = None
) -> etree._Element | None:
    """The labelled summary box ("导读：…", "摘要：…") a template prints above the block holding the text, whose words
    after the label are the page's meta description (one of ``descriptions``): the description shown as a
    standfirst, not the text (a mobile template's ``p.ac-sum`` beside ``div#content``). A summary paragraph among
    the text's own paragraphs (a paper's "［摘要］…" opening its text) is the text's: only a box whose following
    siblings are blocks, not paragraphs, and one of them longer than it, is taken.

    Unlabelled, the description is the standfirst where it stands after the ``headline``, a sibling of it, above the
    block holding the text (a Hugo theme's ``h1``, ``p.post-excerpt``, ``p.post-date``, ``div.post-content``: the
    front matter's description printed over the text, which may repeat it or not)."""
    wanted = {"".join(d.split()) for d in descriptions if len("".join(d.split())) >= _DESCRIBED_MIN}
    if not wanted:
        return None
    for element in container.iter("p", "div", "section", "blockquote"):
        if element is container:
            continue
        text = normalized_text(element)
        label = _SUMMARY_LABEL.match(text)
        if label is None or not label.group().strip():
            if (
                headline is None
                or element.tag != "p"
                or not any(e is headline for e in element.itersiblings(preceding=True))
                or not any(text_length(e) > text_length(element) for e in element.itersiblings())
            ):
                continue  # unlabelled: a paragraph after the headline, a longer block after it (the text's)
            label = _NO_LABEL.match(text)
            assert label is not None
        words = "".join(text[label.end() :].split())
        if words not in wanted:
            continue
        after = [e for e in element.itersiblings() if isinstance(e.tag, str)]
        if any(e.tag == "p" and text_length(e) >= _SENTENCE_LEDE for e in after):
            return None  # among the text's paragraphs: the text's own summary
        if any(text_length(e) > text_length(element) or e.find(".//img") is not None for e in after):
            return element
        return None
    return None


_PROSE_PARAGRAPH = 80  # weighted characters: a sentence or two
_SENTENCE_MARK = re.compile(r"[,.;!?，。；！？、]")


def _is_prose_line(text: str, length: float) -> bool:
    """A line of prose: punctuated like a sentence, or a paragraph's length."""
    return length >= _PROSE_PARAGRAPH or bool(_SENTENCE_MARK.search(text))


def _is_prose_paragraph(element: etree._Element) -> bool:
    """A paragraph of prose (no block inside, 80+ characters, punctuated, few links), whatever its class.

    A class word is a hint about a block, not about a paragraph: ``p.font-copy`` holds the
    article's text (a design system's "copy" style), not a copyright line. A block of other
    content (comments, related posts) is still removed whole, by its own words.
    """
    if element.tag in _STRUCTURAL_NEGATIVE or any(
        isinstance(child.tag, str) and child.tag.lower() in BLOCK_TAGS for child in element
    ):
        return False
    text = normalized_text(element)
    length = weighted_length(text)
    return length >= _PROSE_PARAGRAPH and bool(_SENTENCE_MARK.search(text)) and _link_density(element, len(text)) < 0.25


_INLINE_TAGS = frozenset({"a", "span", "em", "strong", "b", "i", "abbr", "cite", "mark", "time", "q"})
_WORDS_SHARE = 1 / 3  # of the paragraph's text: words of a sentence, not a box set inside a paragraph


def _words_of_prose(element: etree._Element) -> bool:
    """An inline element holding a few words of a paragraph of prose, whatever its class: a name the CMS links to
    its topic page (NYT's ``<a class="meta-org">Yahoo</a>’s $4.8 billion sale to <a class="meta-org">Verizon</a>``,
    "meta" a furniture word) is a word of the sentence, and removing it leaves "’s $4.8 billion sale to is"."""
    if element.tag not in _INLINE_TAGS or any(isinstance(c.tag, str) and c.tag.lower() in BLOCK_TAGS for c in element):
        return False
    paragraph = element.getparent()
    while paragraph is not None and paragraph.tag in _INLINE_TAGS:
        paragraph = paragraph.getparent()
    if paragraph is None or paragraph.tag != "p" or not _is_prose_paragraph(paragraph):
        return False
    return text_length(element) <= _WORDS_SHARE * text_length(paragraph)


def prose_length(element: etree._Element) -> float:
    """The weighted characters of the paragraphs of prose (``_is_prose_paragraph``) inside ``element``."""
    return sum(
        weighted_length(normalized_text(node)) for node in element.iter(*_PARAGRAPH_TAGS) if _is_prose_paragraph(node)
    )


_MOST_PROSE = 0.5


def holds_most_prose_of(inner: etree._Element, outer: etree._Element) -> bool:
    """``inner`` holds at least half of ``outer``'s paragraphs of prose (or ``outer`` has none): the text
    outside it is furniture, not more of the article."""
    whole = prose_length(outer)
    return whole <= 0 or prose_length(inner) >= _MOST_PROSE * whole


def _dropped_length(container: etree._Element, drop: Iterable[etree._Element]) -> float:
    """The text of the ``drop`` elements inside ``container``, each counted once (not again inside another)."""
    inside = {d for d in drop if d is not container and container in d.iterancestors()}
    return sum(text_length(d) for d in inside if not any(a in inside for a in d.iterancestors()))


_BEFORE_WHAT_STAYS = 20  # weighted characters: a stray label before the block, not a post's text


def _holds_most_of_what_stays(
    element: etree._Element, staying: float, drop: list[etree._Element], container: etree._Element
) -> bool:
    """A block named furniture by its class words alone (no ``<nav>``/``<footer>`` tag) that opens what stays once
    the headline and the meta lines (``drop``) leave, and holds most of it in text of its own rather than links:
    the post's short text. Not a tool bar ("【字体：大 中 小】" beside the dropped date line, "Mail Large Medium
    Small"), and not a comment thread or a comment form after a short post's text (that text comes first)."""
    if staying <= 0 or element.tag in _STRUCTURAL_NEGATIVE:
        return False
    dropped = _dropped_length(element, drop)
    own = unlinked_length(element) - dropped
    if own < _wrapper_share(element, 0.6) * staying or own < 0.5 * (text_length(element) - dropped):
        return False
    before = 0.0
    node = element
    while node is not container and node.getparent() is not None:
        for sibling in node.itersiblings(preceding=True):
            if isinstance(sibling.tag, str) and sibling not in drop:
                before += text_length(sibling) - _dropped_length(sibling, drop)
        node = node.getparent()
    return before <= _BEFORE_WHAT_STAYS


def _holds_most_of(element: etree._Element, container_length: float) -> bool:
    """A furniture-named block holding most of the content is the content (``div.position > p``);
    a comment thread is so only when it holds nearly all of it."""
    share = _wrapper_share(element, 0.6)
    return container_length > 0 and text_length(element) >= share * container_length


# A count before its word: "1 views", "1,204 reads", "356次浏览", "阅读 12" has its label first (parse_label_line).
_COUNT_FIRST = re.compile(
    r"^\d[\d,.\s]*(?:views?|reads?|hits?|clicks?|visits?|次浏览|次阅读|次点击|人阅读|人浏览|阅读|浏览)$", re.IGNORECASE
)


# A counter line's other parts: short values under labels of the site's own ("核发：zly", the account that
# approved the post) and bracketed page actions ("【收藏本页】", "[打印]"), the furniture a CMS prints under
# every post beside its hit counter.
_COUNTERS_AND_ACTIONS = re.compile(
    r"(?:\s*(?:[^\s:：【】\[\]]{1,8}\s*[:：]\s*[^\s:：【】\[\]]{0,16}|[【\[][^】\]]{1,8}[】\]]))+\s*"
)


def is_volatile_line(line: str) -> bool:
    """A line that is only counters (浏览次数：12, Views: 34, 1 views, 356次浏览), and perhaps page actions
    beside them ("核发：0 点击数：136 【收藏本页】")."""
    if _COUNT_FIRST.match(line):
        return True
    hits = parse_label_line(line)
    if bool(hits) and all(h.kind == "views" for h in hits) and hits[0].position == 0:
        return True
    return any(h.kind == "views" for h in hits) and _COUNTERS_AND_ACTIONS.fullmatch(line) is not None


_META_KINDS = frozenset({"source", "author", "date", "updated", "views", "editor", "breadcrumb"})


def is_meta_line(line: str) -> bool:
    """``来源：… 作者：… 发布时间：…``: a line of labelled metadata, not prose."""
    hits = parse_label_line(line)
    return bool(hits) and hits[0].position == 0 and all(h.kind in _META_KINDS for h in hits)


_BYLINE_LENGTH = 100  # weighted characters: a byline ("Von Anna Berg, Frankfurt"), not a sentence naming the author


# The marks separating the entries of a list written on one line ("Ted、Roby、Rick", "Ann, Bob; Cy").
_ENUMERATION = re.compile(r"\s*[、,，;；]\s*")
_LISTED_NAMES = 3  # entries of a list of names: a byline names its authors, an attendance list more people


# A sentence ending inside the line, before more text ("… bij Luc Fleerakkers. GSM 0479 …").
_INNER_SENTENCE_END = re.compile(r"[.!?。！？]\s+(?=\S)")
_CLAUSE_WORDS = 6  # words before such an end that make a clause, not an initial or a title ("By Dr. J. Smith")


def _holds_a_sentence(line: str) -> bool:
    """The line holds a sentence of its own followed by more text: prose, however short."""
    start = 0
    for end in _INNER_SENTENCE_END.finditer(line):
        if len(line[start : end.start()].split()) >= _CLAUSE_WORDS:
            return True
        start = end.end()
    return False


def _is_byline(line: str, names: Iterable[str]) -> bool:
    """A short line naming one of the article's authors: its byline, printed above the text.

    A list of people of which the authors are fewer than half (a meeting's attendees, the author
    among them) is the text's, not a byline; so is a sentence naming the author (where to collect a prize,
    the author's phone number after it).
    """
    if weighted_length(line) > _BYLINE_LENGTH or _SENTENCE_END.search(line) or _holds_a_sentence(line):
        return False
    folded = [name.casefold() for name in names if name]
    line = line.casefold()
    if not any(name in line for name in folded):
        return False
    # the commas of a day written in words are no list's ("Publicado por Jorge en domingo, julio 25, 2010")
    dated = word_month_date(line)
    if dated is not None:
        line = line[: dated.start()] + line[dated.end() :]
    entries = [entry for entry in _ENUMERATION.split(line) if entry.strip()]
    named = [entry for entry in entries if any(name in entry for name in folded)]
    return len(entries) < _LISTED_NAMES or 2 * len(named) >= len(entries)


def paragraphs(
    container: etree._Element,
    title: str | None,
    skip: Set[str] = frozenset(),
    keep: Set[str] = frozenset(),
    names: Iterable[str] = (),
    lines: list[str] | None = None,
    url: str | None = None,
) -> list[str]:
    """The container's paragraphs without the headline, counters, a leading meta line, ``skip`` lines
    and a byline naming one of ``names`` (the authors) among the first lines, nor closing lines that print
    ``url``, the page's own address (``_names_own_address``).

    ``keep`` lines are the text's own even when they read like a meta line or an end marker.
    ``lines``: the container's ``text_lines`` when the caller has them (``clean_container`` does).
    """
    names = list(names)
    result: list[str] = []
    if lines is None:
        lines = text_lines(container)
    # A caption is the article's, even when it reads like a label line ("Photo: the team").
    captions = {normalized_text(caption) for caption in container.iter("figcaption")}
    remaining = sum(map(len, lines))
    for text in lines:
        remaining -= len(text)
        if (
            not text
            or (text == title and text not in keep)
            or is_volatile_line(text)
            or (not result and is_meta_line(text) and text not in captions and text not in keep)
            or ((text in skip or _is_byline(text, names)) and len(result) < 3)
        ):
            continue
        if (
            CUT_MARKER.match(text)
            and text not in keep
            and len(text) < 300
            and remaining <= max(sum(map(len, result)), 300)
        ):
            break  # an end marker (related, share, prev/next), not a keyword line atop a long text
        result.append(text)
    if not result and title and title in lines:
        return [title]  # an image post whose only line repeats the headline: that line, not nothing
    while len(result) > 1 and url and _names_own_address(result[-1], url):
        result.pop()
    return result


_OWN_ADDRESS_LINE = 200  # characters: a notice, not a paragraph that cites the page


def _own_address(url: str) -> str:
    """``url`` as a page prints it, compared loosely: no scheme, no "www.", no fragment or trailing slash."""
    address = url.split("#", 1)[0].split("://", 1)[-1].lower().rstrip("/")
    return address.removeprefix("www.")


def _names_own_address(line: str, url: str) -> bool:
    """A short closing line that prints the page's own address: a notice the template puts under every text
    ("本文由…发布，不代表…立场，转载联系作者并注明出处：http://…/zx/sc/200.html", "本文链接：…"), not the text. A text
    does not cite its own page; its last line citing another page stays."""
    if len(line) > _OWN_ADDRESS_LINE:
        return False
    own = _own_address(url)
    if "/" not in own:
        return False  # the home page: its address is the site's, which a text may well name
    lowered = line.lower()
    return any(
        _own_address(found) == own for found in re.findall(r"(?:https?://)?[\w.-]+\.[a-z0-9]+(?::\d+)?/\S*", lowered)
    )


# The elements lxml's ``resolve_base_href`` looks for (``//base[@href]|//x:base[@href]``, x the XHTML
# namespace): ``make_links_absolute`` calls it (through ``rewrite_links``) whatever its own
# ``resolve_base_href`` says, and evaluates that XPath over the whole document on every call.
_BASE_TAGS = ("base", "{http://www.w3.org/1999/xhtml}base")


def _has_base_href(element: etree._Element) -> bool:
    """Whether ``element``'s document holds a ``<base href>`` (a tag-filtered walk: 20x the XPath's speed)."""
    return any("href" in base.attrib for base in element.getroottree().iter(*_BASE_TAGS))


def _absolute_or_none(base_url: str) -> Callable[[str], str | None]:
    """lxml's link rewriter for ``handle_failures="discard"``: a link that cannot be joined is dropped."""

    def absolute(href: str) -> str | None:
        try:
            return urljoin(base_url, href)
        except ValueError:
            return None

    return absolute


def make_links_absolute(container: etree._Element, base_url: str) -> None:
    """``container.make_links_absolute(base_url, resolve_base_href=False, handle_failures="discard")``,
    without its document-wide XPath when the document has no ``<base href>`` (nearly every page)."""
    if _has_base_href(container):
        # As lxml does it: the base applied to the container's links, and its tag dropped, first.
        container.make_links_absolute(base_url, resolve_base_href=False, handle_failures="discard")
        return
    container.rewrite_links(_absolute_or_none(base_url), resolve_base_href=False)


def sanitized_html(container: etree._Element, base_url: str) -> str:
    """The content element as safe HTML: a whitelist of tags, http(s) links only, absolute URLs."""
    make_links_absolute(container, base_url)
    inner = (container.text or "") + "".join(
        etree.tostring(child, encoding="unicode", method="html") for child in container
    )
    return nh3.clean(
        inner,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRS,
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()


def image_urls(container: etree._Element, base_url: str) -> list[str]:
    found: dict[str, None] = {}
    for img in container.iter("img"):
        for attr in ("data-original", "data-src", "src"):
            value = img.get(attr)
            if value:
                absolute = canonicalize_url(value, base_url)
                if absolute:
                    found.setdefault(absolute, None)
                break
    return list(found)
