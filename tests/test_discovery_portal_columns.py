"""Site shapes of an association's and a school's CMS portals (session 11, docs/realsites.md "Misses left"),
written small by hand: a menu that marks the current section and links it (so each section's page prints the
menu with one entry more than the analysis keeps), profile pages numbered like a listing's pages, a column of
picture news whose listing prints no dates beside a news column whose listing does, and a column front whose
boxes of dated documents hold five, two and one entries. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import ARTICLE, LISTING, PAGE, UNDECIDED, SiteModel
from archiver.extract.html import parse_html

H = "http://school.test"
ALLOWED = frozenset({"school.test"})
SECTIONS = [
    ("/", "学校首页 School home"),
    ("/feature/", "学校特色 Our features"),
    ("/majors/", "热门专业 Popular majors"),
    ("/offers/", "教学成果 Offers received"),
    ("/parents/", "家长心声 Parents' voices"),
    ("/news/", "新闻中心 News centre"),
    ("/apply/", "报名攻略 How to apply"),
    ("/team/", "教学团队 Our teachers"),
    ("/about/", "关于学校 About the school"),
]
PROSE = "".join(
    f"<p>学校第{n}次组织学生参加技能竞赛，同学们认真准备，取得了优异的成绩，受到老师和家长的好评。</p>"
    for n in range(5)
)


def menu(current: str) -> str:
    """The site's menu, its current section's entry marked ``li.cur`` (and still linking the section)."""
    items = "".join(
        f'<li{" class=cur" if url == current else ""}><a href="{url}"><p>{name}</p></a></li>' for url, name in SECTIONS
    )
    return f'<div class="header"><div class="headerNav"><ul class="container">{items}</ul></div></div>'


def page(current: str, title: str, body: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body>{menu(current)}<div class='main'>{body}</div>"
        "<div class='foot'>地址：成都市 电话：028-0000000</div></body></html>"
    )


def analysed(html: str, url: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + url, ALLOWED, html)


def section_front(url: str, title: str) -> str:
    """A section's page: a short introduction and a list of its documents, undated."""
    docs = "".join(f'<li><a href="{url}doc{n}.html">{title}的第{n}份介绍材料和说明文件</a></li>' for n in range(3))
    return page(url, title, f"<h3>{title}</h3><p>本栏目介绍学校的相关情况。</p><ul class='docs'>{docs}</ul>")


def test_a_menu_printed_on_its_own_sections_pages_is_one_menu() -> None:
    """Each section's page prints the menu with its own entry marked ``li.cur``, linking itself: the analysis
    leaves that link out, so every section's copy of the menu held another eight of the nine entries, and the
    menu was chrome only once a page outside the menu had been read twice from two listings. A college profile
    (``/colleges/10.html``, numbered like a page of ``/colleges/``) read first printed all nine, was seen on one
    listing only and was taken for a listing of the menu, in one crawl order and not in another (cms-cdjzz)."""
    model = SiteModel()
    model.enter(H + "/")
    for url, name in SECTIONS[1:5]:
        front = analysed(section_front(url, name), url)
        model.observe(front)
        model.classify(front, has_body=True)
    profile = analysed(page("", "四川交通职业技术学院", "<h3>四川交通职业技术学院</h3>" + PROSE), "/colleges/10.html")
    [nav] = [g for g in profile.groups if "headerNav" in g.key]
    model.observe(profile)
    assert model.is_chrome(nav)
    assert model.classify(profile, has_body=True).role != LISTING


def test_the_menus_own_entry_is_read_where_the_page_links_itself() -> None:
    """The current section's link (in ``li.cur``) is the menu's entry for the page itself; a link to the page
    elsewhere (a breadcrumb's last step) belongs to that place's group, not the menu's."""
    front = analysed(section_front("/offers/", "教学成果"), "/offers/")
    [nav] = [g for g in front.groups if "headerNav" in g.key]
    assert nav.own_link == H + "/offers/" and len(nav.urls) == 8 and len(nav.printed) == 9
    profile = analysed(page("", "学院介绍", PROSE), "/colleges/10.html")
    [nav] = [g for g in profile.groups if "headerNav" in g.key]
    assert nav.own_link is None and len(nav.printed) == 9


def post(title: str, day: str) -> str:
    """The association's article template: the one <h1> and the day it prints under it."""
    return page(
        "/news/",
        f"协会网-{title[:4]}",
        f"<div class='content-top'><h1>{title}</h1><p class='time'>{day} 10:42</p></div>"
        f"<div class='content-bottom'>{PROSE}</div>",
    )


