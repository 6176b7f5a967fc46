"""Generic body extraction: one test per fixed failure (pages written for these tests, after the
shapes measured on the gallery portals, real blogs and the public sets: docs/extraction.md)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from archiver.extract import extract_article, fallback

CAPTURED = datetime(2026, 11, 23, tzinfo=UTC)
PROSE = (
    "The committee met on Tuesday to review the harbour plans, and the members agreed that "
    "the old school should be repaired before the winter storms arrive in the bay. "
)
ZH_PROSE = (
    "本次会议听取了各部门的工作汇报，并对下一阶段的重点任务进行了部署，要求各单位认真落实，确保各项工作按期完成。"
)
RECENT = "".join(
    f"<li><a href='/news/2024/11/{n:02d}/post-{n}.html'>"
    f"The training center Holds Meeting No. {n} on Escort Standards</a></li>"
    for n in range(1, 9)
)
NAV = (
    "<nav class='navbar'><ul>" + "".join(f"<li><a href='/s{n}/'>Section {n}</a></li>" for n in range(7)) + "</ul></nav>"
)


def extract(html: str, url: str = "https://club.example.org/news/2024/11/10/post.html") -> dict:
    return extract_article(html, url, captured_at=CAPTURED)


def _header_and_article(article: str) -> str:
    """A Beautiful-Jekyll-like page: the headline and its date line in a ``<header>``, the post beside it."""
    return (
        "<html><head><title>Meeting No. 7 | River Club</title></head><body>"
        f"{NAV}<header class='header-section'><div class='intro-header'><div class='row'><div class='col'>"
        "<div class='post-heading'><h1>Meeting No. 7</h1><span class='post-meta'>Posted on November 10, 2024</span>"
        "</div></div></div></div></header>"
        f"<div class='container' role='main'><div class='row'><div class='col'><article class='blog-post'>{article}"
        "</article><div class='blog-tags'><span>Tags:</span><ul><li><a href='/tags/#a'>safety</a></li></ul></div>"
        f"</div><div class='col-lg-3 sidebar'><h4>Recent posts</h4><ul>{RECENT}</ul></div></div></div>"
        "<footer><p class='copyright'>River Club &bull; 2024 &bull; <a href='/privacy/'>Privacy</a></p></footer>"
        "</body></html>"
    )


def test_a_short_post_beside_a_header_is_not_the_headlines_date_line() -> None:
    """The headline's ``<header>`` holds only the headline and a date: it never outweighs the post."""
    text = "The bureau strengthened the services for workers so that every guard meets the standard."
    record = extract(_header_and_article(f"<p>{text}</p><p>(Text: Wang Fang. Photos: Zhao Lei.)</p>"))
    assert record["body"] == f"{text}\n\n(Text: Wang Fang. Photos: Zhao Lei.)"
    assert record["rules"]["body"] == "main-content"


def test_an_image_post_keeps_its_caption_even_when_it_reads_like_a_label() -> None:
    """A caption votes for the block holding its figure; ``Photo: …`` in a caption is no label line."""
    figure = (
        "<figure class='image'><img src='/uploads/p.jpg' alt=''>"
        "<figcaption>Photo: the participants on site.</figcaption></figure>"
    )
    record = extract(_header_and_article(figure))
    assert record["body"] == "Photo: the participants on site."
    assert record["images"] == ["https://club.example.org/uploads/p.jpg"]
    assert record["rules"]["body"] == "main-content"  # not trafilatura: its text here is the page's chrome


def test_a_footer_named_body_is_no_content_hint() -> None:
    """``div.footer_body`` holds a positive and a negative word: no bonus, the caption's block wins."""
    html = (
        "<html><head><meta charset='utf-8'><title>智能监控工作会议第7期顺利召开_某某协会</title></head><body>"
        "<div class='viewbox'><div class='title'><h2>智能监控工作会议第7期顺利召开</h2></div>"
        "<div class='info'>发布时间：2024-11-12 18:27 来源：消防</div>"
        "<div class='content'><table><tr><td><figure><img src='/uploads/319.jpg' alt=''>"
        "<figcaption>图为活动现场合影。</figcaption></figure></td></tr></table></div></div>"
        "<div class='footer'><div class='footer_body'>"
        "<p class='powered'>Powered by DedeCMS © 2024 某某市物业管理协会 版权所有</p>"
        "</div></div></body></html>"
    )
    record = extract(html, "http://assoc.example.cn/a/news/20241112/319.html")
    assert record["body"] == "图为活动现场合影。"


def test_a_summary_box_cut_with_an_ellipsis_is_not_repeated_in_the_body() -> None:
    """DedeCMS's ``div.intro`` prints the start of the text cut with ``…`` above the text itself."""
    html = (
        "<html><head><meta charset='utf-8'><title>工会工作会议第4期顺利召开_某某协会</title></head><body>"
        "<div class='viewbox'><div class='title'><h2>工会工作会议第4期顺利召开</h2></div>"
        "<div class='info'>发布时间：2024-11-16 10:59</div>"
        f"<div class='intro'>{ZH_PROSE[:50]}…</div>"
        f"<div class='content'><table><tr><td><p>{ZH_PROSE}</p></td></tr></table></div>"
        "<div class='boxoff'><strong>------分隔线----------------------------</strong></div>"
        "<div class='handle'><div class='context'><ul><li>上一篇：没有了 </li><li>下一篇：没有了 </li></ul></div></div>"
        "</div></body></html>"
    )
    record = extract(html, "http://assoc.example.cn/a/news/20241116/310.html")
    assert record["body"] == ZH_PROSE
    assert "…" not in record["body_html"]


