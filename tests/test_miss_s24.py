"""Session 24's two held-out sites still short of their targets (docs/realsites.md, "Held-out round of session 23",
"Left, and why"), written small by hand: a Jekyll Chirpy blog whose post ends in a tail of categories, tags and a
licence line, and whose last listing page holds one post twice; and a non-profit's Jekyll theme printing
"05 Sep 2016 - <who>" under each headline, the site's own account or name among the writers. Each test fails without
its rule; the guards pass on both. Pure."""

from __future__ import annotations

from archiver.discovery.completeness import ListingTally, report
from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.discovery.sitemodel import LISTING, SiteModel
from archiver.extract.article import extract_article
from archiver.extract.authors import is_placed_name
from archiver.extract.html import parse_html

H = "http://study.test"
ALLOWED = frozenset({"study.test"})


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


# --- a Chirpy post's tail -------------------------------------------------------------------------------------------


def chirpy_post(content: str, meta: str = "") -> str:
    """Chirpy 2.3's post: the headline, the meta line, ``div.post-content``, then ``div.post-tail-wrapper`` (the
    post's categories and tags, the licence line, the share icons); the side panel and the related posts' cards."""
    cards = "".join(
        f"<div class='card'><a href='/posts/note-{n}/'><div class='card-body'><span class='timeago'>Sep {n}, 2020"
        f"</span><h3>Study summary {n}</h3><div class='text-muted small'><p>Metadata falls in three main areas: "
        "configuration files, classes shared by recipes, and the recipes themselves...</p></div></div></a></div>"
        for n in (15, 20, 28)
    )
    meta = meta or "<div>Posted <span class='timeago'>Oct 5, 2020</span> by <span class='author'>Jay Lee</span></div>"
    return (
        "<html><head><title>Study summary 2020-09-28 | Study Group Tech Blog</title></head><body>"
        "<div id='sidebar'><a href='/'>HOME</a><a href='/tabs/categories/'>CATEGORIES</a>"
        "<a href='/tabs/archives/'>ARCHIVES</a></div><div id='topbar-wrapper'><div id='topbar'><span id='breadcrumb'>"
        "<span><a href='/'>Posts</a></span><span>Study summary 2020-09-28</span></span></div></div>"
        "<div id='main-wrapper'><div id='main'><div class='row'><div id='post-wrapper' class='col-12'>"
        "<div class='post pl-1 pr-1'><h1 data-toc-skip>Study summary 2020-09-28</h1>"
        f"<div class='post-meta text-muted d-flex flex-column'>{meta}</div>"
        f"<div class='post-content'>{content}</div>"
        "<div class='post-tail-wrapper text-muted'><div class='post-meta mb-3'><a href='/categories/yocto/'>Yocto</a>,"
        " <a href='/categories/study/'>Study</a></div><div class='post-tags'><a href='/tags/writing/'>Writing</a> "
        "<a href='/tags/yocto/'>Yocto</a></div><div class='post-tail-bottom'><div class='license-wrapper'> This post "
        "is licensed under <a href='https://creativecommons.org/licenses/by/4.0/'>CC BY 4.0</a> by the author.</div>"
        "<div class='share-wrapper'><span class='share-label'>Share</span></div></div></div></div></div>"
        "<div id='panel-wrapper'><div class='access'><div id='access-lastmod' class='post'><h3>Recent Update</h3>"
        "<ul class='post-content'><li><a href='/posts/memory/'>Linux Memory Management</a></li>"
        "<li><a href='/posts/kernel/'>Linux Kernel Structure</a></li></ul></div></div></div></div>"
        f"<div id='related-posts'><h3>Further Reading</h3><div class='card-deck'>{cards}</div></div></div></div>"
        "<footer><p>Powered by Jekyll with Chirpy theme.</p></footer></body></html>"
    )


NOTE = (
    "<h2>08 Developing with the Yocto Project</h2><h3>What is a software development kit?</h3>"
    "<ul><li>A collection of files and tools for developing and debugging</li></ul><h3>What is a toolchain?</h3>"
    "<ul><li>The set of programming tools used to build software</li>"
    "<li>Mostly the cross-compiling environment for another machine</li></ul>"
    "<p>Cross compiling: building on one machine the programs that run on another.</p>"
)
LICENCE = "This post is licensed under CC BY 4.0 by the author."