def dated_list(entries: list[tuple[str, str, str]]) -> str:
    items = "".join(f'<li><a href="{u}">{t}</a><span>{d}</span></li>' for u, t, d in entries)
    return page("/news/", "协会网-新闻", f"<ul class='list'>{items}</ul>")


def picture_list(entries: list[tuple[str, str]]) -> str:
    """A column of picture news: a photo and a headline each, no date."""
    items = "".join(
        f'<li><a href="{u}"><img src="/p{n}.jpg"></a><a href="{u}">{t}</a></li>' for n, (u, t) in enumerate(entries)
    )
    return page("/news/", "协会网-图片新闻", f"<ul class='pics'>{items}</ul>")


NEWS = [
    (
        f"/info/news/2021{m:02d}/t2021{m:02d}0{m}_{500 + m}.html",
        f"协会召开第{m}次理事会议研究部署全年重点工作",
        f"2021-{m:02d}-0{m}",
    )
    for m in range(1, 8)
]
PICTURES = [
    (f"/info/pics/2021{m:02d}/t2021{m:02d}1{m}_{600 + m}.html", f"会长赴基层调研行业发展情况并座谈交流第{m}期")
    for m in range(1, 4)
]


def model_after_the_columns() -> tuple[SiteModel, list[PageAnalysis]]:
    """The news listing (dated) and its posts, the picture column (undated) and its posts, read in that order."""
    model = SiteModel()
    model.enter(H + "/")
    for url, html in [("/info/news/", dated_list(NEWS)), ("/info/pics/", picture_list(PICTURES))]:
        model.reach(H + url)  # the home's menu links both columns
        listing = analysed(html, url)
        model.observe(listing)
        assert model.classify(listing, has_body=True, expected_listing=True).role == LISTING
    for url, title, day in NEWS:
        news = analysed(post(title, day), url)
        model.observe(news)
        assert model.classify(news, has_body=True).role == ARTICLE
    held = []
    for (url, title), day in zip(PICTURES, ["2021-01-11", "2021-02-12", "2021-03-13"], strict=True):
        picture = analysed(post(title, day), url)
        model.observe(picture)
        assert model.classify(picture, has_body=True).role == UNDECIDED
        held.append(picture)
    return model, held


def test_picture_news_of_an_undated_column_with_the_look_of_the_listed_posts_are_posts() -> None:
    """The picture column's listing prints no dates, where the news listing dates every post: its records were
    "a record of undated lists only, of a family no listing dates" and placed as pages (trs-cpaxj's 9 picture
    news), although each prints its day under the same <h1> as the news posts, at the news posts' URL pattern
    with one folder changed (``/info/pics/{n}/*.html`` beside ``/info/news/{n}/*.html``)."""
    model, held = model_after_the_columns()
    decisions = model.resolve_all([(picture, True, None) for picture in held])
    assert {d.role for d in decisions.values()} == {ARTICLE}


def test_an_undated_columns_page_of_another_look_stays_a_page() -> None:
    """A statute the same undated list links, dated by its last revision but filed elsewhere (``/about/…``): not
    the look of the listed posts, so the rule for undated records still makes it a page."""
    model, _ = model_after_the_columns()
    statute = analysed(post("协会章程（2021年修订）", "2021-05-20"), "/about/rules/statute.html")
    assert placed_records(model, [statute], "/info/pics/") == {PAGE}


def placed_records(model: SiteModel, pages: list[PageAnalysis], listing: str) -> set[str]:
    """``pages`` listed by the undated ``listing`` (linked by the site's menu), read, then placed at the crawl's
    end: the roles they were placed as."""
    for record in pages:
        model.members.add(record.url, H + listing)
        model.reach(record.url)
        model.observe(record)
    return {d.role for d in model.resolve_all([(record, True, None) for record in pages]).values()}


def column_front() -> str:
    """A special column's front: boxes of dated documents, one box per sub-column (5, 2 and 1 entries)."""
    boxes = []
    for name, count in [("通知", 5), ("文件", 2), ("进度查询", 1)]:
        items = "".join(
            f'<li><a href="/topic/{name}/2019{n:02d}/t2019{n:02d}2{n}_{n}.html">关于{name}的第{n}号事项说明</a>'
            f"<span>(2019-{n:02d}-2{n})</span></li>"
            for n in range(1, count + 1)
        )
        boxes.append(f"<div class='box'><h4>{name}</h4><ul class='list'>{items}</ul></div>")
    return page("", "协会网-会员申请", "".join(boxes))