def test_a_subtitle_printed_twice_stays_twice() -> None:
    """A line the page prints whole twice (a subtitle over its paragraph) is the page's, not a summary box."""
    line = "本团队硕士研究生的学位论文《基于深度学习的脑电信号分类技术研究》被评为2024年优秀硕士学位论文"
    html = (
        "<html><head><meta charset='utf-8'><title>团队成员学位论文获奖</title></head><body>"
        "<article><header><h1>团队成员学位论文获奖</h1></header>"
        f"<div class='prose'><h2>{line}</h2><p>{line}</p></div></article></body></html>"
    )
    assert extract(html, "https://lab.example.cn/news/td_0028/")["body"] == f"{line}\n\n{line}"


def test_a_headline_list_is_not_prose() -> None:
    """``No. 5 on …`` has a full stop inside it: a list of headlines is chrome, not an article."""
    headlines = [f"The training center Holds Meeting No. {n} on Escort Service Standards" for n in range(1, 9)]
    assert not fallback.is_prose(headlines)
    assert fallback.is_prose([PROSE, PROSE])


def test_a_prose_paragraph_keeps_its_place_whatever_its_class() -> None:
    """A design system's ``p.font-copy`` is the article's text style, not a copyright line."""
    paragraphs = [f"Paragraph {n}: {PROSE.strip()}" for n in range(6)]
    body = "".join(f"<p class='wpds-c-x font-copy'>{p}</p>" for p in paragraphs)
    html = (
        "<html><head><title>Storms ahead - The Daily</title></head><body>"
        f"<article><h1>Storms ahead</h1><div class='article-body'>{body}</div>"
        "<div class='article-body'><p class='copyright'>© 2024 The Daily</p></div></article></body></html>"
    )
    record = extract(html, "https://daily.example.com/weather/2024/04/26/storms/")
    assert record["body"] == "\n\n".join(paragraphs)
    assert record["rules"]["body"] == "main-content"  # our block, not the library's after ours came out empty


def test_a_story_split_into_columns_between_ads_is_kept_whole() -> None:
    """NYT-like: each part of the story in its own column, a short one scoring far below the first."""
    parts = [[PROSE * 2, PROSE, PROSE * 2, PROSE], [PROSE, PROSE], [PROSE, PROSE * 2], [PROSE]]
    columns = "<div class='ad'><p>Advertisement</p></div>".join(
        "<div class='StoryBodyCompanionColumn'><div class='css-53u6y8'>"
        + "".join(f"<p class='css-at9mc1'>{n}-{i} {text}</p>" for i, text in enumerate(part))
        + "</div></div>"
        for n, part in enumerate(parts)
    )
    html = (
        "<html><head><title>Trade talks - The Times</title></head><body>"
        f"<article><header><h1>Trade talks</h1></header><section class='meteredContent'>{columns}</section>"
        "</article><aside class='related'><ul><li><a href='/a'>Another story</a></li></ul></aside></body></html>"
    )
    record = extract(html, "https://times.example.com/2019/11/18/business/trade.html")
    for n, part in enumerate(parts):
        for i in range(len(part)):
            assert f"{n}-{i} " in record["body"]
    assert "Another story" not in record["body"]


def test_a_run_together_content_class_is_a_content_hint() -> None:
    """``div.articleBody`` inside ``div.element.article``: the story, not its photo caption and widgets."""
    story = [f"{n}. {PROSE.strip()}" for n in range(5)]
    html = (
        "<html><head><title>Snooze cruise - News</title></head><body><section class='story'>"
        "<h1 class='articleHeadline'>Snooze cruise</h1><div class='element article'>"
        "<div class='image top'><p>In this file photo, astronauts walk in space during construction, "
        "as the agency showed on Monday. (NASA via AP, File)</p></div>"
        "<p>Published Monday, November 18, 2019 8:22AM EST</p>"
        f"<div class='articleBody'>{''.join(f'<p>{p}</p>' for p in story)}</div>"
        "<div class='widget'><p>Report Error</p><p>Top Video</p></div></div></section></body></html>"
    )
    record = extract(html, "https://news.example.ca/sci-tech/snooze-cruise-1.4690347")
    assert record["body"] == "\n\n".join(story)


def test_a_story_in_two_halves_around_an_ad_rail_is_kept_whole() -> None:
    """WIRED-like: two ``div.body__container`` halves, each in its own grid beside an ad rail."""
    halves = [[f"A{i} {PROSE.strip()}" for i in range(6)], [f"B{i} {PROSE.strip()}" for i in range(6)]]
    grids = "".join(
        "<div class='grid grid-layout--adrail'><div class='body body__container'>"
        + "".join(f"<p>{p}</p>" for p in half)
        + "</div><div class='ad-rail'><p>Advertisement</p></div></div>"
        for half in halves
    )
    html = (
        "<html><head><title>The future of banking - WIRED</title></head><body>"
        f"<main><article><header><h1>The future of banking</h1></header><div class='article__chunks'>{grids}</div>"
        "</article></main><footer><p>© Condé Nast</p></footer></body></html>"
    )
    record = extract(html, "https://www.wired.example/story/the-future-of-banking/")
    assert record["body"] == "\n\n".join(halves[0] + halves[1])


def test_a_short_box_by_the_headline_gives_way_to_a_long_article_elsewhere() -> None:
    """A chat box by the headline is no short post when the page holds an article's paragraphs.

    Its ``…-content`` class outvotes the article's paragraphs, whose ancestor carries a "side"
    word; sitting by the headline used to exempt it from the quality gate (a short post is short).
    """
    paragraphs = "".join(
        f"<div class='story-paragraph'>{PROSE}Paragraph {n} adds its own detail.</div>" for n in range(8)
    )
    box = "Chat with us in our messenger app. Find out what is happening as it unfolds."
    html = (
        "<html><head><title>Harbour plans | Daily</title>"
        "<meta property='og:title' content='Harbour plans approved'></head><body>"
        "<article class='page'><div class='wrap'><h1 class='headline'>Harbour plans approved</h1>"
        f"<div class='metadata'><div class='chat-box-content'><p>{box}</p></div></div>"
        f"<div class='page-side-of-rail'><section class='story'><div class='wrap'>{paragraphs}</div></section></div>"
        "</div></article></body></html>"
    )
    record = extract(html)
    assert box not in record["body"]
    assert "Paragraph 7 adds its own detail." in record["body"]
    assert record["rules"]["body"] == "trafilatura"


