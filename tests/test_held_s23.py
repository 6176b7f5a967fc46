"""Shapes of session 23's held-out round (docs/realsites.md, "Held-out round of session 23"), written small by hand: a
student society's Hugo event pages whose day is a calendar leaf of three headings (``SEP`` / ``3`` / ``2024``) above
a card (a one-line description, a time, a place) and, under a rule, the event's own text; a Jekyll Chirpy post
written as lists, tables and code, whose top bar repeats its long title; and a non-profit's Jekyll theme printing
"05 Sep 2016 - Name" under each headline. Each test fails without its rule; the guards pass on both. Pure."""

from __future__ import annotations

from archiver.discovery.page import PageAnalysis, analyze_page
from archiver.extract.article import extract_article
from archiver.extract.html import parse_html

H = "http://society.test"
ALLOWED = frozenset({"society.test"})


def analysed(html: str, path: str) -> PageAnalysis:
    root, _ = parse_html(html)
    return analyze_page(root, H + path, ALLOWED, html)


# --- an event's day as a calendar leaf ------------------------------------------------------------------------------

NAV = (
    "<div class='navbar'><a href='/'>Home</a><ul><li><a href='/about'>ABOUT</a></li><li><a href='/events'>EVENTS</a>"
    "</li><li><a href='/news'>NEWS</a></li><li><a href='/volunteer'>VOLUNTEER</a></li></ul></div>"
)
FOOTER = "<div class='footer'><p><b>Computer Science Society</b><br>4135 Herzberg Laboratories</p></div>"


def event_page(leaf: str, text: str = "") -> str:
    """The event layout: a header picture, the day's leaf, the card, and the event's text under a rule."""
    written = f"<hr><div class='markdown-content'>{text}</div>" if text else ""
    return (
        f"<html><head><title>Society | Brain Games</title></head><body>{NAV}<div class='event-page'>"
        "<section class='event_header'></section><div class='event'>"
        f"<div class='date_card_about'>{leaf}</div><div class='event_container'>"
        "<div class='event_container_poster'></div><div class='event_container_content'>"
        "<div><h2>Brain Games</h2><p>Race against the clock to escape as many rooms as possible</p></div>"
        "<div><div class='event-subtitle'>START TIME</div><div class='event-time'>7:00 - 9:30 PM EST</div></div>"
        "<div><div class='event-subtitle'>LOCATION</div><a href='#soon'><button>Tory Building</button></a></div>"
        "<div><div class='event-subtitle'>ADD TO CALENDAR</div><div class='calendar-icons'><a id='g-cal'></a></div>"
        f"</div></div></div>{written}</div></div>{FOOTER}</body></html>"
    )


CALENDAR_LEAF = "<h3>SEP</h3><h2>3</h2><h3>2024</h3>"


def test_an_events_day_printed_as_a_calendar_leaf_dates_its_page() -> None:
    """hugo-ccss: each event prints its day as three headings, ``<h3>SEP</h3><h2>3</h2><h3>2024</h3>``; no text node
    holds a date, so the page "showed no date of its own", and with the society's news dating themselves in their
    layout, 478 of 491 events (dated by their listing only) were placed as pages. The leaf, read as one line, is the
    page's date."""
    assert analysed(event_page(CALENDAR_LEAF), "/events/2024-2025/2024-09-03-brain-games/").has_date


def test_a_leaf_with_a_weekday_still_dates_its_page() -> None:
    """The leaf of four lines, a weekday on top (``Tue`` / ``03`` / ``Sep`` / ``2024``), is a day as well."""
    leaf = "<span>Tue</span><span>03</span><span>Sep</span><span>2024</span>"
    assert analysed(event_page(leaf), "/events/2024-2025/2024-09-03-brain-games/").has_date


def test_a_block_of_short_numbered_lines_that_names_no_day_dates_nothing() -> None:
    """Guard: a stats box of short lines ("12" / "posts" / "2024" / "members") is no calendar leaf; nor a leaf
    missing its year, nor a calendar's week row of seven cells."""
    for leaf in (
        "<b>12</b><span>posts</span><b>2024</b><span>members</span>",
        "<h3>SEP</h3><h2>3</h2>",
        "<table><tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr></table>",
    ):
        assert not analysed(event_page(leaf), "/events/brain-games/").has_date, leaf


