"""Round 2 (and 3) of a test portal: what a scheduled re-crawl meets a few hours later."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from archiver.demo.corpus import make_articles
from archiver.demo.server import html_page
from tests.portal.site import PortalFixture, render

SOFT_ERROR_HTML = "<html><head><title>系统繁忙</title></head><body><p>系统繁忙，请稍后再试。</p></body></html>"


@dataclass
class RoundTwo:
    """What changed, by article URL: the expectations of the re-crawl."""

    edited: dict[str, set[str]] = field(default_factory=dict)  # url -> fields changed
    noise: list[str] = field(default_factory=list)  # changed bytes, same content: no version
    removed: list[str] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    moved: tuple[str, str, str] | None = None  # url, old category name, new category name
    soft_error: str | None = None
    restored_body: str | None = None  # round 1 body of the article whose body round 3 restores


def round_two(portal: PortalFixture) -> RoundTwo:
    zh = portal.theme.name == "gov"
    arts = portal.articles
    url = portal.article_url
    changes = RoundTwo()
    for article in arts[10:12]:
        article.title += "（修订）" if zh else " (revised)"
        changes.edited[url(article)] = {"title"}
    changes.restored_body = arts[12].body
    for article in arts[12:14]:
        article.paragraphs[1] += "新增一句说明。" if zh else " One sentence was added."
        changes.edited[url(article)] = {"body"}
    arts[14].published += timedelta(hours=3)
    changes.edited[url(arts[14])] = {"published_at"}
    # Noise: blanks, a view counter, punctuation: the bytes change, the content does not.
    arts[15].paragraphs[0] = arts[15].paragraphs[0].replace("。" if zh else ". ", "。\u3000" if zh else ".  ", 1)
    portal.views[arts[16].article_id] += 17
    arts[17].paragraphs[0] = arts[17].paragraphs[0].replace("，" if zh else " ", "," if zh else " , ", 1)
    changes.noise = [url(a) for a in arts[15:18]]
    changes.removed = [url(a) for a in arts[19:21]]
    del arts[19:21]
    moved = arts[19]  # formerly arts[21]
    keys = [k for k, _ in portal.categories]
    old_key = moved.categories[0]
    moved.categories = [keys[(keys.index(old_key) + 1) % len(keys)]]
    names = dict(portal.categories)
    changes.moved = (url(moved), names[old_key], names[moved.categories[0]])
    changes.soft_error = url(arts[20])
    fresh = make_articles(3, "zh" if zh else "en", seed=99, start=arts[0].published + timedelta(days=2))
    for index, article in enumerate(fresh):
        article.categories = [keys[index % len(keys)]]
        article.article_id = str(int(article.article_id) + 123_457)  # themes key URLs on the last digits
    arts[:0] = fresh
    changes.new = [url(a) for a in fresh]
    render(portal)
    soft_path = changes.soft_error[len(portal.base_url) :]
    portal.server.routes[soft_path] = html_page(SOFT_ERROR_HTML, portal.theme.charset)
    portal.truth.pop(changes.soft_error)  # the archive must keep its round 1 version
    return changes


def round_three(portal: PortalFixture, changes: RoundTwo) -> str:
    """The body edit of round 2 is taken back: the archive must recognize the earlier content."""
    article = next(
        a
        for a in portal.articles
        if portal.article_url(a) in changes.edited and changes.edited[portal.article_url(a)] == {"body"}
    )
    article.paragraphs = changes.restored_body.split("\n\n")
    render(portal)
    return portal.article_url(article)
