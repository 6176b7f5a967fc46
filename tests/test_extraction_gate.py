"""Regression gate for generic extraction, in the manner of trafilatura's ``eval_gate``.

Small pages written for this test, in several languages and layouts (a WordPress-like blog,
a Chinese table-layout portal, a German news site with BEM classes and teasers, a Hexo code
post, a React news site with one block per paragraph, a Chinese news page with a relative
date, a Japanese page, a report with a table, a list and a caption, a Jekyll image post whose
headline sits in a ``<header>``, a news story split into columns of ``p.font-copy`` paragraphs
between ads, a DedeCMS page with a summary box, a news story with captioned photos and a list
of links to other stories inside it). Each gives the fields a
reader would take from it. The scores are the public bench's (bench/extraction_scoring.py);
the gate fails when quality drops below the thresholds, on any page or on average.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from archiver.extract import extract_article
from bench.extraction_scoring import same_authors, same_day, same_minute, same_title, token_f1

CAPTURED = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
MIN_PAGE_BODY_F1 = 0.9
MIN_MEAN_BODY_F1 = 0.97
MIN_FIELD_SHARE = 1.0  # title, day, minute (where given), author: every page


@dataclass(frozen=True)
class Case:
    name: str
    url: str
    html: str
    title: str
    paragraphs: tuple[str, ...]
    date: str | None  # ISO, with the offset the page means
    authors: tuple[str, ...] = ()


EN = (
    "Volunteers repainted the harbour school over the weekend, and the parents who came brought food "
    "for everyone who worked.",
    "The council will pay for new windows next spring, after the inspectors finish their report on "
    "the roof and the walls.",
    "Teachers said the children would move back in January, once the heating has been tested twice.",
)
ZH = (
    "11月22日上午，市行业协会召开第二次会员代表大会，来自各会员单位的一百二十余名代表参加会议。",
    "会议听取并审议了理事会工作报告和财务报告，选举产生了新一届理事会和监事会。",
    "会长在讲话中指出，协会将继续加强行业自律，推动会员企业提升服务质量，为行业发展作出新的贡献。",
)
DE = (
    "Die Stadt hat am Montag neue Pläne für den Hafen vorgestellt, die bis zum Sommer umgesetzt werden sollen.",
    "Nach Angaben der Verwaltung kosten die Arbeiten rund zwölf Millionen Euro, die zum Teil vom Land kommen.",
    "Anwohner können ihre Fragen bei einer Versammlung im Rathaus stellen, die für den Herbst geplant ist.",
)
JA = (
    "市は月曜日、港の新しい計画を発表し、夏までに工事を始めると説明した。",
    "工事費はおよそ十二億円で、その一部は県が負担する見込みだという。",
    "住民向けの説明会は秋に市役所で開かれる予定である。",
)


def _p(paragraphs: tuple[str, ...]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


CASES = [
    Case(
        "wordpress-blog",
        "https://harbour-notes.example.org/2024/05/02/school/",
        (
            "<html lang='en'><head><title>The school is painted again &#8211; Harbour Notes</title>"
            "<meta property='og:site_name' content='Harbour Notes'>"
            "<meta property='article:published_time' content='2024-05-02T08:15:00+01:00'></head><body>"
            "<div id='cookie-banner' class='cookie-notice'><p>We use cookies to improve your experience on this site, "
            "accept them or read our policy.</p></div>"
            "<header class='site-header'><a href='/'>Harbour Notes</a><nav><a href='/'>Home</a><a href='/about/'>About</a>"
            "</nav></header><main><article class='post'><h1 class='entry-title'>The school is painted again</h1>"
            "<p class='byline'>By Jane Doe and John Roe</p>"
            f"<div class='entry-content'>{_p(EN)}<div class='sharedaddy'><a href='/s'>Share on X</a>"
            "<a href='/f'>Share on Facebook</a></div></div></article>"
            "<section class='related-posts'><h3>Related</h3><ul><li><a href='/a/'>Older school news from the harbour, "
            "with pictures</a></li></ul></section><div id='comments' class='comments-area'><p>Great work everyone, "
            "and thanks for the food, it was lovely to see so many people.</p></div></main>"
            "<footer><p>Copyright Harbour Notes</p></footer></body></html>"
        ),
        "The school is painted again",
        EN,
        "2024-05-02T08:15:00+01:00",
        ("Jane Doe", "John Roe"),
    ),
    Case(
        "zh-table-portal",
        "http://www.hyxh.example.cn/news/show.asp?id=1859",
        (
            "<html><head><meta charset='utf-8'><title>市行业协会召开第二次会员代表大会-市行业协会</title></head><body>"
            "<table class='top'><tr><td><a href='/'>首页</a> <a href='/news/'>协会动态</a></td></tr></table>"
            "<table width='960'><tr><td class='left'><div class='leftnav'><a href='/a'>通知公告</a>"
            "<a href='/b'>政策法规</a></div></td><td class='main'>"
            "<div class='position'>当前位置：首页 &gt; 协会动态 &gt; 正文</div>"
            "<h2 class='title'>市行业协会召开第二次会员代表大会</h2>"
            "<div class='info'>来源：市行业协会 作者：张三 发布时间：2024-11-22 09:14 浏览次数：128</div>"
            f"<div class='content'>{_p(ZH)}</div><div class='prevnext'><p>上一篇：<a href='/1858'>协会举办培训班</a></p>"
            "<p>下一篇：<a href='/1860'>协会走访会员企业</a></p></div></td></tr></table>"
            "<div class='footer'>版权所有 市行业协会 备案号</div></body></html>"
        ),
        "市行业协会召开第二次会员代表大会",
        ZH,
        "2024-11-22T09:14:00+08:00",
        ("张三",),
    ),
    Case(
        "de-bem-news",
        "https://www.stadtzeitung.example.de/lokales/hafen-plaene-12345.html",
        (
            "<html lang='de'><head><title>Neue Pläne für den Hafen | Stadtzeitung</title>"
            '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": "Neue Pläne für den Hafen",'
            ' "datePublished": "2024-03-04T07:30:00+01:00", "author": [{"@type": "Person", "name": '
            '"Anna Schmidt"}], "publisher": {"@type": "Organization", "name": "Stadtzeitung"}}</script>'
            "</head><body><div class='o-Grid'><div class='o-ModuleWrapper o-ModuleWrapper-has-no-bottom-gap'>"
            "<article class='atc'><h1 class='atc-Headline'>Neue Pläne für den Hafen</h1>"
            f"<div class='atc-Text'>{_p(DE)}</div></article></div>"
            "<div class='o-Grid_Col-is-beside'><div class='tsr-Base_Content'><p>Lesen Sie auch: Wie der Hafen vor "
            "hundert Jahren aussah, und was davon geblieben ist.</p></div><div class='tsr-Base_Content'><p>Newsletter: "
            "Alles aus der Stadt, jeden Morgen, kostenlos, jetzt anmelden.</p></div></div></div></body></html>"
        ),
        "Neue Pläne für den Hafen",
        DE,
        "2024-03-04T07:30:00+01:00",
        ("Anna Schmidt",),
    ),
    Case(
        "hexo-code-post",
        "https://ljweb.example.xyz/2021/11/28/delay/",
        (
            "<html lang='zh-CN'><head><meta name='generator' content='Hexo 5.4.0'><title>单片机的延时函数 | 小站</title>"
            "</head><body><aside class='sidebar'><div class='widget-body'><div class='content'>怕什么真理无穷，"
            "进一寸有一寸的欢喜。</div></div></aside><article class='article'><h1 class='article-title'>单片机的延时函数"
            "</h1><time datetime='2021-11-28T16:00:00.000Z' itemprop='datePublished'>2021-11-29</time>"
            f"<div class='article-entry' itemprop='articleBody'><p>{ZH[0]}</p>"
            "<figure class='highlight c'><table><tr><td class='gutter'><pre>1\n2</pre></td><td class='code'><pre>"
            "<span class='keyword'>void</span> delay(<span class='keyword'>unsigned</span> <span class='type'>int</span> n)"
            " { <span class='keyword'>while</span> (n--); }</pre></td></tr></table></figure>"
            f"<p>{ZH[1]}</p></div></article></body></html>"
        ),
        "单片机的延时函数",
        (ZH[0], "1 2", "void delay(unsigned int n) { while (n--); }", ZH[1]),
        "2021-11-29T00:00:00+08:00",
    ),
    Case(
        "react-blocks",
        "https://www.news.example.com/news/articles/c123",
        (
            "<html lang='en'><head><title>Harbour school reopens - Example News</title>"
            "<meta property='article:published_time' content='2024-04-25T10:05:00.000Z'></head><body><div id='__next'>"
            "<main id='main-content'><article><h1>Harbour school reopens</h1>"
            + "".join(f"<div class='sc-82b x'><div class='sc-cd6 y'><p>{p}</p></div></div>" for p in EN[:2])
            + "<div class='ad-slot-container'><p>Advertisement</p></div>"
            + f"<div class='sc-82b x'><div class='sc-cd6 y'><p>{EN[2]}</p></div></div>"
            "</article><section class='more-stories'><a href='/x'>Storms in the bay, and the boats that stayed</a>"
            "</section></main></div></body></html>"
        ),
        "Harbour school reopens",
        EN,
        "2024-04-25T10:05:00+00:00",
    ),
    Case(
        "zh-relative-date",
        "https://news.example.cn/society/20261123/a.html",
        (
            "<html><head><title>代表大会顺利召开_社会新闻</title></head><body><div class='nav'><a href='/'>首页</a></div>"
            "<div class='article'><h1>代表大会顺利召开</h1><div class='meta'>3小时前</div>"
            f"<div class='article-body'><p>记者 伊琳 李清芬</p>{_p(ZH)}</div></div></body></html>"
        ),
        "代表大会顺利召开",
        ZH,
        "2026-11-23T17:00:00+08:00",
        ("伊琳", "李清芬"),
    ),
    Case(
        "ja-news",
        "https://www.shinbun.example.jp/news/20240501/",
        (
            "<html lang='ja'><head><title>港の新計画を発表 | 市民新聞</title></head><body>"
            "<header><nav><a href='/'>トップ</a></nav></header><article><h1>港の新計画を発表</h1>"
            f"<time datetime='2024-05-01T10:00:00+09:00'>2024年5月1日 10:00</time><div class='article-body'>{_p(JA)}"
            "</div></article></body></html>"
        ),
        "港の新計画を発表",
        JA,
        "2024-05-01T10:00:00+09:00",
    ),
    Case(
        "report-table-list",
        "https://assoc.example.org/reports/2024-annual/",
        (
            "<html lang='en'><head><title>Annual report 2024 | Safety Association</title>"
            "<meta property='article:published_time' content='2024-02-01T12:00:00+00:00'></head><body>"
            "<nav class='menu'><a href='/'>Home</a></nav><main><h1>Annual report 2024</h1><div class='post-content'>"
            f"<p>{EN[0]}</p><table><tr><th>Year</th><th>Members</th></tr><tr><td>2023</td><td>112</td></tr>"
            "<tr><td>2024</td><td>128</td></tr></table><ul><li>New windows for the school</li>"
            "<li>Training for forty guards</li></ul><figure><img src='/r.jpg'><figcaption>Members at the annual "
            f"meeting</figcaption></figure><p>{EN[1]}</p></div></main>"
            "<footer class='site-footer'><p>Safety Association, 1 Harbour Road</p></footer></body></html>"
        ),
        "Annual report 2024",
        (
            EN[0],
            "Year Members 2023 112 2024 128",
            "New windows for the school",
            "Training for forty guards",
            EN[1],  # the picture's caption is not the report's text (the public sets' truths agree)
        ),
        "2024-02-01T12:00:00+00:00",
    ),
    Case(
        "jekyll-image-post",  # the headline and its date line in a <header>, the post beside it: a figure
        "https://club.example.org/news/2024/11/10/meeting-7.html",
        (
            "<html lang='en'><head><title>Meeting No. 7 | River Club</title></head><body>"
            "<nav class='navbar'><a href='/news/'>News</a><a href='/events/'>Events</a></nav>"
            "<header class='header-section'><div class='intro-header'><div class='post-heading'>"
            "<h1>Meeting No. 7</h1><span class='post-meta'>Posted on November 10, 2024</span></div></div></header>"
            "<div class='container' role='main'><article class='blog-post'><figure class='image'>"
            "<img src='/uploads/p7.jpg' alt=''><figcaption>Photo: the participants on site.</figcaption>"
            "</figure></article><div class='col-lg-3 sidebar'><h4>Recent posts</h4><ul>"
            + "".join(
                f"<li><a href='/news/{n}.html'>The club Holds Meeting No. {n} on Safety</a></li>" for n in range(8)
            )
            + "</ul></div></div><footer><p class='copyright'>River Club &bull; 2024</p></footer></body></html>"
        ),
        "Meeting No. 7",
        ("Photo: the participants on site.",),
        None,
    ),
    Case(
        "news-columns-design-system",  # p.font-copy paragraphs, a story split into columns between ads
        "https://daily.example.com/2024/04/26/harbour-school/",
        (
            "<html lang='en'><head><title>The harbour school reopens - The Daily</title></head><body>"
            "<article><header><h1>The harbour school reopens</h1></header><section class='meteredContent'>"
            + "<div class='ad'><p>Advertisement</p></div>".join(
                f"<div class='StoryBodyCompanionColumn'><div class='css-53u6y8'><p class='wpds-c-x font-copy'>{text}"
                f"</p><p class='wpds-c-x font-copy'>{text}</p></div></div>"
                for text in EN
            )
            + "</section></article><div id='comments'><h3>Comments</h3>"
            "<div class='comment'><p>Great news, thanks!</p></div></div>"
            "<aside class='related'><ul><li><a href='/a'>Another story</a></li></ul></aside></body></html>"
        ),
        "The harbour school reopens",
        tuple(text for text in EN for _ in range(2)),
        None,
    ),
    Case(
        "dedecms-intro-box",  # a summary box cut with "…" above the text, a separator line, prev/next
        "http://assoc.example.cn/a/news/20241116/310.html",
        (
            "<html><head><meta charset='utf-8'><title>第二次会员代表大会召开_某某市行业协会</title></head><body>"
            "<div class='pleft'><div class='viewbox'><div class='title'><h2>第二次会员代表大会召开</h2></div>"
            "<div class='info'><small>发布时间：</small>2024-11-22 10:59 <small>来源：</small>协会</div>"
            f"<div class='intro'>{ZH[0][:30]}…</div>"
            f"<div class='content'><table width='100%'><tr><td>{_p(ZH)}</td></tr></table></div>"
            "<div class='boxoff'><strong>------分隔线----------------------------</strong></div>"
            "<div class='handle'><div class='context'><ul><li>上一篇：没有了 </li><li>下一篇：没有了 </li></ul>"
            "</div></div></div></div></body></html>"
        ),
        "第二次会员代表大会召开",
        ZH,
        "2024-11-22T10:59:00+08:00",
    ),
    Case(
        "news-photos-related-list",  # captioned photos and a list of links to other stories inside the story
        "https://courier.example.com/region/2025/03/harbour-school-reopens-1234.html",
        (
            "<html lang='en'><head><title>Harbour school reopens after repairs | The Courier</title>"
            "<meta property='article:published_time' content='2025-03-04T08:15:00+01:00'></head><body>"
            "<nav class='site-nav'><a href='/'>Home</a><a href='/region/'>Region</a></nav>"
            "<article class='story'><h1>Harbour school reopens after repairs</h1>"
            "<figure class='lead-image'><picture><img src='/img/school.jpg' alt=''></picture>"
            "<figcaption><span class='caption-text'>Parents and volunteers in front of the repainted school on "
            "Saturday morning.</span><span class='credit'>Photo: Anna Berg / The Courier</span></figcaption></figure>"
            f"<p>{EN[0]}</p><p>{EN[1]}</p>"
            "<ul class='more-stories'>"
            + "".join(
                f"<li><a href='/region/2025/0{n}/story-{n}.html'>Council approves budget for harbour road, part {n}</a>"
                "</li>"
                for n in range(1, 5)
            )
            + "</ul><figure class='inline-image'><img src='/img/roof.jpg' alt=''><figcaption>The new roof, "
            "finished in February. Photo: Anna Berg</figcaption></figure>"
            f"<p>{EN[2]}</p><p>{EN[0]}</p></article>"
            "<footer class='site-footer'><p>The Courier, 4 Market Street</p></footer></body></html>"
        ),
        "Harbour school reopens after repairs",
        (EN[0], EN[1], EN[2], EN[0]),
        "2025-03-04T08:15:00+01:00",
    ),
]


def _scores(case: Case) -> dict[str, float | bool | None]:
    record = extract_article(case.html, case.url, captured_at=CAPTURED)
    has_time = bool(case.date) and "T00:00:00" not in (case.date or "")
    return {
        "body_f1": token_f1(record["body"], "\n".join(case.paragraphs)),
        "title": same_title(record["title"], case.title),
        "day": same_day(record["published_at"], case.date) if case.date else None,
        "minute": same_minute(record["published_at"], case.date) if has_time else None,
        "author": same_authors(record["authors"], case.authors) if case.authors else None,
    }


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_page_keeps_its_article(case: Case) -> None:
    scores = _scores(case)
    assert scores["body_f1"] >= MIN_PAGE_BODY_F1, scores
    assert all(v is not False for k, v in scores.items() if k != "body_f1"), scores


def test_gate_over_all_pages() -> None:
    scores = [_scores(case) for case in CASES]
    mean_f1 = sum(s["body_f1"] for s in scores) / len(scores)
    assert mean_f1 >= MIN_MEAN_BODY_F1, f"mean body F1 {mean_f1:.3f}"
    for field in ("title", "day", "minute", "author"):
        given = [s[field] for s in scores if s[field] is not None]
        assert given and sum(given) / len(given) >= MIN_FIELD_SHARE, (field, given)