# --- the card and the event's text under it -------------------------------------------------------------------------

EVENT_TEXT = (
    "<p>Learn about everything we do, the events and initiatives we have coming up, and how you can get involved "
    "as a volunteer!</p><p>We will also be voting on some constitution changes. Link -&gt; "
    "<a href='/docs/constitution-changes-2025'>Proposed Society Constitution Changes September 2025</a></p>"
)


def test_the_events_text_under_its_card_is_part_of_the_body() -> None:
    """hugo-ccss: the card (a one-line description, "START TIME", "LOCATION") and, under a rule, the event's own
    text score alike; the text's one link tipped the votes to the card, and the text was lost (330 of 491 events).
    A short card and the only close rival beside it, meeting a level or two up in a block that holds little else,
    are one post."""
    record = extract_article(event_page(CALENDAR_LEAF, EVENT_TEXT), H + "/events/2025-2026/fall-general-meeting/")
    assert "Race against the clock" in record["body"]
    assert "voting on some constitution changes" in record["body"]


def test_an_events_text_that_won_by_a_little_keeps_its_card() -> None:
    """hugo-ccss: where the text under the card wins by a little (its own "Description" heading, a paragraph), the card
    above it, headed by the event's title, is the close rival: the same block holds both."""
    text = (
        "<h2>Description</h2><p>Join us at the pub after the first week of classes for a night of food, friends and "
        "games with the society's board!</p>"
    )
    record = extract_article(event_page(CALENDAR_LEAF, text), H + "/events/2016-2017/social/2016-09-14-pub-night/")
    assert "Race against the clock" in record["body"]
    assert "night of food, friends and games" in record["body"]


def test_a_long_text_beside_a_close_rival_stays_alone() -> None:
    """Guard: a post of a text's length keeps its block when another block beside it scores alike (a reply thread
    under the post, in the post's wrapper): only a card's few lines are joined to the text under them."""
    para = (
        "<p>The society met on Friday to discuss the budget, the new lounge, the events of the term and the many "
        "requests from members about study sessions, so that everyone could plan ahead.</p>"
    )
    replies = (
        "<p>Great meeting, thanks to everyone who came along, and see you at the next one, with snacks, of course!</p>"
    )
    html = (
        f"<html><head><title>Winter meeting</title></head><body>{NAV}<div class='wrap'><div class='post'>"
        f"<h1>Winter meeting</h1><div class='entry'>{para * 4}</div></div>"
        f"<div class='replies'>{replies * 3}</div></div>{FOOTER}</body></html>"
    )
    record = extract_article(html, H + "/news/winter-meeting/")
    assert "budget" in record["body"]
    assert "snacks" not in record["body"]


def test_a_one_line_post_under_a_trail_of_links_is_not_joined_to_a_share_box() -> None:
    """Guard (jeecms-icama's standards): a post of one line (its title again, as a link to the PDF), a "you are here"
    trail above it in a paragraph of its own and a share box after it; the trail won the votes and the post's block
    scored close. The trail is no card (no title heads it): the post's block is not joined to it and the share box."""
    html = (
        "<html><head><title>农药剂型名称及代码 GB∕T 19378-2017</title></head><body>"
        "<div class='top'><a href='/'>首页</a><a href='/xxgk/'>信息公开</a><a href='/jsgf/'>技术规范</a></div>"
        "<div class='web_gov_body'><div class='web_gov_body_left'><ul><li><a href='/jsgf/'>技术规范</a></li>"
        "<li><a href='/fgzcwj/'>法规政策文件</a></li></ul></div><div class='web_gov_body_right'>"
        "<div class='web_gov_body_right_head'><p>您当前的位置： <a href='/'>首页</a> &gt; 信息公开 &gt; "
        "<a href='/jsgf/'>技术规范</a> &gt; 正文</p></div><div class='web_gov_body_right_main'>"
        "<h1>农药剂型名称及代码 GB∕T 19378-2017</h1><span id='spe1'>发布时间：2020-06-23</span>"
        "<span id='spe3'>作者：</span><p><a href='javascript:;'>农药剂型名称及代码 GB∕T 19378-2017</a></p></div>"
        "<div class='web_gov_body_right_main_bottom'><table><tr><td> </td><td><div class='bshare-custom'>"
        "<a title='分享到' href='javascript:;' class='bshare-more'>分享到</a><a title='分享到微信'></a></div></td></tr>"
        "</table></div></div></div><div class='foot'>版权所有</div></body></html>"
    )
    record = extract_article(html, H + "/jsgf/17442.html")
    assert "分享到" not in record["body"]
    assert "您当前的位置" not in record["body"]