def test_a_label_the_template_repeats_between_the_parts_leaves_the_body() -> None:
    """A hidden "Article content" heading over each part of a story is the layout's, not the text's.

    A meal plan's repeated rows ("Meal 1" over "Eat every 2-3 hours", six times) and a table's
    repeated cells stay: there the line after the label repeats too, or the cell is a table's.
    """
    parts = "".join(
        f"<h2 class='visually-hidden'>Article content</h2><p>{PROSE}Part {n} goes on with other news.</p>"
        for n in range(4)
    )
    plan = "".join("<div class='row'><h4>Meal 1</h4><div>Eat every 2-3 hours</div></div>" for _ in range(3))
    table = "<table>" + "".join(f"<tr><td>Harbour Club</td><td>{n}</td></tr>" for n in range(3)) + "</table>"
    record = extract(_header_and_article(f"{parts}{plan}{table}"))
    assert "Article content" not in record["body"]
    assert "Article content" not in record["body_html"]
    assert record["body"].count("Part ") == 4
    assert record["body"].count("Meal 1") == 3
    assert record["body"].count("Harbour Club") == 3


def _code_post(code_table: str) -> str:
    return (
        "<html><head><title>Hello in two languages | Notes</title></head><body>"
        f"{NAV}<article class='post'><h1>Hello in two languages</h1><div class='article-entry'>"
        f"<p>{PROSE}</p><p>In C:</p>{code_table}<p>{PROSE}</p></div></article></body></html>"
    )


def test_a_code_blocks_line_number_gutter_leaves_the_body() -> None:
    """Hexo's highlighter: the numbers in ``td.gutter`` beside the code's ``td.code``, one span per line."""
    gutter = "".join(f"<span class='line'>{n}</span><br>" for n in range(1, 4))
    code = "".join(f"<span class='line'>{line}</span><br>" for line in ("#include <stdio.h>", "int main()", "{}"))
    table = (
        f"<figure class='highlight c'><table><tr><td class='gutter'><pre>{gutter}</pre></td>"
        f"<td class='code'><pre>{code.replace('<stdio.h>', '&lt;stdio.h&gt;')}</pre></td></tr></table></figure>"
    )
    body = extract(_code_post(table))["body"]
    assert "#include <stdio.h>" in body and "int main()" in body
    assert not any(line.strip() in {"1", "2", "3", "123"} for line in body.split("\n"))


def test_pygments_line_numbers_from_any_start_leave_the_body() -> None:
    """Pygments' ``linenos`` table, numbered from 41 (an excerpt of a longer file), in a ``div``."""
    table = (
        "<table class='highlighttable'><tr><td class='linenos'><div class='linenodiv'><pre>41\n42</pre></div></td>"
        "<td class='code'><div class='highlight'><pre>x = 1\ny = 2</pre></div></td></tr></table>"
    )
    body = extract(_code_post(table))["body"]
    assert "x = 1" in body and "41" not in body and "42" not in body


def test_a_data_tables_row_numbers_stay() -> None:
    """A table numbering its rows beside inline code is data, not a gutter."""
    table = "<table>" + "".join(f"<tr><td>{n}</td><td><code>step_{n}()</code></td></tr>" for n in (1, 2)) + "</table>"
    body = extract(_code_post(table))["body"]
    assert "1" in body.split("\n") and "step_1()" in body


def _story(inside: str) -> str:
    return (
        "<html><head><title>Harbour school reopens | The Courier</title></head><body>"
        f"{NAV}<article><h1>Harbour school reopens</h1>{inside}</article>"
        "<footer><p>The Courier, 4 Market Street</p></footer></body></html>"
    )


def test_a_pictures_caption_leaves_an_article_with_text_of_its_own() -> None:
    """Captions and photo credits describe pictures: an article's text is its paragraphs (the picture stays)."""
    figure = (
        "<figure><picture><img src='/img/school.jpg' alt=''></picture><figcaption>Volunteers in front of the "
        "school. <span class='credit'>Photo: Anna Berg</span></figcaption></figure>"
    )
    record = extract(_story(f"<p>{PROSE}</p>{figure}<p>{PROSE}</p><p>{PROSE}</p>"))
    assert "Volunteers in front" not in record["body"] and "Anna Berg" not in record["body"]
    assert record["body"].count("The committee met") == 3
    assert record["images"] == ["https://club.example.org/img/school.jpg"]


def test_a_figure_of_code_or_a_table_keeps_its_text() -> None:
    """A ``<figure>`` holding code or a table is text, not a picture's caption."""
    code = "<figure class='highlight'><pre><code>print('harbour school')</code></pre></figure>"
    table = (
        "<figure><table><tr><td>Rooms repaired</td><td>12</td></tr></table><figcaption>Table 1</figcaption></figure>"
    )
    record = extract(_story(f"<p>{PROSE}</p>{code}{table}<p>{PROSE}</p><p>{PROSE}</p>"))
    assert "print('harbour school')" in record["body"]
    assert "Rooms repaired" in record["body"] and "Table 1" in record["body"]


def test_a_list_of_links_to_other_stories_leaves_the_article() -> None:
    """A list whose text is mostly links points to other pages; a list of points with a link stays."""
    related = (
        "<ul class='more'>"
        + "".join(
            f"<li><a href='/news/{n}.html'>Council approves budget for the harbour road, part {n}</a></li>"
            for n in range(4)
        )
        + "</ul>"
    )
    points = (
        "<ul><li>New windows for every classroom before the winter</li>"
        "<li>A heating system tested twice, <a href='/report.pdf'>report</a></li></ul>"
    )
    record = extract(_story(f"<p>{PROSE}</p>{related}<p>{PROSE}</p>{points}<p>{PROSE}</p>"))
    assert "Council approves" not in record["body"]
    assert "New windows for every classroom" in record["body"] and "A heating system tested twice" in record["body"]