def test_a_posts_tail_of_tags_and_licence_is_no_part_of_its_text() -> None:
    """chirpy-adas: ``div.post-tail-wrapper`` beside ``div.post-content`` scored 25 by its class word "post" and a
    share of the licence line's vote, past a fifth of the text's score, and joined the text as its sibling: 24 of 30
    posts ended in "This post is licensed under CC BY 4.0 by the author." The tail's own votes are far below a fifth
    of the text's."""
    record = extract_article(chirpy_post(NOTE), H + "/posts/08YoctoProjectDev/")
    assert "Cross compiling" in record["body"] and "toolchain" in record["body"]
    assert LICENCE not in record["body"]
    assert "Writing" not in record["body"]


def test_a_short_posts_dated_meta_line_does_not_widen_it_to_its_block() -> None:
    """chirpy-adas: a short note (under 300 characters) under a meta line "Posted Oct 5, 2020 by Leehyunho94 Updated
    Dec 13, 2020": the meta line and the tail held half as much text again as the note, and the headline's block
    (headline, meta line, text, tail) became the body. The dated line between headline and text is the header's."""
    meta = (
        "<div>Posted <span class='timeago'>Oct 5, 2020</span> by <span class='author'>Leehyunho94</span></div>"
        "<div>Updated <span class='timeago'>Dec 13, 2020 <i>2020-12-13T22:47:44+09:00</i></span></div>"
    )
    short = (
        "<h2>Software development kit</h2><p>A collection of files and tools for developing and debugging.</p>"
        "<ul><li>The toolchain: the compilers and linkers that build for the target</li>"
        "<li>Cross compiling: building on one machine what runs on another</li></ul>"
    )
    record = extract_article(chirpy_post(short, meta), H + "/posts/08YoctoProjectDev/")
    assert "A collection of files" in record["body"]
    assert "Updated" not in record["body"]
    assert LICENCE not in record["body"]


def test_siblings_holding_text_still_make_one_article() -> None:
    """Guard: a story in two blocks the page classes as content (``div.post-body`` twice, an ad between them) is one
    article: the second block's own paragraphs vote it in."""
    prose = (
        "<p>The council met on Tuesday to agree the plan for the new library, after two years of talks with the "
        "neighbours, the school and the bus company, whose routes will change.</p>"
    )
    html = (
        "<html><head><title>The library plan | Town News</title></head><body><nav><a href='/'>Home</a></nav>"
        "<div class='story'><h1>The library plan</h1><div class='post-body'>" + prose * 3 + "</div>"
        "<div class='ad-slot'>Advertisement</div><div class='post-body'>"
        "<p>Work starts in May. The mayor said the library would open in the spring of next year, if the builders "
        "keep to the plan and the weather holds.</p></div></div><footer><p>Town News</p></footer></body></html>"
    )
    record = extract_article(html, "http://town.test/news/library-plan/")
    assert "Work starts in May" in record["body"]
    assert "The council met" in record["body"]


# --- a last listing page that lists one post twice ------------------------------------------------------------------

SIDE = [
    "/posts/memory-management/",
    "/posts/memory-zone/",
    "/posts/memory-slab/",
    "/posts/yocto-dev/",
    "/posts/bitbake/",
]
# 30 posts, the side panel's among them
POSTS = [f"/posts/note-{n}/" for n in range(24)] + SIDE + ["/posts/meetup/"]


TOPICS = ["Interrupts and System Calls", "The Linux File System", "Memory Zones and Page Frames", "Task Management"]


def title_of(path: str) -> str:
    """A post's title as the lists print it."""
    if path == "/posts/meetup/":
        return "Meetup"
    slug = path.strip("/").split("/")[-1]
    number = sum(map(ord, slug))
    return f"{TOPICS[number % len(TOPICS)]}, study summary {number % 97}"