# --- a post written as lists, tables and code ----------------------------------------------------------------------


def chirpy_post(content: str) -> str:
    """Chirpy 2.3's frame: the top bar's breadcrumb repeats the title; the side panel lists recent posts; a
    "Further Reading" row of cards, each a link holding a date, a title and an excerpt paragraph."""
    excerpt = (
        "<p>Metadata falls in three main areas: configuration files for the whole build, classes shared by recipes, "
        "and the recipes themselves, which name their sources and tasks...</p>"
    )
    cards = "".join(
        f"<div class='card'><a href='/posts/note-{n}/'><div class='card-body'><span class='timeago'>Sep {n}, 2020"
        f"</span><h3>Study summary {n}</h3><div class='text-muted'>{excerpt}</div></div></a></div>"
        for n in (15, 20, 28)
    )
    return (
        "<html><head><title>Linux File System and the Virtual File System Switch | Study Group Tech Blog</title>"
        "</head><body>"
        "<div id='sidebar'><a href='/'>HOME</a><a href='/tabs/categories/'>CATEGORIES</a>"
        "<a href='/tabs/archives/'>ARCHIVES</a></div><div id='topbar-wrapper'><div id='topbar' "
        "class='col-11 d-flex h-100 align-items-center justify-content-between'><span id='breadcrumb'><span>"
        "<a href='/'>Posts</a></span><span>Linux File System and the Virtual File System Switch</span></span>"
        "<div id='topbar-title'>Post</div><span id='search-cancel'>Cancel</span></div></div>"
        "<div id='main-wrapper'><div id='main'><div class='row'><div id='post-wrapper' class='col-12'>"
        "<div class='post'><h1 data-toc-skip>Linux File System and the Virtual File System Switch</h1>"
        "<div class='post-meta text-muted'><div>Posted <span class='timeago'>Dec 28, 2020</span> by "
        f"<span class='author'>Jay Lee</span></div></div><div class='post-content'>{content}</div></div></div>"
        "<div id='panel-wrapper'><h3>Recent Update</h3><ul><li><a href='/posts/memory/'>Linux Memory Management</a>"
        "</li><li><a href='/posts/kernel/'>Linux Kernel Structure</a></li></ul></div></div>"
        f"<div id='related-posts'><h3>Further Reading</h3><div class='card-deck'>{cards}</div></div></div></div>"
        "<footer><p>Powered by Jekyll with Chirpy theme.</p></footer></body></html>"
    )


NOTES = (
    "<h2>File System</h2><ul><li>Main Memory vs. Secondary Storage</li></ul><div class='table-wrapper'><table>"
    "<tr><th>Memory</th><th>Device</th><th>Volatility</th></tr><tr><td>main memory</td><td>RAM</td>"
    "<td>volatile</td></tr><tr><td>secondary storage</td><td>hard disk</td><td>non-volatile</td></tr></table></div>"
    "<div class='table-wrapper'><table><tr><th>Allocation</th><th>Weakness</th></tr><tr><td>linked</td>"
    "<td>lose one block, lose the next whole data</td></tr><tr><td>indexed</td>"
    "<td>lose the index block, lose the whole data; a limited index block size</td></tr><tr><td>FAT</td>"
    "<td>one FAT (index block) for a whole file system: lose the FAT, lose all</td></tr></table></div>"
    "<h2>Disk Block Management</h2><ul><li>Sector: base unit for read and write on a disk</li>"
    "<li>Contiguous allocation: the blocks of a file sit one after another on the disk</li>"
    "<li>Linked allocation: each block names the next, and losing one block loses the rest</li>"
    "<li>Indexed allocation: an index block names every block of the file, direct access by index</li></ul>"
    "<h2>inode structure</h2><ul><li>i_blocks holds the number of data blocks of the file</li>"
    "<li>i_mode holds the file format and the access rights of its owner, group and others</li>"
    "<li>i_atime, i_ctime and i_mtime hold the accessed, created and modified times</li>"
    "<li>The directory entry, as the kernel writes it:<div class='language-c highlighter-rouge'>"
    "<div class='highlight'><code>"
    "<table class='rouge-table'><tbody><tr><td class='rouge-gutter gl'><pre class='lineno'>1\n2\n3\n4"
    "</pre></td><td class='rouge-code'><pre>"
    + "".join(
        f"<span class='k'>{kind}</span> <span class='n'>{name}</span><span class='p'>;</span> "
        f"<span class='c1'>/* {note} */</span>\n"
        for kind, name, note in (
            ("__u8", "name[MSDOS_NAME]", "name and extension"),
            ("__u8", "attr", "attribute bits"),
            ("__le16", "ctime", "creation time"),
            ("__le32", "size", "file size in bytes"),
        )
    )
    + "</pre></td></tr></tbody></table></code></div></div></li></ul>"
    "<h2>Ext2 File System</h2><ul><li>IDE disks are named /dev/hda and /dev/hdb, SCSI disks /dev/sda</li></ul>"
)