def test_a_box_of_one_document_beside_boxes_of_more_dates_its_document_not_the_page() -> None:
    """The box holding a single document is a list like its neighbours: the day beside its one entry is the
    entry's. Read as the page's own date it made the column front "a listing's record, with a date", an
    article, and its documents were left "reached only from other pages" (trs-cpaxj's membership column)."""
    front = analysed(column_front(), "/topic/index.html")
    assert not front.has_date


COLLEGES = [(f"/colleges/{n}.html", f"第{n}职业技术学院（国家示范院校）") for n in range(1, 4)]


def read_listing(model: SiteModel, html: str, path: str) -> None:
    """The model reaches the listing at ``path`` from the menu and reads it: a listing."""
    model.reach(H + path)
    listing = analysed(html, path)
    model.observe(listing)
    assert model.classify(listing, has_body=True, expected_listing=True).role == LISTING


def roles_placed(model: SiteModel, pages: list[PageAnalysis]) -> set[str]:
    """The roles the held ``pages`` are placed in at the crawl's end, each observed first."""
    for page_analysis in pages:
        model.observe(page_analysis)
    return {d.role for d in model.resolve_all([(p, True, None) for p in pages]).values()}


def profile(name: str) -> str:
    """A recommended college's page: the layout of the posts, a paragraph, no date."""
    return post(name, "").replace("<p class='time'> 10:42</p>", "")


def college_list() -> str:
    """The colleges' listing: each entry labelled with the day the CMS entered it."""
    items = "".join(
        f'<li><a href="{u}">{t}</a><ul><li><b>[ 发布时间 ]</b><span>2017-04-13</span></li></ul></li>'
        for u, t in COLLEGES
    )
    return page("", "协会网-优秀大学", f"<ul class='colleges'>{items}</ul>")


def test_profiles_only_their_listing_dates_where_the_posts_date_themselves_are_pages() -> None:
    """The colleges' listing prints "[ 发布时间 ] 2017-04-13" beside each college; the college's own page prints no
    date, where the news posts of the same layout print theirs: a profile, not a post (cms-cdjzz's colleges,
    "a listing's record, dated by a listing")."""
    model, _ = model_after_the_columns()
    model.reach(H + "/colleges/")
    listing = analysed(college_list(), "/colleges/")
    model.observe(listing)
    assert model.classify(listing, has_body=True, expected_listing=True).role == LISTING
    held = []
    for url, name in COLLEGES:
        college = analysed(profile(name), url)
        assert not college.has_date
        model.observe(college)
        assert model.classify(college, has_body=True).role == UNDECIDED
        held.append(college)
    assert {d.role for d in model.resolve_all([(c, True, None) for c in held]).values()} == {PAGE}


def test_posts_dated_on_their_listing_only_stay_posts() -> None:
    """A theme that prints its posts' dates on the listing only: most posts of the layout print no date of their
    own, and the listing's date makes each a post."""
    model = SiteModel()
    model.enter(H + "/")
    model.reach(H + "/info/news/")
    listing = analysed(dated_list(NEWS), "/info/news/")
    model.observe(listing)
    assert model.classify(listing, has_body=True, expected_listing=True).role == LISTING
    held = []
    for url, title, _ in NEWS:
        news = analysed(profile(title), url)
        model.observe(news)
        held.append(news)
        assert model.classify(news, has_body=True).role == UNDECIDED
    assert {d.role for d in model.resolve_all([(n, True, None) for n in held]).values()} == {ARTICLE}


def test_a_post_of_a_stream_of_dated_posts_left_undated_stays_a_post() -> None:
    """One news post whose own page prints no date (its author left it out), in the family of news posts that
    print theirs: the listing's day dates it, as before; it is no profile."""
    model, _ = model_after_the_columns()
    url, title = "/info/news/202108/t20210808_508.html", "协会召开第8次理事会议研究部署全年重点工作"
    model.reach(H + "/info/news/")
    listing = analysed(dated_list([*NEWS, (url, title, "2021-08-08")]), "/info/news/")
    model.observe(listing)
    assert model.classify(listing, has_body=True, expected_listing=True).role == LISTING
    undated = analysed(profile(title), url)
    model.observe(undated)
    assert model.classify(undated, has_body=True).role == UNDECIDED
    assert model.resolve_all([(undated, True, None)])[undated.url].role == ARTICLE


