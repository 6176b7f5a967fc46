"""What a gallery portal holds: its posts (the ground truth) and the site it is served as.

A gallery portal is pure data: ``routes`` (path + query -> Page), the ``truth`` of every
article keyed by the path listings link to, and every other HTML page the portal serves,
each with its role, so a crawl can be scored on what it archived and what it should have
left alone. Absolute URLs (feeds, sitemaps, WordPress-style links) need the base URL, so a
portal is built for the address it will be served at.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime

from archiver.demo.corpus import make_articles
from archiver.demo.server import Page

# Roles of the pages that are not articles; "listing" pages are the ones pagination walks.
NON_ARTICLE_ROLES = ("home", "listing", "tag", "archive", "page", "author")


@dataclass
class Post:
    """One article as its author wrote it, before any template renders it."""

    key: str  # the numeric id CMSes put in URLs
    slug: str
    lang: str
    title: str
    published: datetime  # aware, Asia/Shanghai
    author: str | None  # the author the page shows (None: it shows none)
    categories: list[str]  # category keys, the primary one first
    paragraphs: list[str]  # the text a reader sees, in order
    tags: list[str]
    kind: str = "normal"  # "normal", "short" or "image" (an image with a caption, nothing else)
    image: str = ""  # path of the photo an image post (and some others) carries
    credit: str | None = None  # an in-body "作者：X 图片：Y" line: part of the body, not the author
    event: str | None = None  # an in-body event time ("时间：2012年9月15日上午9:30"): not the publish date

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def summary(self, limit: int = 80) -> str:
        """The excerpt listings show: the first words, cut on a character limit as themes do."""
        text = self.paragraphs[0] if self.paragraphs else ""
        return text if len(text) <= limit else text[:limit].rstrip() + "…"


@dataclass(frozen=True)
class Truth:
    """What a correct archive holds for one article."""

    path: str  # the address listings link to (path + query)
    title: str
    published: datetime
    shows_time: bool  # the page shows the minute, not only the day
    author: str | None
    author_checked: bool  # the page shows an author, or an in-body credit that must not become one
    categories: tuple[str, ...]  # category names
    body: str
    credit: str | None = None  # the in-body credit line the author must not be taken from
    article_id: str | None = None  # the CMS's own id where the URL carries one (None: the URL has only a slug)


@dataclass
class GallerySite:
    """A portal in the manner of one site generator, with its ground truth."""

    name: str
    generator: str  # the site generator or CMS whose markup it imitates
    lang: str
    routes: dict[str, Page]
    truth: dict[str, Truth]  # path -> truth
    non_articles: dict[str, str]  # path of every other HTML page -> role (NON_ARTICLE_ROLES)
    listings: dict[str, list[str]]  # category name -> its listing pages in order (page 1 first)
    start_path: str = "/"
    scope: str = "/"  # the path prefix a crawl from start_path is held to; pages outside it are not scored
    feeds: list[str] = field(default_factory=list)  # RSS/Atom/sitemap paths, for the consistency test
    script_pagers: bool = False  # listing pages linked only from a createPageHTML() script


def make_posts(
    lang: str, count: int, seed: int, categories: list[tuple[str, str]], *, id_base: int | None = 100
) -> list[Post]:
    """``count`` posts, newest first, the same for the same seed.

    Besides ordinary posts there are the kinds that broke generic mode: short posts
    (60-560 characters), one image-only post, posts with an in-body credit line that is
    not their author, and posts whose body names an event time that is not their date.
    """
    rng = random.Random(f"gallery-{seed}-{lang}")
    keys = [k for k, _ in categories]
    posts = []
    for index, spec in enumerate(make_articles(count, lang, seed)):
        cats = [keys[index % len(keys)]]
        if index % 5 == 1 and len(keys) > 1:
            cats.append(keys[(index + 2) % len(keys)])
        # Small CMS ids by default; id_base None keeps the corpus's 19-digit ids.
        key = spec.article_id if id_base is None else str(id_base + index * 3 + rng.randint(0, 2))
        post = Post(
            key=key,
            slug=_slug(spec.title, index),
            lang=lang,
            title=spec.title,
            published=spec.published,
            author=spec.author,
            categories=cats,
            paragraphs=list(spec.paragraphs),
            tags=list(spec.keywords),
        )
        if index % 9 == 3:
            _shorten(post, rng)
        if index == 6:
            _image_only(post)
        if index % 7 == 2:
            post.credit = _credit(lang, rng)
            post.paragraphs.append(post.credit)
            post.author = None if index % 2 else post.author
        if index % 8 == 4:
            post.event = _event(lang)
            post.paragraphs.insert(1 if len(post.paragraphs) > 1 else 0, post.event)
        posts.append(post)
    return posts


def _slug(title: str, index: int) -> str:
    words = re.findall(r"[A-Za-z0-9]+", title.lower())
    return "-".join(words) if words else f"post-{index + 1}"


def _shorten(post: Post, rng: random.Random) -> None:
    """A short post: one paragraph of 60-560 characters."""
    mark = "。" if post.lang == "zh" else "."
    sentences = [s.strip() + mark for p in post.paragraphs for s in p.split(mark) if s.strip()]
    wanted = rng.randint(1, 3)
    text = ""
    for sentence in sentences:  # whole sentences, at least 60 characters, at most 560
        candidate = text + ("" if post.lang == "zh" or not text else " ") + sentence
        if len(candidate) > 560 or (len(text) >= 60 and wanted <= 0):
            break
        text, wanted = candidate, wanted - 1
    post.paragraphs = [text]
    post.kind = "short"


def _image_only(post: Post) -> None:
    post.kind = "image"
    post.image = f"/uploads/photo-{post.key}.jpg"
    post.paragraphs = ["图为活动现场合影。" if post.lang == "zh" else "Photo: the participants on site."]


def _credit(lang: str, rng: random.Random) -> str:
    writer, photographer = rng.sample(
        ["王芳", "李伟", "赵磊", "孙丽"] if lang == "zh" else ["Zhao Lei", "Sun Li", "Li Wei", "Wang Fang"], 2
    )
    return f"（作者：{writer} 图片：{photographer}）" if lang == "zh" else f"(Text: {writer}. Photos: {photographer}.)"


def _event(lang: str) -> str:
    return (
        "时间：2012年9月15日上午9:30  地点：市民中心三楼会议室"
        if lang == "zh"
        else "Time: 9:30 a.m., September 15, 2012. Venue: third-floor hall of the civic centre."
    )


def prose(lang: str, seed: int, paragraphs: int) -> list[str]:
    """Article-like paragraphs for the pages that are not articles (about, wiki, finance ...)."""
    spec = make_articles(1, lang, 9000 + seed)[0]
    text = list(spec.paragraphs)
    while len(text) < paragraphs:
        text += make_articles(1, lang, 9100 + seed + len(text))[0].paragraphs
    return text[:paragraphs]
