"""Which parts of a byline element name the post's author, and which only sit beside them.

A theme's byline block often holds more than the name: the date, an avatar, links to the
post's category and tag listings (``<a class="badge" href="/tags/Linux/">``), a link to the
author's site. Where the block marks its author (``<a class="author-link">``, ``rel="author"``,
``itemprop="author"``) that mark says which text is a name; a link to a category or tag
listing never names a person. Element-level rules only: the names themselves are read by
``archiver.extract.authors``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

from lxml import etree

from archiver.extract import body as body_rules

# Words of a class or id that mark an element as (holding) the author's name
BYLINE_TOKENS = frozenset({"author", "authors", "byline", "byl", "writer", "contributor", "reporter"})
# ... and words saying the element is a part of an author box other than the name: the reader's follow button
# (``js_author-follow-controls``, holding "Unfollow"), the author's counters (``author-views``: "人氣(23925)")
NOT_BYLINE_TOKENS = frozenset(
    {"comment", "comments", "avatar", "bio", "description", "img", "image", "photo", "pic", "follow", "views",
     "count", "stats"}
)  # fmt: skip
# "author" inside a longer word is no byline word: "authorization" (a login box), "authoring", "authority"
_BYLINE_COMPOUND = re.compile(r"author(?!i[stz]|ing)|byline")
# What an author box holds besides the name, inside a compound word too (``authorbio``, ``authorFollow``)
_NOT_BYLINE_COMPOUND = re.compile(
    r"bio|avatar|img|image|photo|pic|comment|desc|about|more|other|related|follow|views|count|stats"
)
# Path segments of a taxonomy listing: /categories/Activity/, /tag/linux/, /topics/x, /分类/y
_TAXONOMY_SEGMENTS = frozenset(
    {"category", "categories", "cat", "tag", "tags", "topic", "topics", "label", "labels", "分类", "标签"}
)
_TAXONOMY_RELS = frozenset({"tag", "category"})
# Path segments of a site's index of its authors, before the person's slug: /author/jane-doe/ (WordPress,
# Ghost, Hugo's Wowchemy), /authors/jane-doe/, /autor/… (German, Spanish, Portuguese), /auteur/…, /autore/…;
# a community CMS's profile of the member who posted: /user/2542 (Drupal), /users/jane/
_AUTHOR_INDEX_SEGMENTS = frozenset(
    {"author", "authors", "autor", "autoren", "autores", "auteur", "auteurs", "autore", "autori", "writer", "writers",
     "contributor", "contributors",
     "user", "users"}
)  # fmt: skip


def is_author_mark(element: etree._Element) -> bool:
    """The element says by its rel, itemprop, class or id that it holds an author's name (a byline); a
    comment's or an image's author (``comment-author``, ``photo-author``) is not the post's."""
    tokens = body_rules.tokens(element)
    if tokens & NOT_BYLINE_TOKENS:
        return False
    if "author" in (element.get("rel") or "").lower().split() or "author" in (element.get("itemprop") or "").lower():
        return True
    # "authorname", "metaInfoAuthorList": a byline word inside a compound class name too
    return bool(tokens & BYLINE_TOKENS) or any(
        _BYLINE_COMPOUND.search(t) and not _NOT_BYLINE_COMPOUND.search(t) for t in tokens
    )


def _is_name_mark(element: etree._Element) -> bool:
    """An author mark inside a byline that stands for a name, not the author's bio, avatar or "about" box."""
    return is_author_mark(element) and not any(_NOT_BYLINE_COMPOUND.search(t) for t in body_rules.tokens(element))


def marked_authors(byline: etree._Element) -> list[etree._Element]:
    """The innermost elements inside ``byline`` marked as an author, in order: each names one author.

    ``<div class="blog-byline"><time/><a class="author-link"><img/>cynbarby</a> <a class="badge">…</a>``
    gives the author link alone. The byline itself is left out; a mark holding another is the
    other's frame (``div.article-author-info`` around ``a.article-author-name``)."""
    marked = [e for e in byline.iterdescendants() if isinstance(e.tag, str) and _is_name_mark(e)]
    inner = set(marked)
    for element in marked:
        inner.difference_update(a for a in element.iterancestors() if a in inner)
    return [e for e in marked if e in inner]


def is_taxonomy_link(element: etree._Element) -> bool:
    """A link to a category or tag listing (``rel="tag"``, ``href="/categories/Activity/"``): never a name."""
    if element.tag != "a":
        return False
    if set((element.get("rel") or "").lower().split()) & _TAXONOMY_RELS:
        return True
    segments = [s for s in unquote(urlsplit(element.get("href") or "").path).lower().split("/") if s]
    # The taxonomy's word before a term ("/tags/linux/"): a last segment alone may be a person's slug
    return any(segment in _TAXONOMY_SEGMENTS for segment in segments[:-1])


def author_page_of(element: etree._Element, host: str) -> bool:
    """A link to the page the site (``host``, or a relative link) keeps for one of its authors:
    ``<a href="/author/florian-steiner/">Florian Steiner</a>``. The URL's word is a hint, as a class name
    is: where the link sits (beside the headline) and what it holds (a name) decide."""
    if element.tag != "a":
        return False
    try:
        parts = urlsplit((element.get("href") or "").strip())
    except ValueError:  # a host no URL can hold (text pasted into the href): no page of the site
        return False
    if parts.scheme not in ("", "http", "https") or (parts.netloc and parts.netloc.lower() != host.lower()):
        return False
    segments = [s for s in unquote(parts.path).lower().split("/") if s]
    return len(segments) >= 2 and segments[-2] in _AUTHOR_INDEX_SEGMENTS


def texts_without_taxonomy(byline: etree._Element) -> Iterator[str]:
    """The byline's text nodes in order, without those of its links to category and tag listings."""
    skipped: set[etree._Element] = set()
    for node in byline.iter():
        if not isinstance(node.tag, str):
            if node.tail and node.getparent() not in skipped:
                yield node.tail
            continue
        parent = node.getparent()
        if node is not byline and (parent in skipped or is_taxonomy_link(node)):
            skipped.add(node)
        elif node.text:
            yield node.text
        if node is not byline and node.tail and parent not in skipped:
            yield node.tail