def test_a_post_whose_url_names_its_day_is_dated_by_it() -> None:
    """An English edition's posts print no date, where the Chinese posts of the same layout print theirs; their
    listing dates them and their file is named by the day (``t20210808_9.html``), as TRS WCM names every document:
    posts, not profiles (trs-pmodlh's English edition)."""
    model, _ = model_after_the_columns()
    english = [(f"/en/news/2021{m:02d}/t2021{m:02d}0{m}_{900 + m}.html", f"Council meeting number {m} held in Beijing")
               for m in range(1, 4)]  # fmt: skip
    read_listing(model, dated_list([(u, t, f"2021-{m + 1:02d}-0{m + 1}") for m, (u, t) in enumerate(english)]),
                 "/en/news/")  # fmt: skip
    assert roles_placed(model, [analysed(profile(title), url) for url, title in english]) == {ARTICLE}


def test_profiles_stay_pages_on_a_rerun_that_leaves_the_posts_alone() -> None:
    """A re-run whose news posts are not due fetches none of them: the model learns them from the archive's
    copies (``SiteModel.remember``), so the colleges only their listing dates are pages again, as on the first
    run (cms-cdjzz's second run archived its 7 profiles and raised the coverage alarm)."""
    model = SiteModel()
    model.enter(H + "/")
    read_listing(model, dated_list(NEWS), "/info/news/")
    for url, title, day in NEWS:  # at rest: read back from the archive, not fetched
        model.remember(analysed(post(title, day), url))
    read_listing(model, college_list(), "/colleges/")
    assert roles_placed(model, [analysed(profile(name), url) for url, name in COLLEGES]) == {PAGE}


def test_a_remembered_post_is_counted_once() -> None:
    """A post remembered and then fetched after all (a listing's later page, a revisit) is one listed post: the
    counts that weigh the site's posts do not grow with it."""
    model = SiteModel()
    model.enter(H + "/")
    read_listing(model, dated_list(NEWS), "/info/news/")
    url, title, day = NEWS[0]
    page_of_post = analysed(post(title, day), url)
    model.remember(page_of_post)
    counted = (sum(model.template_listed.values()), sum(model.template_self_dated.values()))
    model.remember(page_of_post)
    model.observe(page_of_post)
    assert model.classify(page_of_post, has_body=True).role == ARTICLE
    assert (sum(model.template_listed.values()), sum(model.template_self_dated.values())) == counted == (1, 1)


STORIES = [(f"/edu/stories/{n}.html", f"毕业生成长故事第{n}篇：在建筑工地上找到自己的方向") for n in range(20, 28)]


def test_one_story_that_dates_itself_does_not_make_its_undated_siblings_posts() -> None:
    """A school's students' stories, listed with the day the CMS entered each, share the news posts' layout; one of
    the eight prints a day of its own. Read first (the order of one crawl in eight on cms-cdjzz), it was an article
    of the stories' URL family that dates itself, and the other seven, only their listing dating them, became
    posts too ("dated by a listing"). One dated story among eight makes no stream of dated posts: the seven are
    pages, whichever story the crawl read first."""
    model, _ = model_after_the_columns()
    read_listing(model, dated_list([(url, title, "2016-09-01") for url, title in STORIES]), "/edu/stories/")
    (dated_url, dated_title), *undated = STORIES
    dated_story = analysed(post(dated_title, "2016-09-01"), dated_url)
    model.observe(dated_story)
    assert model.classify(dated_story, has_body=True).role == ARTICLE
    assert roles_placed(model, [analysed(profile(title), url) for url, title in undated]) == {PAGE}


def english_post(title: str, updated: str) -> str:
    """The English edition's article template: another layout (an <h3> in its own blocks), a line "Updated: …"."""
    body = (
        f"<div class='en-sub'><h3>{title}</h3><ul class='en-nav'><li>Updated: {updated}</li><li>Print</li></ul>"
        "<div class='en-content'><p>The president of the association met a delegation of the standards board, "
        "and both sides exchanged views on the audit quality of member firms and on training.</p></div></div>"
    )
    return page("/", "THE ASSOCIATION", body)


ENGLISH = [
    (f"/EN/2021{m:02d}/t2021{m:02d}1{m}_{700 + m}.html", f"The President Met Delegates No. {m}") for m in (1, 2, 3)
]