def test_a_story_cut_into_wrapped_parts_between_pictures_is_kept_whole() -> None:
    """Parts built alike, each in a wrapper of its own between pictures, are one text with the longest.

    The longest part outweighs each other one, not all of them: together they are the article.
    """
    sentences = [
        f"Paragraph {n} of the harbour story: the committee met again, and the roof was discussed." for n in range(76)
    ]

    def part(lines: list[str]) -> str:
        inner = "".join(f"<p>{line}</p>" for line in lines)
        return f"<div class='text-width paywalled'><div class='text-container'><div>{inner}</div></div></div>"

    picture = (
        "<div class='text-width'><figure><img src='/img/a.jpg'><figcaption>The harbour</figcaption></figure></div>"
    )
    story = (
        "<div class='full-width'><div class='article-width'><header><h1>Harbour school reopens</h1></header>"
        + part(sentences[:3])
        + part(sentences[3:10])
        + part(sentences[10:18])
        + part(sentences[18:36])
        + picture
        + part(sentences[36:])
        + "</div></div>"
    )
    record = extract(_story(story))
    assert all(line in record["body"] for line in sentences), record["body"]


def test_the_library_reads_past_the_first_part_of_a_story_in_parts() -> None:
    """trafilatura's fast mode keeps the first of several ``article__content`` parts; its full mode
    compares its reading with its fallback extractors and takes a longer one (a real page: 0.24 → 0.93)."""

    def part(numbers: range, header: str = "") -> str:
        paragraphs = "".join(f"<p>{n}. {PROSE}</p>" for n in numbers)
        return (
            f"<div class='grid__container'>{header}<div class='grid__content article__content'>{paragraphs}</div></div>"
        )

    html = (
        "<html><head><title>Harbour school</title></head><body><main><article class='article'><div class='grid'>"
        + part(range(5), "<header class='article__header'><h1>Harbour school</h1></header>")
        + part(range(5, 15))
        + part(range(15, 25))
        + "</div></article></main></body></html>"
    )
    first_part = "\n\n".join(f"{n}. {PROSE.strip()}" for n in range(5))
    found = fallback.library_body(html, "https://news.example.com/harbour-school", first_part)
    assert found is not None
    assert any(f"{n}. The committee met" in found[0] for n in range(5, 25)), found[0][:200]


def test_a_caption_outside_a_figure_leaves_too() -> None:
    """WordPress's ``div.wp-caption`` and a ``p.photo-caption`` under a picture are captions by their class."""
    wordpress = (
        "<div class='wp-caption aligncenter'><img src='/img/roof.jpg' alt=''>"
        "<p class='wp-caption-text'>The new roof, finished in February.</p></div>"
    )
    plain = "<div class='photo'><img src='/img/hall.jpg' alt=''></div><p class='photo-caption'>The hall in 1950.</p>"
    record = extract(_story(f"<p>{PROSE}</p>{wordpress}<p>{PROSE}</p>{plain}<p>{PROSE}</p>"))
    assert "The new roof" not in record["body"] and "The hall in 1950" not in record["body"]
    assert record["body"].count("The committee met") == 3
    assert "https://club.example.org/img/roof.jpg" in record["images"]


def test_a_section_its_theme_calls_a_caption_stays() -> None:
    """A class word is a hint: a long block named ``caption`` (over 500 characters) is text."""
    section = " ".join(f"Room {n} was repainted by the volunteers, who also fixed its windows." for n in range(8))
    record = extract(_story(f"<p>{PROSE}</p><div class='caption-block'><p>{section}</p></div><p>{PROSE}</p>"))
    assert "Room 7 was repainted" in record["body"]


def test_a_teaser_made_of_one_link_leaves_the_article() -> None:
    """A teaser whose kicker, headline and blurb sit in one ``<a>``, or a paragraph that is only a link,
    points to another page; a paragraph with a link inside (even wrapped in a span) is text."""
    teaser = (
        "<div class='teaser-box'><a href='/news/2025/roof.html'><span class='kicker'>Harbour</span>"
        "<h3>The roof of the old school was finished in February</h3>"
        "<p>Workers replaced the tiles and the gutters before the storms.</p></a></div>"
    )
    read_also = (
        "<p><a href='/news/2025/budget.html'>Read also: Council approves the budget for the harbour road</a></p>"
    )
    linked = (
        "<p>The inspectors <span><a href='/report.pdf'>published their report</a></span> on Monday, and the "
        "council said the school would reopen in January after the heating has been tested twice.</p>"
    )
    record = extract(_story(f"<p>{PROSE}</p>{teaser}<p>{PROSE}</p>{read_also}{linked}<p>{PROSE}</p>"))
    assert "roof of the old school" not in record["body"] and "Workers replaced" not in record["body"]
    assert "Read also" not in record["body"]
    assert "The inspectors published their report on Monday" in record["body"]


def _script_shell(data: dict) -> str:
    """A React shell: an empty root, the article in a script's JSON for the browser to render."""
    import json

    return (
        "<html><head><title>Harbour school reopens | The Courier</title></head><body><div id='__next'></div>"
        "<script>window.__STATE__ = window.__STATE__ || []; window.__STATE__.push("
        + json.dumps(data)
        + ");</script></body></html>"
    )


def test_an_article_only_in_a_scripts_json_is_read_from_there() -> None:
    """No block and no library holds text: the longest prose string of the page's scripts is the article."""
    paragraphs = [f"{n}. {PROSE.strip()}" for n in range(4)]
    data = {
        "detail": {
            "title": "Harbour school reopens",
            "summary": "The school reopens.",
            "contentHtml": "<div class='img-box'><img src='/a.jpg'><figcaption>The school</figcaption></div>"
            + "".join(f"<p>{p}</p>" for p in paragraphs),
        }
    }
    record = extract(_script_shell(data))
    assert record["body"] == "\n\n".join(paragraphs)
    assert record["rules"]["body"] == "script:contentHtml"


