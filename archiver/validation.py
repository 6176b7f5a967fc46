"""A record without a title or a body, or a soft error page served with 200, is not an article.

Every writer of versions applies this one check: the crawl (pipelines/validate.py), the
distributed workers (the same pipeline) and ``archiver reextract``. A rejected record becomes
a recorded failure and never a version: an archived article stays as it was (and stays live)
when the portal answers "system busy" or a captcha for a while, or when a new extractor finds
nothing on a stored page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from archiver.normalize import weighted_length

MIN_BODY_CHARS = 20
_GUESSED_DATE_RULE = "htmldate"  # extract/article.py's rule name for the date library's guess
_LISTING_DATE_RULE = "listing/"  # the date a listing printed beside the page, not the page's own
_DECLARED_BLOCK_RULE = "main-after-headline"  # extract/body.py's MAIN_AFTER_HEADLINE: the page's <main>
_SOFT_ERROR_MAX_CHARS = 400
SOFT_ERROR = re.compile(
    r"系统繁忙|服务器繁忙|访问过于频繁|请稍后(?:再试|重试|访问)|验证码|人机验证|安全验证|访问被拒绝|禁止访问|"
    r"页面不存在|文章不存在|信息不存在|已被删除|找不到(?:该|此)?页面|网站防火墙|安全狗|云盾|"
    # the Latin-script markers are words of the text, not parts of one ("Recaptcha" names the product a talk breaks)
    r"(?<![^\W\d_])(?:system\s+(?:is\s+)?busy|server\s+(?:is\s+)?busy|too\s+many\s+requests|try\s+again\s+later|"
    r"captcha|verify\s+you\s+are\s+(?:a\s+)?human|access\s+denied|forbidden|page\s+not\s+found|"
    r"web\s+application\s+firewall|request\s+blocked)(?![^\W\d_])",
    re.IGNORECASE,
)


class Rejection(NamedTuple):
    kind: str  # the fetch_errors kind: "soft-error" or "invalid"
    reason: str


def problems(record: Mapping[str, Any], listed: bool = False) -> list[str]:
    """What makes ``record`` no article. ``listed``: a listing of the site lists the page (the crawl's
    evidence that it is one of the site's posts, which the record cannot carry)."""
    found = []
    if not record.get("title") and not _untitled_post(record) and not (listed and _signed_post(record)):
        found.append("no title found")
    body = record.get("body") or ""
    if (
        weighted_length(body) < MIN_BODY_CHARS
        and not record.get("images")
        and not _dated_short_post(record)
        and not _title_only_post(record)
        and not _framed_post(record)
        and not (listed and _signed_post(record))
    ):
        # An image-only post (a photo report) is an article: its images are its body. A Chinese
        # character counts like a short word: "东莞某公司顺利通过验厂" is a (short) body.
        found.append(f"no body found (under {MIN_BODY_CHARS} characters, no images)")
    return found


def _dated_short_post(record: Mapping[str, Any]) -> bool:
    """A headline, a publication date read from the page and a line of text of its own: a post,
    however short (a CMS case entry whose whole text is its tag, "沃尔玛验厂").

    The date is what tells a post from an empty page: a page template left without content, a
    menu page, a tag page carry no date of publication of their own. htmldate's guess is not the
    page's own date: on an undated page it reads the footer's "Copyright 2008-2012". A body that
    only repeats the headline is no text of its own (an empty article template shows it twice).
    """
    body = " ".join((record.get("body") or "").split())
    title = " ".join((record.get("title") or "").split())
    has_words = any(char.isalnum() for char in body)  # a stray "|" or "»" is no text
    return _own_date(record) and has_words and body != title


def _title_only_post(record: Mapping[str, Any]) -> bool:
    """A dated post whose own ``<article>`` holds its header alone (the body rule ``empty-article``): an
    announcement by its headline, "SJTUG Demo镜像源成立", which the site lists among its posts. Its body is
    empty, not the "Read more" box beside it; refusing it would lose a post."""
    return (
        _own_date(record)
        and bool(record.get("title"))
        and str((record.get("rules") or {}).get("body", "")) == "empty-article"
    )


def _framed_post(record: Mapping[str, Any]) -> bool:
    """A dated, titled post whose ``<main>`` after the headline holds no text (a report published as a PDF
    in a frame, which the parser drops): the page marks that block as its content, so it is a post, as an
    image post is."""
    rule = str((record.get("rules") or {}).get("body", ""))
    return bool(record.get("title")) and _own_date(record) and rule == _DECLARED_BLOCK_RULE


def _signed_post(record: Mapping[str, Any]) -> bool:
    """The page's own date and its author's name, on a page a listing of the site lists: a post whose text is
    empty or a mark ("***"; a poll or a video the copy does not hold, a blog entry left blank), or one its
    author left without a title (Blogger lists an untitled post by its timestamp, and titles its page with the
    blog's name: a picture, a line and a link). The record keeps what the reader can still find (headline,
    day, author); refusing it lost the post. A page no listing lists stays refused, however its header reads:
    an empty story template linked from anywhere is no post
    (``test_an_article_page_without_text_is_refused_whatever_its_header_holds``)."""
    date_rule = str((record.get("rules") or {}).get("published_at", ""))
    return bool(record.get("author")) and _own_date(record) and not date_rule.startswith(_LISTING_DATE_RULE)


def _own_date(record: Mapping[str, Any]) -> bool:
    """A publication date read from the page itself, not htmldate's guess."""
    date_rule = str((record.get("rules") or {}).get("published_at", ""))
    return bool(record.get("published_at")) and not date_rule.startswith(_GUESSED_DATE_RULE)


_UNTITLED_POST_CHARS = 200  # weighted characters: a text of its own, not a stray line of an empty page


def _untitled_post(record: Mapping[str, Any]) -> bool:
    """A post its author left without a title (WordPress shows "(no title)", and the page's headline,
    ``<title>`` and ``og:title`` are empty), yet dated by the page and with a text of its own: kept, since
    refusing it would lose an article; its title stays empty rather than borrowed from some other line."""
    return _own_date(record) and weighted_length(record.get("body") or "") >= _UNTITLED_POST_CHARS


def soft_error(record: Mapping[str, Any]) -> str | None:
    """Why a short page looks like an error/WAF/captcha page rather than an article, or None."""
    text = f"{record.get('title') or ''} {record.get('body') or ''}"
    if len(record.get("body") or "") > _SOFT_ERROR_MAX_CHARS:
        return None
    match = SOFT_ERROR.search(text)
    return f"soft error page ({match.group(0)!r} in a short page served with 200)" if match else None


def rejection(record: Mapping[str, Any], listed: bool = False) -> Rejection | None:
    """Why ``record`` must not become a version (a soft error page first), or None when it is an article.
    ``listed``: a listing of the site lists the page (``PageCapture.listed``, or a listing dated it)."""
    reason = soft_error(record)
    if reason is not None:
        return Rejection("soft-error", reason)
    found = problems(record, listed)
    return Rejection("invalid", "; ".join(found)) if found else None