def test_an_english_editions_posts_whose_urls_name_their_day_as_the_listed_posts_do_are_posts() -> None:
    """The English edition's news list prints no dates, and its posts have another layout and another URL depth
    than the listed Chinese posts (``/EN/{n}/*.html``): no look of the listed posts. Each prints "Updated: Jan 11,
    2021", and its URL names its publication day the way every listed post's does (TRS's ``t20210111_701.html``):
    a post (trs-cpaxj's 9 English news and 7 English regulations were placed as pages)."""
    model, _ = model_after_the_columns()
    english = [analysed(english_post(title, f"Jan 1{m}, 2021"), url) for m, (url, title) in enumerate(ENGLISH, 1)]
    assert all(post_page.has_date for post_page in english)
    assert placed_records(model, english, "/EN/news/") == {ARTICLE}


def test_an_undated_record_whose_url_names_no_day_stays_a_page_in_another_layout() -> None:
    """The same English page at a URL that names no day (``/EN/about/rules.html``): still a page."""
    model, _ = model_after_the_columns()
    rules = analysed(english_post("Rules of the Association", "Jan 12, 2021"), "/EN/about/rules.html")
    assert placed_records(model, [rules], "/EN/news/") == {PAGE}


def test_every_box_of_a_column_front_lists_its_documents() -> None:
    """The column front's boxes (5, 2 and 1 dated entries, one markup) are each a group of their own; the listing
    was the strongest box and those close to it in strength, so the boxes of two and one entries were no list,
    and their documents were "reached only from navigation or other pages" (trs-cpaxj's membership column and
    its epidemic column's box of one post: 365 → 371 of 375). A box in the list's own markup, its entries all
    dated, lists its entries too."""
    model = SiteModel()
    model.enter(H + "/")
    front = analysed(column_front(), "/topic/index.html")
    model.observe(front)
    listed = {url for group in model.listing_groups(front) for url in group.urls}
    assert len(listed) == 8
    assert model.classify(front, has_body=True).role == LISTING


def test_a_lone_dated_link_in_other_markup_beside_a_list_is_no_record() -> None:
    """The guard: a post's one "previous" link, dated, beside a box of two undated links in other markup stays
    out of any listing (the lone link's markup holds no list of dated entries)."""
    body = (
        "<h1>关于会员登记的第一号事项说明</h1><p class='time'>2019-01-21</p>"
        + PROSE
        + "<div class='prev'><a href='/topic/tz/201812/t20181220_9.html'>上一篇：关于会员登记的第九号事项说明</a>"
        "<span>(2018-12-20)</span></div>"
        "<ul class='share'><li><a href='/topic/a.html'>分享到微信朋友圈和微博</a></li>"
        "<li><a href='/topic/b.html'>打印本页面并关闭窗口</a></li></ul>"
    )
    post_page = analysed(page("", "协会网", body), "/topic/tz/201901/t20190121_1.html")
    model = SiteModel()
    model.enter(H + "/")
    model.observe(post_page)
    listed = {url for group in model.listing_groups(post_page) for url in group.urls}
    assert H + "/topic/tz/201812/t20181220_9.html" not in listed


def test_a_box_of_three_beside_longer_boxes_is_judged_by_its_strength() -> None:
    """The guard: a guides page's boxes of seven, four and three dated guides (jekyll-atpublishing's "Guides"): the
    box of three stays out of the listing as before, judged by its strength; taking every box of the list's markup
    listed it, and with its guides the site's glossary pages read as posts of their layout (exit 5)."""
    boxes = []
    for name, count in [("howto", 7), ("trading", 4), ("tools", 3)]:
        items = "".join(
            f'<li class="popular-item"><a href="/{name}/guide-{n}/">How to use the {name} guide number {n} well</a>'
            f"<span>2020-0{n}-1{n}</span></li>"
            for n in range(1, count + 1)
        )
        boxes.append(f"<div class='row'><h3>{name}</h3><ul>{items}</ul></div>")
    guides = analysed(page("", "Guides", "<article class='guides'>" + "".join(boxes) + "</article>"), "/guides/")
    model = SiteModel()
    model.enter(H + "/")
    model.observe(guides)
    listed = {url for group in model.listing_groups(guides) for url in group.urls}
    assert H + "/howto/guide-1/" in listed
    assert not any("/tools/" in url for url in listed)
