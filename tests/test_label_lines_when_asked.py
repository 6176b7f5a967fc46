"""A page's label lines ("来源：… 发布时间：…") are read of its tree when the site model first asks (most pages' roles
never do), with the values reading them at once gave; a page kept past its callback keeps them, not its tree."""

from __future__ import annotations

import pickle

import pytest

from archiver.discovery.page import (
    _META_LABELS,
    PageAnalysis,
    _headline_anchors,
    _labels_once,
    _Texts,
    analyze_page,
    label_shapes,
)
from archiver.discovery.sitemodel import ARTICLE, LISTING, SiteModel
from archiver.extract.html import parse_html

H = "http://portal.test"
ALLOWED = frozenset({"portal.test"})
MENU = '<nav><a href="/">首页</a><a href="/news/">新闻</a><a href="/about/">关于</a></nav>'
RELATED = [(f"/news/{n}.html", f"协会第{n}次专题学习交流活动在会议中心顺利召开") for n in range(1, 6)]


def frame(body: str) -> str:
    return f"<html><head><title>T</title></head><body>{MENU}<div class='main'>{body}</div></body></html>"


def cms_article(
    title: str, *, labels: str = "", related: list[tuple[str, str]] = (), paragraphs: int = 4, day: str = ""
) -> str:
    """A CMS article: its headline, a meta line of labels (or its day alone), prose, and a box of related headlines."""
    prose = "".join(
        f"<p>{title}：本报讯，协会组织会员单位开展了第{n}次专题学习交流活动。</p>" for n in range(paragraphs)
    )
    labels = labels or (f'<p class="time">{day}</p>' if day else "")
    box = "".join(f'<li><a href="{u}">{t}</a><span>2020-11-1{i}</span></li>' for i, (u, t) in enumerate(related))
    return frame(f'<h2>{title}</h2>{labels}<div class="nr">{prose}</div><ul class="related">{box}</ul>')


def listing(records: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li><a href="{u}">{t}</a><span>发布时间：2020-11-1{i}</span><span>来源：协会</span></li>'
        for i, (u, t) in enumerate(records)
    )
    return frame(f'<ul class="list">{items}</ul>')


PAGES = {
    "labelled, with a date": cms_article("协会召开年度会员大会", labels="<p>发布时间：2020-11-18 来源：建设信息网</p>"),
    "labelled, no date label": cms_article("协会召开年度会员大会", labels="<p>来源：建设信息网 作者：办公室</p>"),
    "no labels": cms_article("协会召开年度会员大会"),
    "labels beside a box": cms_article("会员大会", labels="<p>发布时间：2020-11-18</p>", related=RELATED),
    "labels in every record": listing(RELATED),
}


def eager(html: str, url: str) -> tuple[bool, bool]:
    """(labelled, date_labelled) read at once, as analyze_page read them before: outside the page's records and the
    lone title cards, and the entries under headline links."""
    root, _ = parse_html(html)
    page = analyze_page(root, url, ALLOWED, html)
    records = {r for g in page.groups if len(g.urls) >= 2 for r in _records(root, g.urls)}
    shapes = label_shapes(root, records, _headline_anchors(root, url, _Texts()))
    labelled = _labels_once(shapes, _META_LABELS)
    return labelled, labelled and _labels_once(shapes, ("date",))


def _records(root, urls):  # the <li> of each listed link: these pages' records
    return [a.getparent() for a in root.iter("a") if H + (a.get("href") or "") in urls and a.getparent().tag == "li"]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_label_lines_read_when_asked_are_those_read_at_once(name: str) -> None:
    html = PAGES[name]
    root, _ = parse_html(html)
    page = analyze_page(root, H + "/news/9.html", ALLOWED, html)
    assert page.label_flags is None and page.label_reader is not None  # nothing read yet
    assert (page.labelled, page.date_labelled) == eager(html, H + "/news/9.html")
    assert page.label_reader is None  # read once; the tree is let go


def test_the_pages_read_here_cover_every_answer() -> None:
    """The pages above give each answer: labelled with a date label, labelled without, not labelled."""
    answers = {eager(html, H + "/news/9.html") for html in PAGES.values()}
    assert answers == {(True, True), (True, False), (False, False)}


def test_a_page_kept_past_its_callback_keeps_its_labels_not_its_tree() -> None:
    html = PAGES["labelled, with a date"]
    root, _ = parse_html(html)
    held = analyze_page(root, H + "/news/9.html", ALLOWED, html)
    held.settle()  # a held page
    assert (held.label_flags, held.label_reader, held.counts_text) == ((True, True), None, "")
    sent = analyze_page(root, H + "/news/9.html", ALLOWED, html)
    copy = pickle.loads(pickle.dumps(sent))  # a distributed worker's evidence
    assert (copy.labelled, copy.date_labelled, copy.label_reader) == (True, True, None)


def test_labels_neither_read_nor_left_to_read_are_an_error() -> None:
    page = PageAnalysis(H + "/x.html", "T", [], [], "", 0, False, False)
    with pytest.raises(ValueError, match="label lines"):
        _ = page.labelled
    page.label_flags = (False, False)
    assert not page.labelled


def model_with_listing() -> SiteModel:
    model = SiteModel()
    model.enter(H + "/")
    home = analyze_page(parse_html(listing(RELATED))[0], H + "/", ALLOWED, listing(RELATED))
    model.observe(home)
    assert model.classify(home, has_body=True).role == LISTING
    return model


def unreadable(page: PageAnalysis) -> PageAnalysis:
    def refuse() -> tuple[bool, bool]:
        raise AssertionError(f"{page.url}: its label lines were read")

    page.label_reader = refuse
    return page


def test_a_listed_dated_post_beside_its_box_is_placed_without_reading_its_labels() -> None:
    """A listing's record with a date and prose beside a box of dated headlines: its own prose decides, before its
    label lines are asked; the same decision as with them read first."""
    html = cms_article(
        "协会第1次专题学习交流活动在会议中心顺利召开", related=RELATED[1:], paragraphs=12, day="2020-11-10"
    )
    url = H + RELATED[0][0]
    lazy = unreadable(analyze_page(parse_html(html)[0], url, ALLOWED, html))
    read = analyze_page(parse_html(html)[0], url, ALLOWED, html)
    read.settle_labels()
    assert lazy.has_date and len(lazy.groups[-1].urls) == 4  # its own date, and the box
    decisions = [model_with_listing().classify(page, has_body=True) for page in (lazy, read)]
    assert decisions[0].role == ARTICLE, decisions[0]
    assert (decisions[0].role, decisions[0].reason) == (decisions[1].role, decisions[1].reason)


def test_a_labelled_page_beside_a_box_is_still_weighed_by_its_labels() -> None:
    """No listing lists it: its label line, date and prose make it an article beside its box, as before."""
    html = PAGES["labels beside a box"]
    url = H + "/news/99.html"
    page = analyze_page(parse_html(html)[0], url, ALLOWED, html)
    decision = model_with_listing().classify(page, has_body=True)
    assert page.label_flags is not None  # asked
    assert decision.role != LISTING, decision