def test_a_short_string_in_a_script_is_no_article() -> None:
    """A teaser's blurb or a menu label in the page's JSON is not read as the body."""
    record = extract(_script_shell({"menu": ["News", "Sport"], "description": PROSE}))
    assert record["body"] == ""


def test_a_byline_atop_the_text_naming_the_author_leaves_the_body() -> None:
    """The author found in the page's data, printed again in a short line above the text, is no text."""
    html = (
        "<html><head><title>Harbour school reopens | The Courier</title>"
        "<meta name='author' content='Anna Berg'></head><body>"
        f"{NAV}<article><h1>Harbour school reopens</h1><div class='story'>"
        "<p class='m'>Anna Berg · 4 min read</p>"
        f"<p>{PROSE}</p><p>Anna Berg visited the school on Monday, before it reopened.</p><p>{PROSE}</p></div>"
        "</article></body></html>"
    )
    record = extract(html)
    assert record["authors"] == ["Anna Berg"]
    assert "4 min read" not in record["body"]
    assert "Anna Berg visited the school on Monday, before it reopened." in record["body"]


def test_a_sentence_naming_the_author_above_the_text_stays_in_the_body() -> None:
    """A short first paragraph naming the author (where to collect the prizes, a phone number after it) is a
    sentence of the text, not the byline (held-out publii-hgk: the author collects the raffle's prizes)."""
    html = (
        "<html><head><title>Raffle results | The Guild Council</title>"
        "<meta name='author' content='Jan Peeters'></head><body>"
        f"{NAV}<article><h1>Raffle results</h1><p class='meta'>By Jan Peeters</p><div class='entry'>"
        "<p>Prizes can be collected until 30 September at Jan Peeters. Phone 0470 123456</p>"
        f"<p>{PROSE}</p><p>{PROSE}</p></div></article></body></html>"
    )
    record = extract(html)
    assert record["authors"] == ["Jan Peeters"]
    assert record["body"].startswith("Prizes can be collected until 30 September at Jan Peeters. Phone 0470 123456")


def test_a_slideshow_keeps_its_intro_and_every_slide() -> None:
    """No slide outweighs the intro, all of them together do: the article is the intro and the slides."""
    intro = "".join(
        f"<p>{text}</p>"
        for text in (
            "The harbour school reopened this week, and the town celebrated with a walk through its rooms.",
            "Here is every room the volunteers repaired, from the smallest to the largest, with what it took.",
            PROSE,
        )
    )
    slides = "".join(
        f"<div class='slide'><div class='slide-layout'><div class='slide-title'>Room {n} on the ground floor</div>"
        f"<figure><img src='/img/room-{n}.jpg'><figcaption>Room {n}</figcaption></figure>"
        f"<p>Room {n} got new windows and a floor, which took the volunteers, working in pairs, two weekends.</p>"
        f"<p>The teachers said that room {n}, now warm again, will hold a class of twenty from January.</p>"
        "</div></div>"
        for n in range(1, 11)
    )
    story = (
        "<section class='slideshow-container'><section class='intro-content'><div id='inline-wrapper'>"
        f"<div class='lock-content'>{intro}</div></div></section>"
        f"<div><section class='inner-content'><div class='slide-container'><div class='slide-wrapper'>{slides}"
        "</div></div></section></div></section>"
    )
    record = extract(_story(story))
    assert "the town celebrated" in record["body"]
    assert all(f"Room {n} got new windows" in record["body"] for n in range(1, 11)), record["body"][:300]


def test_a_reading_list_of_other_sites_is_the_posts_text() -> None:
    """Links to other sites are the post's sources; only links to the site's own pages are recirculation."""
    sources = (
        "<ul>"
        + "".join(
            f"<li><a href='https://journal{n}.example.net/articles/{n}'>"
            f"Journal {n}: how the harbour schools were built</a></li>"
            for n in range(5)
        )
        + "</ul>"
    )
    record = extract(_story(f"<p>{PROSE}</p><p>Further reading:</p>{sources}<p>{PROSE}</p>"))
    assert all(f"Journal {n}: how the harbour schools were built" in record["body"] for n in range(5))


def test_a_post_that_is_only_a_link_keeps_it() -> None:
    """A note whose whole text is one link (a bookmark) has no text of its own to keep instead."""
    note = "<p>Reference: <a href='/2021/11/notes/linux-commands.html'>Common Linux commands, a cheat sheet</a></p>"
    record = extract(_story(note))
    assert "Common Linux commands, a cheat sheet" in record["body"]


def test_a_hosts_site_is_its_registrable_domain() -> None:
    """``edition.cnn.com`` and ``cnn.com`` are one site, ``www.bbc.co.uk`` is ``bbc.co.uk``, not ``co.uk``."""
    from archiver.urls import site_of

    assert site_of("edition.cnn.com") == site_of("www.cnn.com") == "cnn.com"
    assert site_of("www.bbc.co.uk:443") == "bbc.co.uk"
    assert site_of("news.example.org") != site_of("journal.example.net")
    # by the Public Suffix List, not a rule of thumb: Chinese and Japanese second levels, GitHub Pages
    assert site_of("news.sina.com.cn") == "sina.com.cn" and site_of("www.asahi.co.jp") == "asahi.co.jp"
    assert site_of("a.github.io") != site_of("b.github.io")
    assert site_of("127.0.0.1:8001") == "127.0.0.1" and site_of("localhost") == "localhost"