def chirpy_home(number: int, entries: list[str]) -> str:
    """A page of Chirpy's home: its post list (``div#post-list > div.post-preview``, each headed by its title link),
    the pager, and the side panel's five "Recent Update" links on every page."""
    previews = "".join(
        f"<div class='post-preview'><div class='d-flex justify-content-between'><h1><a href='{path}'>"
        f"{title_of(path)}</a></h1></div>"
        f"<div class='post-content'><p>Notes of meeting {path.split('-')[-1].strip('/')} of the study group on "
        "the kernel and the build system: what a task is, how memory is paged, and how bitbake reads recipes...</p>"
        "</div><div class='post-meta text-muted'><span class='timeago'>Sep 11, 2020</span>"
        "<span>Linux, Kernel</span></div></div>"
        for path in entries
    )
    pages = "".join(
        f"<li class='page-item'><a class='page-link' href='{'/' if n == 1 else f'/page{n}/'}'>{n}</a></li>"
        for n in range(1, 5)
        if n != number
    )
    side = "".join(f"<li><a href='{path}'>{title_of(path)}</a></li>" for path in SIDE)
    return (
        "<html><head><title>Study Group Tech Blog</title></head><body><div id='sidebar'><a href='/'>HOME</a>"
        "<a href='/tabs/categories/'>CATEGORIES</a><a href='/tabs/archives/'>ARCHIVES</a></div>"
        f"<div id='main'><div class='row'><div class='col-12'><div id='post-list'>{previews}</div>"
        f"<ul class='pagination'>{pages}</ul></div>"
        "<div id='panel-wrapper'><div class='access'><div id='access-lastmod' class='post'><h3>Recent Update</h3>"
        f"<ul class='post-content'>{side}</ul></div></div></div></div></div></body></html>"
    )


def test_a_last_page_of_addresses_the_listing_showed_before_adds_none() -> None:
    """chirpy-adas: four sources share the permalink /posts/meetup/, and the last page of the home's pager lists it
    twice. Read before the model knew the posts, that page's listing group was the side panel's five "Recent
    Update" links, all listed by the pages before: 3 x 10 + 5 = 35 estimated against the 30 posts, exit 5. The last
    page counts what it adds to the listing."""
    pages = {1: POSTS[0:10], 2: POSTS[10:20], 3: POSTS[20:30], 4: ["/posts/meetup/", "/posts/meetup/"]}
    model = SiteModel()
    model.enter(H + "/")
    tally = ListingTally("Study Group Tech Blog", H + "/")
    named = [H + f"/page{n}/" for n in range(2, 5)]
    for number, entries in pages.items():
        path = "/" if number == 1 else f"/page{number}/"
        analysis = analysed(chirpy_home(number, entries), path)
        model.observe(analysis)
        decision = model.classify(analysis, has_body=True, expected_listing=number > 1)
        assert decision.role == LISTING
        groups = decision.listing_groups
        members = list(dict.fromkeys(u for g in groups for u in g.urls))
        main = max(groups, key=lambda g: len(g.urls)).urls
        tally.see_page(H + path, members, named, None, None, number == 4, main)
    assert len(tally.discovered) == 30
    rows, warning = report([tally], {tally.url: 30})
    assert warning is None, rows
    assert rows[0]["estimated"] <= 31


def test_a_last_page_of_new_records_still_counts_them() -> None:
    """Guard: a last page whose records are new counts them; a pager whose middle pages were never read still warns,
    and a last page read again under the same name keeps what it added when first read."""
    tally = ListingTally("News", H + "/news/")
    named = [H + f"/news/page/{n}/" for n in range(2, 6)]
    arts = [H + f"/news/{n}/" for n in range(50)]
    tally.see_page(H + "/news/", arts[0:10], named, None, None, False)
    tally.see_page(named[-1], arts[40:43], named, None, None, True)
    tally.see_page(named[-1], arts[40:43], named, None, None, True)
    assert tally.estimated() == 43
    _, warning = report([tally], {tally.url: 13})
    assert warning is not None and "News (13 of ~43)" in warning


# --- "date - who" under the headline --------------------------------------------------------------------------------


def agency_post(line: str, title: str = "Cumulative COVID-19 cases in Nepal | Code for Nepal", first: str = "") -> str:
    """The non-profit's jekyll-agency theme: the headline, then a plain paragraph of the day and the writer; the
    site's account named in its Twitter card and its social links."""
    prose = (
        "<p>The number of confirmed cases has grown fast since October, and the provinces differ widely in how "
        "many tests they run for each case they find, which the charts below compare.</p>"
    )
    return (
        f"<html><head><title>{title}</title><meta name='author' content=''>"
        "<meta name='twitter:site' content='@codefornepal'></head><body>"
        "<nav><a href='/'>Home</a><a href='/blog/'>Blog</a><a href='/projects/'>Projects</a></nav>"
        "<div class='container blog'><div class='row'><div class='col-md-12'>"
        f"<h1 class='title'>Cumulative COVID-19 cases in Nepal</h1><p>{line}</p>{first}{prose * 3}"
        "</div></div></div><footer><a href='https://twitter.com/codefornepal'>Twitter</a></footer></body></html>"
    )