def test_a_post_of_lists_tables_and_code_is_not_its_top_bar() -> None:
    """chirpy-adas: a study note written as lists under headings, tables, and code in its list items. Its cells and
    code (and the related posts' excerpts) are prose enough that the list pass never ran, yet none of them voted for
    the block holding them all: the top bar's breadcrumb, the post's long title, won, and a table became the body
    (0.09). When the paragraphs elect a line or two, the lists vote as well."""
    record = extract_article(chirpy_post(NOTES), H + "/posts/linux-file-system/")
    assert "Indexed allocation" in record["body"]
    assert "i_mode holds the file format" in record["body"]
    assert "Cancel" not in record["body"]


def test_a_short_post_of_one_paragraph_stays_its_paragraph() -> None:
    """Guard: a post of one paragraph (a meetup's record) is that paragraph, not the side panel's list of recent
    posts nor the related posts' excerpts."""
    content = "<p>We met on the 10th of September with six members and agreed the plan for the next meetups.</p>"
    record = extract_article(chirpy_post(content), H + "/posts/meetup/")
    assert "agreed the plan" in record["body"]
    assert "Metadata falls" not in record["body"]


# --- "05 Sep 2016 - Name" under the headline ------------------------------------------------------------------------


def agency_post(line: str) -> str:
    """jekyll-agency as Code for Nepal adapted it: the headline, then a plain paragraph of the day and the writer."""
    prose = (
        "<p>Computers are gateway to information, and the potential to learn through them is vast for schools "
        "across the country, where a lab can change what a class can do.</p>"
    )
    return (
        "<html><head><title>7 reasons why digital literacy matters | Code for a Country</title>"
        "<meta name='author' content=''></head><body>"
        "<nav><a href='/'>Home</a><a href='/blog/'>Blog</a><a href='/projects/'>Projects</a></nav>"
        "<div class='container blog' id='pagecontainer'><div class='row'><div class='col-md-12'>"
        f"<h1 class='title'>7 reasons why digital literacy matters</h1><p>{line}</p><p>{prose * 3}</p>"
        "</div></div></div><div id='disqus_thread'></div></body></html>"
    )


def test_the_name_after_the_date_under_the_headline_is_the_author() -> None:
    """jekyll-codefornepal: "05 Sep 2016 - Sudeshana Karki" right under the ``<h1>``, no class, no link: the date,
    a spaced dash, a person's name. No author was read (0 of 142); the line was the body's first too."""
    record = extract_article(agency_post("05 Sep 2016 - Sudeshana Karki"), H + "/2016/09/digital-literacy/")
    assert record["author"] == "Sudeshana Karki"
    assert "Sudeshana" not in record["body"]


def test_words_after_the_date_that_name_no_one_are_no_author() -> None:
    """Guard: a reading time or a word after the date's dash is no name."""
    for line in ("05 Sep 2016 - 3 min read", "05 Sep 2016 - Updated"):
        record = extract_article(agency_post(line), H + "/2016/09/digital-literacy/")
        assert not record["author"], line