def test_a_short_post_under_a_long_comment_thread_is_the_post() -> None:
    """A discussion holding most of the page's text is still no wrapper of the page: the post is the article."""
    comments = "".join(  # a flat thread: every reply's heading and text straight in the thread's block
        f"<h4># re: Moving in 2004-12-27 12:{n:02d}</h4><p>Welcome aboard, reader {n} says, glad you came!</p>"
        for n in range(25)
    )
    post = (
        "<div class='post'><h2>Moving in</h2><p>Thanks to the editors for the invitation: I am glad to join this "
        "community of developers, and I will write about components and the runtime here.</p>"
        "<p>A word about me: I wrote a column on the language for years, and now I teach it.</p></div>"
    )
    html = (
        "<html><head><title>Moving in - Li's blog</title></head><body><div id='header'><h1>Li's blog</h1></div>"
        f"<div id='main'>{post}<div id='comments'><h3>Comments</h3>{comments}</div></div></body></html>"
    )
    record = extract(html)
    assert "glad to join this community" in record["body"]
    assert "Welcome aboard" not in record["body"]


def test_a_banners_standfirst_gives_way_to_the_article_in_the_next_section() -> None:
    """A Hugo theme's page-title banner holds the headline and a one-line summary; the post is the next
    section. The summary, a third of the post's length, used to outweigh it (a real society's site)."""
    summary = "The society is choosing its commissioners for next year, and every student may apply now!"
    post = [
        "Commissioner applications are open for the coming academic year, and we want to hear from you.",
        "Apply before the fifteenth of April. The positions and what each of them does are listed in our post.",
        "Questions go to the president by email. We look forward to reading every one of your applications!",
    ]
    html = f"""<html><head><title>Applications are open | Students' Society</title></head><body>
    <header class="navigation"><nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li>
    <li><a href="/contact/">Contact</a></li></ul></nav></header>
    <section class="page-title"><div class="container"><div class="row"><div class="col-md-12">
      <div class="block"><h1>Applications are open</h1><p>{summary}</p></div>
    </div></div></div></section>
    <section class="section"><div class="container"><div class="row"><div class="col-lg-12">
      {"".join(f"<p>{line}</p>" for line in post)}
    </div></div></div></section>
    <footer><p>Students' Society, University campus</p></footer></body></html>"""
    record = extract(html, "https://society.example.org/news/applications/")
    assert record["body"] == "\n\n".join(post)


def _table_post(content: str) -> str:
    """An old-style newswire page: the post in a table cell, a byline and a tag line inside the cell."""
    return (
        "<html><head><title>Bike ride to the harbour - Riverside Wire</title></head><body>"
        f"{NAV}<table><tr><td class='headline'><h2>BIKE RIDE TO THE HARBOUR</h2></td><td>12 May 2024</td></tr>"
        "<tr><td colspan='2' class='post-content'><p><small>by Open Publishing</small></p>"
        f"{content}"
        "<p><small><b>Tags:</b> <a href='/tags/cycling'>Cycling</a> , <a href='/tags/harbour'>Harbour</a>"
        " , <a href='/tags/protest'>Protest</a></small></p></td></tr></table>"
        "<footer><p>Riverside Wire, open publishing since 2001.</p></footer></body></html>"
    )


def test_a_short_posts_tag_line_leaves_with_its_label() -> None:
    """The values of a ``<b>Tags:</b> a, b`` line go with their label, even when the post is too short to
    lose its links: the label is the line's, the tags (keywords) are no text of the post."""
    video = "https://video.example.net/watch?v=abc123"
    record = extract(
        _table_post(f"<p>Riders gathered at the bridge.</p><p><a href='{video}'>{video}</a></p>"),
        "https://wire.example.org/news/2024-05-12-bike-ride/",
    )
    assert record["body"] == f"Riders gathered at the bridge.\n\n{video}"
    assert record["keywords"] == ["Cycling", "Harbour", "Protest"]


def test_a_photo_posts_tag_line_is_no_body() -> None:
    """A gallery with no words: its tag line is not its text (the body is empty, not the tags)."""
    gallery = "".join(f"<figure><img src='https://img.example.net/{n}.jpg' alt=''></figure>" for n in range(4))
    record = extract(_table_post(gallery), "https://wire.example.org/news/2024-05-12-bike-ride/")
    assert "Cycling" not in (record["body"] or "")


def test_a_bare_tags_label_in_a_box_of_lists_takes_only_itself() -> None:
    """``<span>Tags:</span>`` opening no line of its own (a box of lists after "Filed under:") stays the
    label's only owner: the column holding the post, the box and the pager is no label line to drop."""
    html = (
        _header_and_article(
            "<figure class='image'><img src='/uploads/p.jpg' alt=''>"
            "<figcaption>Photo: the participants on site.</figcaption></figure>"
        )
        .replace(
            "<div class='blog-tags'><span>Tags:</span>",
            "<div class='blog-tags'><span>Filed under:</span><ul><li><a href='/news/'>News</a></li></ul>"
            "<span>Tags:</span>",
        )
        .replace(
            "</ul></div></div><div class='col-lg-3",
            "</ul></div><ul class='pagination'><li><a href='/news/'>&larr; Back to News</a></li></ul></div>"
            "<div class='col-lg-3",
        )
    )
    assert "Filed under" in html and "Back to News" in html
    record = extract(html)
    assert record["body"] == "Photo: the participants on site."


# --- short posts (1.4.9: docs/realsites.md, hugo-broomhillcc and pelican-familug) -------------