def test_the_sites_own_account_after_the_date_is_the_author() -> None:
    """jekyll-codefornepal: 72 posts print "21 Nov 2020 - codefornepal", the account the page's ``twitter:site``
    names: the site credited as the writer, as the truth does. No author was read (66 of 142)."""
    record = extract_article(agency_post("21 Nov 2020 - codefornepal"), "http://nepal.test/2020/11/21/cases")
    assert record["author"] == "codefornepal"
    assert "codefornepal" not in record["body"]


def test_lines_of_the_text_naming_the_site_credited_as_writer_stay() -> None:
    """jekyll-codefornepal: with the site's account or name the author, the text's short lines naming it were dropped
    as bylines atop the text: a press release's contact line "Email: codefornepal@gmail.com", and "See the running
    list of fundraisers gathered by Code for Nepal volunteers: …" (F1 0.99 -> 0.88). The meta line credited the
    site; a line of the text naming the site is the text's own, as it is where a meta line names an organisation."""
    first = (
        "<p>Contact: Mia Mitchell</p><p>Cell Phone: 9818751154</p>"
        "<p>Email: <a href='mailto:codefornepal@gmail.com'>codefornepal@gmail.com</a></p>"
    )
    record = extract_article(agency_post("16 Jul 2014 - codefornepal", first=first), "http://nepal.test/2014/07/t")
    assert record["author"] == "codefornepal"
    assert "Email: codefornepal@gmail.com" in record["body"]
    first = (
        "<p>See the running list of fundraisers gathered by Code for Nepal volunteers: "
        "<a href='https://bit.ly/covidfund'>bit.ly/covidfund</a></p>"
    )
    record = extract_article(agency_post("17 May 2021 - Code for Nepal", first=first), "http://nepal.test/2021/05/17/f")
    assert record["author"] == "Code for Nepal"
    assert "gathered by Code for Nepal volunteers" in record["body"]
    assert "17 May 2021" not in record["body"]


def test_the_sites_own_name_after_the_date_is_the_author() -> None:
    """jekyll-codefornepal: "17 May 2021 - Code for Nepal", the site's name as its ``<title>`` ends."""
    record = extract_article(agency_post("17 May 2021 - Code for Nepal"), "http://nepal.test/2021/05/17/fund")
    assert record["author"] == "Code for Nepal"


def test_a_name_with_a_lower_case_middle_part_after_the_date_is_the_author() -> None:
    """jekyll-codefornepal: "26 Jun 2021 - Krishna kumar Shrestha": a lower-case word between the capitalised first
    and last names is part of the name where the line's place says byline."""
    record = extract_article(agency_post("26 Jun 2021 - Krishna kumar Shrestha"), "http://nepal.test/2021/06/26/f")
    assert record["author"] == "Krishna kumar Shrestha"


def test_other_words_after_the_date_name_no_one() -> None:
    """Guard: a word that is not the site's own (a tag, "updated"), a section's name from the title's middle part, a
    phrase with lower-case function words, and a reading time name no one."""
    for line, title in (
        ("21 Nov 2020 - updated", None),
        ("21 Nov 2020 - nepal", None),
        ("21 Nov 2020 - Data", "Cumulative COVID-19 cases in Nepal | Data | Code for Nepal"),
        ("21 Nov 2020 - Meeting of Members", None),
        ("21 Nov 2020 - 3 min read", None),
    ):
        html = agency_post(line) if title is None else agency_post(line, title)
        record = extract_article(html, "http://nepal.test/2020/11/21/cases")
        assert not record["author"], line


def test_a_placed_name_needs_capitalised_ends_and_no_phrase_words() -> None:
    assert is_placed_name("Krishna kumar Shrestha")
    assert is_placed_name("Jane van der Berg")
    assert not is_placed_name("Notes for the Board")
    assert not is_placed_name("krishna kumar Shrestha")
    assert not is_placed_name("Krishna kumar shrestha")
    assert not is_placed_name("Read more here")