def _residents_post(content: str, between: str = "", site: str = "Harbour Residents") -> str:
    """A blog theme's single page: the headline, a one-line summary and the date · byline line in the
    post's ``<header>``, the post's own text after it, its tags in the post's ``<footer>``."""
    return (
        f"<html><head><title>October meeting | {site}</title>"
        f"<meta name='description' content='The October meeting was held in the church hall on 3 October.'>"
        f"</head><body><header class='top'><nav><a href='/'>{site}</a> <a href='/about/'>About</a>"
        "<a href='/meetings/'>Meetings</a> <a href='/news/'>News</a></nav></header><main class='page'>"
        "<article class='entry-single'><header class='entry-header'><h1 class='entry-title'>October meeting</h1>"
        "<div class='entry-summary'>The October meeting was held in the church hall on 3 October.</div>"
        f"<div class='entry-meta'><span title='2024-10-03'>October 2024</span>&nbsp;·&nbsp;{site}</div>"
        f"</header>{between}<div class='entry-text'>{content}</div>"
        "<footer class='entry-footer'><ul class='entry-tags'><li><a href='/tags/meetings/'>Meetings</a></li>"
        "</ul></footer></article></main>"
        f"<footer class='site-footer'><span>&copy; 2024 {site}</span></footer></body></html>"
    )


def test_a_short_posts_header_is_not_its_body() -> None:
    """The ``<header>`` holding the headline introduces the post (summary, date and byline): when the post
    is two links, the header holds most of the article, and it still is no text of the post."""
    papers = (
        "<h5>Papers</h5><ul><li><a href='/oct24.pdf'>Agenda</a></li><li><a href='/oct24m.pdf'>Minutes</a></li></ul>"
    )
    record = extract(_residents_post(papers), "https://harbour.example.org/october24/")
    assert record["body"] == "Papers\n\nAgenda\n\nMinutes"


def test_a_post_written_inside_its_header_keeps_its_text() -> None:
    """A header is dropped only when the block holds content besides it: a theme that prints a short
    post inside the header (nothing but furniture after it) keeps the post."""
    html = (
        "<html><head><title>Closed today | River Club</title></head><body><main><article>"
        "<header><h1>Closed today</h1><p>The clubhouse is closed today because of the storm, sorry.</p></header>"
        "<footer><a href='/tags/notice/'>Notice</a></footer></article></main></body></html>"
    )
    record = extract(html, "https://club.example.org/closed/")
    assert record["body"] == "The clubhouse is closed today because of the storm, sorry."


def test_a_table_of_contents_is_not_the_posts_text() -> None:
    """A block whose only links go to the page's own anchors, with a title besides, is navigation."""
    toc = (
        "<div class='toc'><details open><summary><span>Table of Contents</span></summary><div class='inner'>"
        "<ul><li><a href='#overview'>Overview of the month</a></li></ul></div></details></div>"
    )
    record = extract(
        _residents_post("<hr><h3 id='overview'>Overview of the month</h3>", between=toc),
        "https://harbour.example.org/june24-report/",
    )
    assert record["body"] == "Overview of the month"


def test_footnotes_linking_to_the_page_stay() -> None:
    """Footnotes link back to the page's anchors too, but their notes are text outside the links."""
    notes = (
        "<p>The bridge reopens in spring.<sup><a href='#fn1'>1</a></sup></p><div class='footnotes'><ol>"
        "<li id='fn1'>Council report, page four. <a href='#ref1'>↩</a></li></ol></div>"
    )
    record = extract(_residents_post(notes), "https://harbour.example.org/bridge/")
    assert "Council report, page four." in record["body"]
    assert record["body"].startswith("The bridge reopens in spring.")


def test_a_short_list_post_is_not_the_sidebar_beside_it() -> None:
    """A post of a few short list items beside a sidebar whose "date · category" line is the page's only
    long line: no paragraph voted, so every line and image votes, and the post wins."""
    html = (
        "<html><head><title>[TIL] Player keys - Notes</title></head><body><div class='navbar'>"
        "<a class='brand' href='/'>Notes</a><ul class='nav'><li><a href='/'>Home</a></li>"
        "<li><a href='/tags.html'>Tags</a></li></ul></div><div class='wrap'><article itemscope>"
        "<div class='row'><header class='page-header'><h1><a href='/til-player-keys.html'>[TIL] Player keys</a>"
        "</h1></header></div><div class='row'><div class='col8 entry'><ul><li><code>+</code>: louder</li>"
        "<li><code>-</code>: quieter</li><li><code>s</code>: stop</li></ul>"
        "<p><img alt='keys' src='/images/keys.webp'></p><p>Done.</p><hr></div>"
        "<section id='post-aside' class='col2'><h4>Published</h4><time datetime='2025-03-03'>Mon 03 March 2025</time>"
        "<h4>Category</h4><a href='/categories.html#notes'>frontpage</a><h4>Tags</h4><ul><li><a href='/tags.html#til'>"
        "til <span>7</span></a></li></ul></section></div></article></div>"
        "<footer><div id='powered'>Powered by: <a href='https://gen.example/'>Gen</a> Theme: "
        "<a href='https://theme.example/'>Plain</a></div></footer></body></html>"
    )
    record = extract(html, "https://notes.example.org/til-player-keys.html")
    assert record["body"] == "+: louder\n\n-: quieter\n\ns: stop\n\nDone."


def test_a_paragraph_without_a_full_stop_still_votes_first() -> None:
    """A ``<p>`` is a paragraph as its author wrote it, punctuated or not: a results post's one-line
    introduction above its table keeps the first vote, and stays in the body."""
    rounds = "".join(f"<td>1w{r}</td>" for r in range(6))
    rows = "".join(
        f"<tr><td>{n}</td><td>Player {n}</td><td>{1500 - 10 * n}</td>{rounds}<td>3</td></tr>" for n in range(20)
    )
    html = (
        "<html><head><title>Summer Rapid | Chess Club</title></head><body><header class='site-header'>"
        "<nav><a href='/'>Home</a> <a href='/about/'>About</a></nav></header><main><article>"
        "<header class='entry-header'><h1 class='entry-title'>Summer Rapid</h1><div class='entry-meta'>Posted on "
        "<time datetime='2024-07-31'>31st July 2024</time></div></header><div class='entry-content'>"
        "<p>Results of the latest club rapid tournament</p><p><img src='/uploads/hall.jpg' alt=''></p>"
        "<table><tbody><tr><td>Place</td><td>Name</td><td>Rating</td><td>Rounds</td><td>Pts</td></tr>"
        f"{rows}</tbody></table></div></article></main></body></html>"
    )
    record = extract(html, "https://chess.example.org/summer-rapid/")
    assert record["body"].startswith("Results of the latest club rapid tournament\n\nPlace")


def test_a_post_written_as_lists_alone_is_read_from_its_own_block() -> None:
    """Eleventy weeknotes: every line a bullet, no <p>; a nested list of links to sources under an item.
    With no paragraph to vote, the page had no block of ours and the library's reading began with the
    skip link and the headline and dropped the nested list."""
    sources = "".join(
        f"<li>{name}'s <a href='https://{name.lower()}.example.com/data'>open {name} layer</a> of sites</li>"
        for name in ("Survey", "Airports", "Streetmap")
    )
    html = (
        "<html><head><title>Metadata, ports, overseas territories</title></head><body>"
        "<a href='#skip' class='visually-hidden'>Skip to main content</a>"
        "<header><a href='/notes/' class='home-link'>GIS team</a><nav><ul class='nav'>"
        "<li><a href='/notes/'>Home</a></li><li><a href='/notes/blog/'>Archive</a></li></ul></nav></header>"
        "<main id='skip'><h1>Metadata, ports, overseas territories</h1>"
        "<ul class='post-metadata'><li><time datetime='2025-03-06'>06 March 2025</time></li></ul>"
        f"<ul><li>{PROSE}</li></ul><h2>Ports data</h2>"
        f"<ul><li>A colleague asked which datasets to use, and we recommended:<ul>{sources}</ul></li></ul>"
        f"<h2>Territories</h2><ul><li>{PROSE}</li></ul>"
        "<ul class='links-nextprev'><li>Previous: <a href='/notes/blog/2025-02-27/'>Power cuts and view layers</a>"
        "</li></ul></main><footer></footer></body></html>"
    )
    record = extract(html, "https://team.example.org/notes/blog/2025-03-06/")
    assert record["rules"]["body"] == "main-content"
    assert "Skip to main content" not in record["body"]
    assert "Streetmap's open Streetmap layer of sites" in record["body"]
    assert record["body"].count("The committee met") == 2


def test_a_card_that_is_one_link_is_no_body_of_a_post_written_as_lists() -> None:
    """A Gatsby theme with CSS-in-JS classes (``css-<hash>``: no word to go by): the post is bullet points
    alone, and the only ``<p>`` of the page are the next-post card's, a block inside one ``<a>`` ("Next
    Post" / the next title). The card's paragraph outvoted the lists and became the body; a block inside a
    link is all link text: the post's lists are read instead."""
    items = "".join(f"<li>{PROSE}</li>" for _ in range(3))
    html = (
        "<html><head><title>Why this notebook | Notes</title></head><body><div id='___gatsby'>"
        "<div class='css-8ezs2g'><nav class='css-1mqm4zt'><a class='css-1usmgm5' href='/'>Notes</a></nav>"
        "<div class='css-w27u98'><div class='css-1bdwg0l'><h1 class='css-1abxlfd'>Why this notebook</h1>"
        "<h2 class='css-cpn9zx'>2021-08-01</h2></div>"
        "<div class='css-1bdwg0l'><div><div class='css-c0q8g3'>"
        f"<ul>{items}</ul><h1>What it will hold</h1><ul>{items}</ul></div></div></div></div>"
        "<div class='css-17t1oy1'><a class='css-xhvfnc' href='/Configuring/Professors-Master-Class/'>"
        "<div class='css-v38or'><p class='css-2m7hin'>Next Post</p>"
        "<p>Notes from the professor's master class on study routines</p></div></a></div>"
        "</div><footer class='css-1k8xcyw'><a href='https://example.com/'>Notes</a></footer></div></body></html>"
    )
    record = extract(html, "https://notes.example.io/Configuring/Why-this-notebook/")
    assert record["body"].count("The committee met") == 6
    assert "Next Post" not in record["body"]


def test_a_post_an_unclosed_link_swallows_is_still_its_text() -> None:
    """An unclosed ``<a>`` in the top bar: the parser closes it at the end of the page, so the post, its headline
    and the footer all sit inside that link. A link wrapping the headline and most of the page is a broken
    tag, not a card: the post stays the body."""
    html = (
        "<html><head><title>Harbour plans | River Club</title></head><body>"
        "<a href='/'>River Club <span>home</span>"
        f"<div class='post'><h1>Harbour plans</h1><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
        "<div class='footer'>River Club, 1 Quay Street</div></body></html>"
    )
    record = extract(html)
    assert record["body"].count("The committee met") == 3


@pytest.mark.parametrize(
    "page",
    [
        '<div id="c"><a href="a.html">a</a><img src="/i.png"><a href="http://[broken">b</a><p style="x">t</p></div>',
        '<head><base href="http://other.test/sub/"></head><div id="c"><a href="a.html">a</a><img src="i.png"></div>',
        '<div id="c"><a href=" ../up.html ">a</a><p style="background: url(bg.png)">t</p></div>',
    ],
)
def test_links_made_absolute_as_lxml_makes_them(page: str) -> None:
    """The body's links are made absolute as ``make_links_absolute(..., resolve_base_href=False,
    handle_failures="discard")`` makes them, a document's ``<base href>`` included (lxml applies it anyway)."""
    from lxml import etree

    from archiver.extract.body import make_links_absolute
    from archiver.extract.html import parse_html

    ours, lxmls = (parse_html(f"<html>{page}<body><p>x</p></body></html>")[0] for _ in range(2))
    make_links_absolute(ours.get_element_by_id("c"), "http://site.test/news/1.html")
    lxmls.get_element_by_id("c").make_links_absolute(
        "http://site.test/news/1.html", resolve_base_href=False, handle_failures="discard"
    )
    assert etree.tostring(ours) == etree.tostring(lxmls)
